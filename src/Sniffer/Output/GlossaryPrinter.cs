using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// tshark's glossaries of what the dissectors declare: <c>-G fields</c> (a "P" line per protocol, an "F" line per field
/// and expert item: name, abbreviation, type, parent, base, bitmask, description), <c>-G protocols</c> (name, short
/// name, filter name) and <c>-G elastic-mapping</c> (the Elasticsearch index template for <c>-T ek</c>).
/// </summary>
public static class GlossaryPrinter
{
    /// <summary>The -G reports Sniffer writes, as tshark names them.</summary>
    public static readonly IReadOnlyList<string> Reports = ["fields", "protocols", "elastic-mapping"];

    /// <summary>
    /// Writes one report; false when <paramref name="report"/> is not one Sniffer has. <paramref name="mappingFilter"/>
    /// (tshark's --elastic-mapping-filter) keeps only those protocols in the elastic mapping.
    /// </summary>
    public static bool TryWrite(string report, FieldCatalog catalog, TextWriter output, IReadOnlyCollection<string>? mappingFilter = null)
    {
        switch (report)
        {
            case "help":
                WriteHelp(output);
                return true;
            case "fields":
                WriteFields(catalog, output);
                return true;
            case "protocols":
                WriteProtocols(catalog, output);
                return true;
            case "elastic-mapping":
                ElasticMapping.Write(catalog, output, mappingFilter);
                return true;
            default:
                return false;
        }
    }

    /// <summary>tshark's <c>-G help</c>, listing the reports Sniffer has.</summary>
    public static void WriteHelp(TextWriter output)
    {
        output.Write("Usage: sniffer -G [report]\n\nGlossary table reports:\n");
        output.Write("  -G elastic-mapping       dump ElasticSearch mapping file\n");
        output.Write("  -G fields                dump fields glossary and exit\n");
        output.Write("  -G protocols             dump protocols in registration database and exit\n");
        output.Write("\n--elastic-mapping-filter <protocols>  with -G elastic-mapping: only these protocols (comma-separated)\n");
    }

    public static void WriteFields(FieldCatalog catalog, TextWriter output)
    {
        var sb = new StringBuilder(256);
        foreach (var declaration in catalog.Declarations)
        {
            var protocol = declaration.Protocol;
            sb.Clear();
            sb.Append("P\t").Append(protocol.Name).Append('\t').Append(protocol.Abbrev).Append('\n');
            output.Write(sb);
            foreach (var field in declaration.Fields)
                WriteField(sb, field, protocol, output);
            foreach (var expert in declaration.Experts)
                WriteField(sb, expert, protocol, output);
        }
    }

    private static void WriteField(StringBuilder sb, FieldDef field, ProtocolDef parent, TextWriter output)
    {
        sb.Clear();
        sb.Append("F\t").Append(field.Name).Append('\t').Append(field.Abbrev).Append('\t').Append(TypeName(field.Type))
            .Append('\t').Append(parent.Abbrev).Append('\t').Append(BaseName(field)).Append("\t0x")
            .Append(field.Bitmask.ToString("x", CultureInfo.InvariantCulture)).Append('\t').Append(field.Description ?? "").Append('\n');
        output.Write(sb);
    }

    public static void WriteProtocols(FieldCatalog catalog, TextWriter output)
    {
        foreach (var declaration in catalog.Declarations)
        {
            var p = declaration.Protocol;
            output.Write($"{p.Name}\t{p.ShortName}\t{p.Abbrev}\n");
        }
    }

    /// <summary>Wireshark's FT_ name of a type.</summary>
    public static string TypeName(FieldType type) => type switch
    {
        FieldType.None => "FT_NONE",
        FieldType.Protocol => "FT_PROTOCOL",
        FieldType.Boolean => "FT_BOOLEAN",
        FieldType.UInt8 => "FT_UINT8",
        FieldType.UInt16 => "FT_UINT16",
        FieldType.UInt24 => "FT_UINT24",
        FieldType.UInt32 => "FT_UINT32",
        FieldType.UInt48 => "FT_UINT48",
        FieldType.UInt64 => "FT_UINT64",
        FieldType.Int8 => "FT_INT8",
        FieldType.Int16 => "FT_INT16",
        FieldType.Int24 => "FT_INT24",
        FieldType.Int32 => "FT_INT32",
        FieldType.Int64 => "FT_INT64",
        FieldType.FrameNum => "FT_FRAMENUM",
        FieldType.Float => "FT_FLOAT",
        FieldType.Double => "FT_DOUBLE",
        FieldType.AbsoluteTime => "FT_ABSOLUTE_TIME",
        FieldType.RelativeTime => "FT_RELATIVE_TIME",
        FieldType.String => "FT_STRING",
        FieldType.StringZ => "FT_STRINGZ",
        FieldType.Oid => "FT_OID",
        FieldType.Bytes => "FT_BYTES",
        FieldType.Ipv4 => "FT_IPv4",
        FieldType.Ipv6 => "FT_IPv6",
        FieldType.Ether => "FT_ETHER",
        _ => "FT_NONE",
    };

    /// <summary>The base column: BASE_ names for integers, the bit width for booleans, nothing for the rest.</summary>
    private static string BaseName(FieldDef field)
    {
        if (field.Type == FieldType.Boolean)
            return (field.BitWidth != 0 ? field.BitWidth : field.Bitmask == 0 ? 0 : BooleanWidth(field.Bitmask)).ToString(CultureInfo.InvariantCulture);
        if (!field.Type.IsInteger() || field.Type == FieldType.FrameNum)
            return "";
        return field.Display switch
        {
            FieldBase.Dec => "BASE_DEC",
            FieldBase.Hex => "BASE_HEX",
            FieldBase.DecHex => "BASE_DEC_HEX",
            FieldBase.HexDec => "BASE_HEX_DEC",
            FieldBase.Oct => "BASE_OCT",
            FieldBase.Oui => "BASE_OUI",
            FieldBase.PortTcp => "BASE_PT_TCP",
            FieldBase.PortUdp => "BASE_PT_UDP",
            FieldBase.Custom => "BASE_CUSTOM",
            _ => "BASE_NONE",
        };
    }

    private static int BooleanWidth(ulong mask)
    {
        int top = 64 - System.Numerics.BitOperations.LeadingZeroCount(mask);
        return top <= 8 ? 8 : top <= 16 ? 16 : top <= 24 ? 24 : top <= 32 ? 32 : 64;
    }
}
