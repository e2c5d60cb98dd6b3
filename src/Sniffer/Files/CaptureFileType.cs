namespace Sniffer.Files;

/// <summary>The file types Sniffer writes, named as tshark's -F names them.</summary>
public enum CaptureFileType
{
    PcapNg,
    Pcap,
    NanosecondPcap,
}
