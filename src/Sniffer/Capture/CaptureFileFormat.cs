namespace Sniffer.Capture;

/// <summary>The file format a capture writes, as dumpcap's -n (pcapng, the default) and -P (pcap) choose it.</summary>
public enum CaptureFileFormat
{
    Pcapng,
    /// <summary>libpcap's format: one interface, microsecond time stamps, no statistics or comments.</summary>
    Pcap,
}
