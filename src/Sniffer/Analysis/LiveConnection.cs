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

    /// <summary>Arrows, messages and payload lines a recycled connection keeps room for; a longer one's lists are let go.</summary>
    private const int RecycledCapacity = 64;

    public long Stream { get; private set; }
    public AddressKind Kind { get; private set; }
    public byte[] AddressA { get; private set; } = [];
    public ushort PortA { get; private set; }
    public byte[] AddressB { get; private set; } = [];
    public ushort PortB { get; private set; }

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
    private List<MessageFacts> _messages = new();
    private bool _messagesInFrameOrder = true;
    public int MessageCount => _messages.Count;
    public int RequestMessages, ResponseMessages;
    /// <summary>Sized for a short connection's arrows (handshake, a few messages, teardown) so it rarely grows.</summary>
    public List<FlowArrowDraft> Arrows { get; private set; } = new(16);
    public long ArrowsDropped;

    public long ClientHelloFrame, ServerHelloFrame;
    public long TlsRecordsFromA, TlsBytesFromA, TlsRecordsFromB, TlsBytesFromB;

    public readonly List<(long Frame, bool FromA, string Line)> PayloadLines = new();
    public bool PayloadIsBinary;

    /// <summary>Starts (or restarts, for a recycled object) the facts of <paramref name="stream"/> with its endpoints as first seen.</summary>
    public void Open(long stream, AddressKind kind, ReadOnlySpan<byte> addressA, ushort portA, ReadOnlySpan<byte> addressB, ushort portB)
    {
        Stream = stream;
        Kind = kind;
        AddressA = Copy(AddressA, addressA);
        PortA = portA;
        AddressB = Copy(AddressB, addressB);
        PortB = portB;
    }

    /// <summary>The address in <paramref name="into"/> when it has the length (an address is read, never kept, by the report).</summary>
    private static byte[] Copy(byte[] into, ReadOnlySpan<byte> address)
    {
        if (into.Length != address.Length)
            return address.ToArray();
        address.CopyTo(into);
        return into;
    }

    /// <summary>
    /// Forgets everything of the connection it held, for reuse by a later one, and puts its message facts on
    /// <paramref name="freeMessages"/> (up to <paramref name="maxFree"/>). Only once nothing refers to them or to its
    /// lists any more: the report copies what it keeps.
    /// </summary>
    public void Recycle(Stack<MessageFacts> freeMessages, int maxFree)
    {
        // Emptied when reused (MessageFacts.Reset), not here: the facts are cold by now, touched once instead of twice.
        foreach (var m in _messages)
        {
            if (freeMessages.Count >= maxFree)
                break;
            freeMessages.Push(m);
        }
        FramesFromA = BytesFromA = FramesFromB = BytesFromB = 0;
        FirstFrame = LastFrame = FirstTime = LastTime = 0;
        SynAckFromA = null;
        HandshakeAckDrawn = false;
        ReusesPorts = false;
        RequestsFromA = null;
        if (_messages.Capacity > RecycledCapacity) _messages = new();
        else _messages.Clear();
        _messagesInFrameOrder = true;
        RequestMessages = ResponseMessages = 0;
        if (Arrows.Capacity > RecycledCapacity) Arrows = new(16);
        else Arrows.Clear();
        ArrowsDropped = 0;
        ClientHelloFrame = ServerHelloFrame = 0;
        TlsRecordsFromA = TlsBytesFromA = TlsRecordsFromB = TlsBytesFromB = 0;
        PayloadLines.Clear();
        PayloadIsBinary = false;
    }

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
