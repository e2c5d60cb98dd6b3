using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>Wireshark's words and numbers for expert severities and groups (epan/expert.c, epan/proto.h PI_*).</summary>
public static class ExpertText
{
    public static string Severity(ExpertSeverity severity) => severity switch
    {
        ExpertSeverity.Comment => "Comment",
        ExpertSeverity.Chat => "Chat",
        ExpertSeverity.Note => "Note",
        ExpertSeverity.Warning => "Warning",
        _ => "Error",
    };

    public static string Group(ExpertGroup group) => group switch
    {
        ExpertGroup.Checksum => "Checksum",
        ExpertGroup.Sequence => "Sequence",
        ExpertGroup.ResponseCode => "Response",
        ExpertGroup.RequestCode => "Request",
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

    /// <summary>PI_CHAT and the others: the number _ws.expert.severity holds.</summary>
    public static uint SeverityValue(ExpertSeverity severity) => severity switch
    {
        ExpertSeverity.Comment => 0x00100000,
        ExpertSeverity.Chat => 0x00200000,
        ExpertSeverity.Note => 0x00400000,
        ExpertSeverity.Warning => 0x00600000,
        _ => 0x00800000,
    };

    /// <summary>PI_SEQUENCE and the others: the number _ws.expert.group holds.</summary>
    public static uint GroupValue(ExpertGroup group) => group switch
    {
        ExpertGroup.Checksum => 0x01000000,
        ExpertGroup.Sequence => 0x02000000,
        ExpertGroup.ResponseCode => 0x03000000,
        ExpertGroup.RequestCode => 0x04000000,
        ExpertGroup.Undecoded => 0x05000000,
        ExpertGroup.Reassemble => 0x06000000,
        ExpertGroup.Malformed => 0x07000000,
        ExpertGroup.Debug => 0x08000000,
        ExpertGroup.Protocol => 0x09000000,
        ExpertGroup.Security => 0x0a000000,
        ExpertGroup.Comments => 0x0b000000,
        ExpertGroup.Decryption => 0x0c000000,
        ExpertGroup.Assumption => 0x0d000000,
        _ => 0x0e000000,
    };
}
