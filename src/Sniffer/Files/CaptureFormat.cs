namespace Sniffer.Files;

/// <summary>The container format of a capture file, decided by its magic number (never by its name).</summary>
public enum CaptureFormat
{
    /// <summary>Classic libpcap: one file header, then 16-byte record headers (µs or ns timestamps).</summary>
    Pcap,

    /// <summary>pcapng: a sequence of blocks, starting with a Section Header Block.</summary>
    PcapNg,

    /// <summary>The input could not be opened or its magic number is not one Sniffer reads; the reader's Error says why.</summary>
    Unknown,
}
