using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>
/// One packet as the writer thread hands it to the sinks. <see cref="Data"/> points into the capture ring and
/// is valid only during <see cref="ICapturedPacketSink.Accept"/>: a sink copies what it keeps.
/// </summary>
/// <param name="Number">1-based, in the order the sinks see packets (the frame number of the file written).</param>
/// <param name="InterfaceId">Index of the interface in <see cref="CaptureStart.Interfaces"/> (the pcapng interface id).</param>
/// <param name="TimestampNs">Nanoseconds since the Unix epoch.</param>
/// <param name="OriginalLength">Length on the wire.</param>
/// <param name="Data">The captured bytes (at most the snapshot length).</param>
public readonly record struct CapturedPacket(long Number, int InterfaceId, long TimestampNs, int OriginalLength, ReadOnlyMemory<byte> Data)
{
    /// <summary>The packet as the dissectors take it, with nanosecond precision.</summary>
    public Frame ToFrame(LinkType link) => new(Number, TimestampNs, 9, InterfaceId, link, OriginalLength, Data);
}
