namespace Sniffer.Files;

/// <summary>tshark's -F names and descriptions of the types Sniffer writes, and its list of them.</summary>
public static class CaptureFileTypes
{
    private static readonly (string Name, string Description, CaptureFileType Type)[] Known =
    [
        ("pcap", "Wireshark/tcpdump/... - pcap", CaptureFileType.Pcap),
        ("pcapng", "Wireshark/... - pcapng", CaptureFileType.PcapNg),
        ("nsecpcap", "Wireshark/tcpdump/... - nanosecond pcap", CaptureFileType.NanosecondPcap),
    ];

    public static bool TryParse(string name, out CaptureFileType type)
    {
        foreach (var known in Known)
        {
            if (known.Name == name)
            {
                type = known.Type;
                return true;
            }
        }
        type = CaptureFileType.PcapNg;
        return false;
    }

    public static string NameOf(CaptureFileType type) => Array.Find(Known, k => k.Type == type).Name;

    /// <summary>What tshark prints for an empty or unknown -F: "The available capture file types for the "-F" flag are:" and one line each.</summary>
    public static string List(string program) =>
        $"{program}: The available capture file types for the \"-F\" flag are:\n" +
        string.Join("\n", Known.Select(k => $"    {k.Name} - {k.Description}"));

    /// <summary>tshark's line for a name it does not know, then the list.</summary>
    public static string Unknown(string program, string name) => $"{program}: \"{name}\" isn't a valid capture file type\n" + List(program);
}
