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

    /// <summary>The messages' facts in the order they were seen (frames only grow), looked up by frame with a binary search.</summary>
    private readonly List<MessageFacts> _messages = new();
    private bool _messagesInFrameOrder = true;
    public int MessageCount => _messages.Count;
    public int RequestMessages, ResponseMessages;
    /// <summary>Sized for a short connection's arrows (handshake, a few messages, teardown) so it rarely grows.</summary>
    public readonly List<FlowArrowDraft> Arrows = new(16);
    public long ArrowsDropped;

    public long ClientHelloFrame, ServerHelloFrame;
    public long TlsRecordsFromA, TlsBytesFromA, TlsRecordsFromB, TlsBytesFromB;

    public readonly List<(long Frame, bool FromA, string Line)> PayloadLines = new();
    public bool PayloadIsBinary;

    public void AddMessage(MessageFacts facts)
    {
        if (_messages.Count >= MaxMessages)
            return;
        if (facts.IsRequest) RequestMessages++;
        else ResponseMessages++;
        if (_messages.Count > 0 && _messages[^1].Frame > facts.Frame)
            _messagesInFrameOrder = false;
        _messages.Add(facts);
    }

    /// <summary>The next unused request (or response) facts of a frame, in the order they were seen.</summary>
    public MessageFacts? Take(long? frame, bool request)
    {
        if (frame is not { } f)
            return null;
        for (int i = First(f); i >= 0 && i < _messages.Count; i++)
        {
            var m = _messages[i];
            if (m.Frame != f)
            {
                if (_messagesInFrameOrder)
                    break;
                continue;
            }
            if (!m.Taken && (request ? m.IsRequest : m.IsResponse))
            {
                m.Taken = true;
                return m;
            }
        }
        return null;
    }

    public bool Saw(long? frame) => frame is { } f && First(f) is int i && i >= 0 && i < _messages.Count && _messages[i].Frame == f;

    /// <summary>The first message of <paramref name="frame"/> when the list is in frame order (the list's length when none); 0 otherwise (scan everything).</summary>
    private int First(long frame)
    {
        if (!_messagesInFrameOrder)
        {
            for (int i = 0; i < _messages.Count; i++)
                if (_messages[i].Frame == frame)
                    return i;
            return _messages.Count;
        }
        int lo = 0, hi = _messages.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_messages[mid].Frame < frame) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
