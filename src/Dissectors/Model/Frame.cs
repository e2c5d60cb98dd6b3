namespace Sniffer.Dissectors.Model;

/// <summary>
/// One captured packet as a source hands it over. <see cref="Data"/> may point into a buffer the
/// source reuses for the next frame: copy what must outlive the current iteration.
/// </summary>
/// <param name="Number">1-based frame number, as Wireshark counts them.</param>
/// <param name="Timestamp">Absolute capture time in nanoseconds since the Unix epoch.</param>
/// <param name="TimePrecisionDigits">Digits of sub-second precision the source recorded (6 for microseconds, 9 for nanoseconds).</param>
/// <param name="InterfaceId">Index of the interface in the source (pcapng IDB order; 0 for classic pcap).</param>
/// <param name="Link">Link-layer type of the interface the frame came from.</param>
/// <param name="OriginalLength">Length on the wire; larger than <c>Data.Length</c> when the snapshot length cut it.</param>
/// <param name="Data">The captured bytes.</param>
/// <param name="Comment">opt_comment of the packet block, when there was one.</param>
/// <param name="InterfaceDescribed">True when the file describes the frame's interface (pcapng IDBs); classic pcap has none, and tshark then shows no frame.interface_id.</param>
/// <param name="InterfaceName">The interface's if_name, when the file records one (frame.interface_name).</param>
/// <param name="InterfaceDescription">The interface's if_description, when the file records one (frame.interface_description).</param>
public readonly record struct Frame(
    long Number,
    long Timestamp,
    int TimePrecisionDigits,
    int InterfaceId,
    LinkType Link,
    int OriginalLength,
    ReadOnlyMemory<byte> Data,
    string? Comment = null,
    bool InterfaceDescribed = false,
    string? InterfaceName = null,
    string? InterfaceDescription = null)
{
    /// <summary>True when the capture kept fewer bytes than were on the wire ("[Packet size limited during capture]").</summary>
    public bool CutBySnaplen => Data.Length < OriginalLength;
}
