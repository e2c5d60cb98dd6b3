using Sniffer.Dissectors.Model;

namespace Sniffer.Analysis;

/// <summary>
/// What the analysis gathers from the frames of one open TCP connection (keyed by tcp.stream) until the run lets the
/// connection go: its two endpoints as first seen, frames and bytes each way, the handshake ACK it has drawn, the
/// messages' extra facts by frame, flow-graph arrows, TLS record counts and plain payload lines. Bounded per connection.
/// </summary>
internal sealed class LiveConnection
{
    /// <summary>Plain payload lines kept per connection (to look for secrets and to quote one).</summary>
    public const int MaxPayloadLines = 64;
    public const int MaxMessages = 10_000;

    public required long Stream { get; init; }
    public required AddressKind Kind { get; init; }
    public required byte[] AddressA { get; init; }
    public required ushort PortA { get; init; }
    public required byte[] AddressB { get; init; }
    public required ushort PortB { get; init; }

    public long FramesFromA, BytesFromA, FramesFromB, BytesFromB;
    public long FirstFrame, LastFrame;
    public long FirstTime, LastTime;
    /// <summary>Which side sent the SYN-ACK (true: A), once seen; the other side's first ACK after it is the handshake's third step.</summary>
    public bool? SynAckFromA;
    public bool HandshakeAckDrawn;
    /// <summary>The SYN that opened this connection carried tcp.analysis.reused_ports.</summary>
    public bool ReusesPorts;
    /// <summary>Which side sent HTTP/HTCPCP requests (true: A), once one was seen.</summary>
    public bool? RequestsFromA;

    public readonly Dictionary<long, List<MessageFacts>> Messages = new();
    public int MessageCount;
    public int RequestMessages, ResponseMessages;
    public readonly List<FlowArrowDraft> Arrows = new();
    public long ArrowsDropped;

    public long ClientHelloFrame, ServerHelloFrame;
    public long TlsRecordsFromA, TlsBytesFromA, TlsRecordsFromB, TlsBytesFromB;

    public readonly List<(long Frame, bool FromA, string Line)> PayloadLines = new();
    public bool PayloadIsBinary;

    public void AddMessage(MessageFacts facts)
    {
        if (MessageCount >= MaxMessages)
            return;
        MessageCount++;
        if (facts.IsRequest) RequestMessages++;
        else ResponseMessages++;
        if (!Messages.TryGetValue(facts.Frame, out var list))
            Messages[facts.Frame] = list = new List<MessageFacts>(1);
        list.Add(facts);
    }

    /// <summary>The next unused request (or response) facts of a frame, in the order they were seen.</summary>
    public MessageFacts? Take(long? frame, bool request)
    {
        if (frame is not { } f || !Messages.TryGetValue(f, out var list))
            return null;
        for (int i = 0; i < list.Count; i++)
        {
            var m = list[i];
            if (request ? m.IsRequest : m.IsResponse)
            {
                list.RemoveAt(i);
                return m;
            }
        }
        return null;
    }

    public bool Saw(long? frame) => frame is { } f && Messages.ContainsKey(f);
}
