namespace Sniffer.Dissectors.Model;

/// <summary>
/// Wireshark's "Expert Info" pseudo-protocol (_ws.expert): every expert item of a frame as one item with its message,
/// severity and group, so <c>-e _ws.expert.message</c> and filters on <c>_ws.expert.severity</c> reach every protocol's
/// remarks at once. The items are made from the frame's expert nodes when something asks for them
/// (<see cref="Taps.ExpertInfoCompletion"/>).
/// </summary>
public static class ExpertInfoFields
{
    public static readonly ProtocolDef Protocol = new("_ws.expert", "Expert", "Expert Info") { IsLayer = false };

    public static readonly FieldDef Message = new("_ws.expert.message", "Message", FieldType.String,
        description: "Wireshark expert information");

    public static readonly FieldDef Group = new("_ws.expert.group", "Group", FieldType.UInt32, FieldBase.None,
        description: "Wireshark expert group", valueNames: GroupNames());

    public static readonly FieldDef Severity = new("_ws.expert.severity", "Severity level", FieldType.UInt32, FieldBase.None,
        description: "Wireshark expert severity level", valueNames: SeverityNames());

    public static ProtocolDeclaration Declaration { get; } = new(Protocol, [Message, Severity, Group]);

    /// <summary>Wireshark's PI_ severity value (PI_CHAT is 0x00200000).</summary>
    public static uint SeverityValue(ExpertSeverity severity) => severity switch
    {
        ExpertSeverity.Comment => 0x00100000,
        ExpertSeverity.Chat => 0x00200000,
        ExpertSeverity.Note => 0x00400000,
        ExpertSeverity.Warning => 0x00600000,
        _ => 0x00800000,
    };

    /// <summary>Wireshark's PI_ group value (PI_CHECKSUM is 0x01000000, then one step per group).</summary>
    public static uint GroupValue(ExpertGroup group) => ((uint)group + 1) << 24;

    /// <summary>The severity's name as expert info shows it ("Chat").</summary>
    public static string SeverityName(ExpertSeverity severity) => severity switch
    {
        ExpertSeverity.Comment => "Comment",
        ExpertSeverity.Chat => "Chat",
        ExpertSeverity.Note => "Note",
        ExpertSeverity.Warning => "Warning",
        _ => "Error",
    };

    /// <summary>The group's name as expert info shows it ("Sequence", "Response code").</summary>
    public static string GroupName(ExpertGroup group) => group switch
    {
        ExpertGroup.Checksum => "Checksum",
        ExpertGroup.Sequence => "Sequence",
        ExpertGroup.ResponseCode => "Response code",
        ExpertGroup.RequestCode => "Request code",
        ExpertGroup.Undecoded => "Undecoded",
        ExpertGroup.Reassemble => "Reassemble",
        ExpertGroup.Malformed => "Malformed",
        ExpertGroup.Debug => "Debug",
        ExpertGroup.Protocol => "Protocol",
        ExpertGroup.Security => "Security",
        ExpertGroup.Comments => "Comment",
        ExpertGroup.Decryption => "Decryption",
        ExpertGroup.Assumption => "Assumption",
        _ => "Deprecated",
    };

    private static Dictionary<ulong, string> SeverityNames() =>
        Enum.GetValues<ExpertSeverity>().ToDictionary(s => (ulong)SeverityValue(s), SeverityName);

    private static Dictionary<ulong, string> GroupNames() =>
        Enum.GetValues<ExpertGroup>().ToDictionary(g => (ulong)GroupValue(g), GroupName);
}
