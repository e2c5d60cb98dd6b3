using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// New in-order bytes of one TCP direction carried by the current frame (at <see cref="Offset"/> of data source
/// <see cref="Source"/>: the frame's own bytes, or the datagram reassembled from IP fragments; <see cref="Length"/> long),
/// or, when <see cref="MissingBytes"/> is non-zero, a gap the capture lacks before them. Retransmitted bytes never appear
/// twice. Follow Stream reads these.
/// </summary>
public readonly record struct StreamEvent(TcpConversation Conversation, StreamDirection Direction, int Offset, int Length, long MissingBytes,
    int Source = 0);
