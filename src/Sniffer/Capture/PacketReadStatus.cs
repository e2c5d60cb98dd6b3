namespace Sniffer.Capture;

/// <summary>What one read from a <see cref="LiveInterface"/> gave.</summary>
public enum PacketReadStatus
{
    Packet,
    /// <summary>The buffering timeout passed with no packet.</summary>
    Timeout,
    /// <summary>pcap_breakloop was called: the capture is ending.</summary>
    Stopped,
    /// <summary>libpcap reported an error (see <see cref="LiveInterface.LastError"/>).</summary>
    Failed,
}
