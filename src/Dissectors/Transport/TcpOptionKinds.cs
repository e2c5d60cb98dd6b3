namespace Sniffer.Dissectors.Transport;

/// <summary>TCP option kinds (IANA "TCP Option Kind Numbers") and Wireshark's names for them (tcp_option_kind_vs).</summary>
public static class TcpOptionKinds
{
    public const byte EndOfList = 0;
    public const byte NoOperation = 1;
    public const byte MaximumSegmentSize = 2;
    public const byte WindowScale = 3;
    public const byte SackPermitted = 4;
    public const byte Sack = 5;
    public const byte Timestamps = 8;

    public static readonly IReadOnlyDictionary<ulong, string> Names = new Dictionary<ulong, string>
    {
        [0] = "End of Option List", [1] = "No-Operation", [2] = "Maximum Segment Size", [3] = "Window Scale", [4] = "SACK Permitted",
        [5] = "SACK", [6] = "Echo", [7] = "Echo Reply", [8] = "Time Stamp Option", [9] = "Partial Order Connection Permitted",
        [10] = "Partial Order Service Profile", [11] = "CC", [12] = "CC.NEW", [13] = "CC.ECHO", [14] = "TCP Alternate Checksum Request",
        [15] = "TCP Alternate Checksum Data", [16] = "Skeeter", [17] = "Bubba", [18] = "Trailer Checksum Option", [19] = "MD5 Signature Option",
        [20] = "SCPS Capabilities", [21] = "Selective Negative Acknowledgements", [22] = "Record Boundaries", [23] = "Corruption experienced",
        [24] = "SNAP", [25] = "Unassigned", [26] = "TCP Compression Filter", [27] = "Quick-Start Response", [28] = "User Timeout Option",
        [29] = "The TCP Authentication Option", [30] = "Multipath TCP", [34] = "TCP Fast Open Cookie", [76] = "Riverbed Probe",
        [78] = "Riverbed Transparency", [172] = "Accurate ECN Order 0", [174] = "Accurate ECN Order 1", [253] = "RFC3692-style Experiment 1",
        [254] = "RFC3692-style Experiment 2",
    };
}
