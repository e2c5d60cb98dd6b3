using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Lua;

/// <summary>
/// Writes a protocol's declarations (<see cref="ProtocolDeclaration"/>) as Wireshark 4.x Lua: a ProtoField for every
/// field with the same abbreviation, type, base, value strings and description; a ProtoExpert for every expert item
/// with the same abbreviation, group and severity; a Pref for every preference. The same objects feed Sniffer's own
/// tree, its -T fields and its field listing, so Wireshark with the exported file and Sniffer agree by construction.
/// </summary>
public static class LuaDeclarations
{
    /// <summary>The ProtoField constructor of a field type; null when Lua has none (such a field is refused).</summary>
    public static string? ProtoFieldFunction(FieldType type) => type switch
    {
        FieldType.None => "none",
        FieldType.Boolean => "bool",
        FieldType.UInt8 => "uint8",
        FieldType.UInt16 => "uint16",
        FieldType.UInt24 => "uint24",
        FieldType.UInt32 => "uint32",
        FieldType.UInt48 => "uint48",
        FieldType.UInt64 => "uint64",
        FieldType.Int8 => "int8",
        FieldType.Int32 => "int32",
        FieldType.Int64 => "int64",
        FieldType.FrameNum => "framenum",
        FieldType.Double => "double",
        FieldType.Float => "float",
        FieldType.AbsoluteTime => "absolute_time",
        FieldType.RelativeTime => "relative_time",
        FieldType.String => "string",
        FieldType.Bytes => "bytes",
        FieldType.Ipv4 => "ipv4",
        FieldType.Ipv6 => "ipv6",
        FieldType.Ether => "ether",
        _ => null,
    };

    public static string BaseOf(FieldBase display) => display switch
    {
        FieldBase.Dec => "base.DEC",
        FieldBase.Hex => "base.HEX",
        FieldBase.DecHex => "base.DEC_HEX",
        FieldBase.HexDec => "base.HEX_DEC",
        FieldBase.Oct => "base.OCT",
        _ => "base.NONE",
    };

    public static string GroupOf(ExpertGroup group) => "expert.group." + group switch
    {
        ExpertGroup.Checksum => "CHECKSUM",
        ExpertGroup.Sequence => "SEQUENCE",
        ExpertGroup.ResponseCode => "RESPONSE_CODE",
        ExpertGroup.RequestCode => "REQUEST_CODE",
        ExpertGroup.Undecoded => "UNDECODED",
        ExpertGroup.Reassemble => "REASSEMBLE",
        ExpertGroup.Malformed => "MALFORMED",
        ExpertGroup.Debug => "DEBUG",
        ExpertGroup.Protocol => "PROTOCOL",
        ExpertGroup.Security => "SECURITY",
        ExpertGroup.Comments => "COMMENTS_GROUP",
        ExpertGroup.Decryption => "DECRYPTION",
        ExpertGroup.Assumption => "ASSUMPTION",
        ExpertGroup.Deprecated => "DEPRECATED",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string SeverityOf(ExpertSeverity severity) => "expert.severity." + severity switch
    {
        ExpertSeverity.Comment => "COMMENT",
        ExpertSeverity.Chat => "CHAT",
        ExpertSeverity.Note => "NOTE",
        ExpertSeverity.Warning => "WARN",
        ExpertSeverity.Error => "ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>"local fields = { … }" and "proto.fields = { … }", in declaration order.</summary>
    public static void WriteFields(StringBuilder lua, string protoVariable, ProtocolDeclaration declaration)
    {
        string protocol = declaration.Protocol.Abbrev;
        lua.Append("local fields = {\n");
        foreach (var field in declaration.Fields)
        {
            string function = ProtoFieldFunction(field.Type)
                ?? throw new InvalidOperationException($"{field.Abbrev}: Lua has no ProtoField for {field.Type}");
            lua.Append("    ").Append(LuaString.KeyOf(field.Abbrev, protocol)).Append(" = ProtoField.").Append(function).Append('(')
                .Append(LuaString.Quote(field.Abbrev)).Append(", ").Append(LuaString.Quote(field.Name));
            string description = field.Description is null ? "nil" : LuaString.Quote(field.Description);
            if (field.Type.IsInteger() && field.Type != FieldType.FrameNum)
                lua.Append(", ").Append(BaseOf(field.Display)).Append(", ").Append(ValueStrings(field)).Append(", ")
                    .Append(field.Bitmask == 0 ? "nil" : "0x" + field.Bitmask.ToString("x", CultureInfo.InvariantCulture)).Append(", ").Append(description);
            else if (field.Type == FieldType.FrameNum)
                lua.Append(", base.NONE, nil, nil, ").Append(description);
            else if (field.Type == FieldType.Boolean)
                lua.Append(", base.NONE, nil, ").Append(field.Bitmask == 0 ? "nil" : "0x" + field.Bitmask.ToString("x", CultureInfo.InvariantCulture)).Append(", ").Append(description);
            else if (field.Type is FieldType.String)
                lua.Append(", base.ASCII, ").Append(description);
            else if (field.Type is FieldType.AbsoluteTime)
                lua.Append(", base.UTC, ").Append(description);
            else
                lua.Append(", ").Append(description);
            lua.Append("),\n");
        }
        lua.Append("}\n");
        lua.Append(protoVariable).Append(".fields = {\n");
        foreach (var field in declaration.Fields)
            lua.Append("    fields.").Append(LuaString.KeyOf(field.Abbrev, protocol)).Append(",\n");
        lua.Append("}\n");
    }

    /// <summary>"local experts = { … }" and "proto.experts = { … }".</summary>
    public static void WriteExperts(StringBuilder lua, string protoVariable, ProtocolDeclaration declaration)
    {
        string protocol = declaration.Protocol.Abbrev;
        lua.Append("local experts = {\n");
        foreach (var expert in declaration.Experts)
            lua.Append("    ").Append(LuaString.KeyOf(expert.Abbrev, protocol)).Append(" = ProtoExpert.new(").Append(LuaString.Quote(expert.Abbrev))
                .Append(", ").Append(LuaString.Quote(expert.Message)).Append(", ").Append(GroupOf(expert.Group)).Append(", ")
                .Append(SeverityOf(expert.Severity)).Append("),\n");
        lua.Append("}\n");
        lua.Append(protoVariable).Append(".experts = {\n");
        foreach (var expert in declaration.Experts)
            lua.Append("    experts.").Append(LuaString.KeyOf(expert.Abbrev, protocol)).Append(",\n");
        lua.Append("}\n");
    }

    /// <summary>
    /// One Pref per preference, under the same name Sniffer's -o takes ("htcpcp.tcp.port" is htcpcp.prefs["tcp.port"],
    /// set in Wireshark's dialog or with tshark -o htcpcp.tcp.port:5031).
    /// </summary>
    public static void WritePreferences(StringBuilder lua, string protoVariable, ProtocolDeclaration declaration)
    {
        string protocol = declaration.Protocol.Abbrev;
        foreach (var preference in declaration.Preferences)
        {
            string name = preference.Name.StartsWith(protocol + ".", StringComparison.Ordinal) ? preference.Name[(protocol.Length + 1)..] : preference.Name;
            lua.Append(protoVariable).Append(".prefs[").Append(LuaString.Quote(name)).Append("] = ");
            string title = LuaString.Quote(preference.Title), help = LuaString.Quote(preference.Description);
            switch (preference.Kind)
            {
                case PreferenceKind.Range:
                    lua.Append("Pref.range(").Append(title).Append(", ").Append(LuaString.Quote(preference.Default)).Append(", ").Append(help).Append(", 65535)");
                    break;
                case PreferenceKind.Boolean:
                    lua.Append("Pref.bool(").Append(title).Append(", ").Append(preference.Default.Equals("TRUE", StringComparison.OrdinalIgnoreCase) ? "true" : "false").Append(", ").Append(help).Append(')');
                    break;
                case PreferenceKind.UInt:
                    lua.Append("Pref.uint(").Append(title).Append(", ").Append(uint.Parse(preference.Default, CultureInfo.InvariantCulture)).Append(", ").Append(help).Append(')');
                    break;
                default:
                    lua.Append("Pref.string(").Append(title).Append(", ").Append(LuaString.Quote(preference.Default)).Append(", ").Append(help).Append(')');
                    break;
            }
            lua.Append('\n');
        }
    }

    private static string ValueStrings(FieldDef field)
    {
        if (field.ValueNames is not { Count: > 0 } names)
            return "nil";
        var sb = new StringBuilder("{ ");
        foreach (var (value, name) in names.OrderBy(kv => kv.Key))
            sb.Append('[').Append(value.ToString(CultureInfo.InvariantCulture)).Append("] = ").Append(LuaString.Quote(name)).Append(", ");
        return sb.Append('}').ToString();
    }

    /// <summary>A Lua list of strings: { "a", "b" }.</summary>
    public static string List(IEnumerable<string> items) => "{ " + string.Join(", ", items.Select(LuaString.Quote)) + " }";

    /// <summary>A Lua set keyed by byte strings: { ["a"] = true, … }.</summary>
    public static string Set(IEnumerable<byte[]> items) => "{ " + string.Join(", ", items.Select(i => "[" + LuaString.Quote(i) + "] = true")) + " }";
}
