namespace Sniffer.Dissectors.Model;

/// <summary>
/// What the dissectors of one frame share while they decode it (Wireshark's packet_info): the frame,
/// its field tree, its columns, and the addresses and ports the lower layers found. One instance is
/// reused for every frame.
/// </summary>
public sealed class PacketContext
{
    private readonly byte[] _netSrc = new byte[16];
    private readonly byte[] _netDst = new byte[16];

    public Frame Frame { get; private set; }
    public FieldTree Tree { get; } = new();
    public PacketColumns Columns { get; } = new();

    /// <summary>Nanoseconds since the first frame of the capture (frame.time_relative).</summary>
    public long RelativeTime { get; set; }

    /// <summary>The network-layer address family of the frame, once IP has been decoded.</summary>
    public AddressKind NetworkKind { get; private set; }
    public ReadOnlySpan<byte> NetworkSource => _netSrc.AsSpan(0, NetworkKind == AddressKind.Ipv6 ? 16 : 4);
    public ReadOnlySpan<byte> NetworkDestination => _netDst.AsSpan(0, NetworkKind == AddressKind.Ipv6 ? 16 : 4);

    public ushort SourcePort { get; set; }
    public ushort DestinationPort { get; set; }

    /// <summary>Protocol names joined by ':' as Wireshark's frame.protocols ("eth:ethertype:ip:tcp:http").</summary>
    public InfoColumn Protocols { get; } = new();

    /// <summary>Port names for the Info column (-N t), or null for numbers.</summary>
    public IPortNames? PortNames { get; set; }

    /// <summary>MAC address names for the "(resolved)" items when -N m is on; null writes the address itself (tshark -n).</summary>
    public IMacNames? MacNames { get; set; }

    /// <summary>The text of a MAC address's "(resolved)" item: its name (<see cref="MacNames"/>) or the address as written.</summary>
    public int ResolvedMac(ReadOnlySpan<byte> address, Span<char> text)
    {
        if (MacNames?.MacName(address) is { } name)
        {
            int n = Math.Min(name.Length, text.Length);
            name.AsSpan(0, n).CopyTo(text);
            return n;
        }
        return AddressText.FormatEther(address, text);
    }

    /// <summary>Writes a port into the Info column as tshark does: "name(port)" when -N t knows its name, else the number.</summary>
    public void AppendPort(InfoColumn info, ushort port, bool udp) => AppendPort(info, PortNames, port, udp);

    /// <summary>Writes a port as <see cref="AppendPort(InfoColumn, ushort, bool)"/> with the given names (null: numbers).</summary>
    public static void AppendPort(InfoColumn info, IPortNames? names, ushort port, bool udp)
    {
        if (names?.PortName(port, udp) is { } name)
        {
            info.Append(name);
            info.Append('(');
            info.Append(port);
            info.Append(')');
        }
        else
        {
            info.Append(port);
        }
    }

    /// <summary>Set by any layer that found the frame shorter than its headers claim.</summary>
    public bool Malformed { get; set; }

    /// <summary>
    /// Where the "[Malformed Packet]" (or "[Packet size limited…]") item is placed: the start of the buffer of the innermost
    /// layer that catches a dissector's exception in Wireshark — the EtherType dispatch's payload (packet-ethertype.c
    /// calls show_exception on its next_tvb), else the frame's start.
    /// </summary>
    public int ExceptionOffset { get; set; }

    /// <summary>
    /// True while the headers an ICMP error quotes are dissected (Wireshark's pinfo->flags.in_error_pkt): TCP and UDP
    /// show them but change no conversation state (no sequence analysis, no reassembly, no request/response matching).
    /// </summary>
    public bool InErrorPacket { get; set; }

    private readonly List<StreamEvent> _streamEvents = new(2);

    /// <summary>Each TCP direction's new in-order bytes in this frame (when a tap asked for stream data), in order.</summary>
    public IReadOnlyList<StreamEvent> StreamEvents => _streamEvents;

    /// <summary>The facts a first pass learnt for later frames (two-pass reads, -2), or null in a single pass.</summary>
    public FrameAnnotations? Annotations { get; set; }

    /// <summary>
    /// Whether connections keep their protocols' records (HTTP transactions…) for reports read at the end; without it a
    /// protocol keeps only what it needs to go on dissecting (requests waiting for a response), reusing its records.
    /// </summary>
    public bool KeepsConnectionRecords { get; set; } = true;

    /// <summary>Whether stream events are recorded (some tap reads them).</summary>
    public bool RecordsStreamEvents { get; set; }

    public void AddStreamEvent(in StreamEvent e)
    {
        if (RecordsStreamEvents)
            _streamEvents.Add(e with { Source = Tree.FrameSourceAlias }); // TCP's offsets are in the bytes it was given
    }

    private readonly List<DecryptedRecord> _decryptedRecords = new(2);

    /// <summary>The TLS records this frame decrypted, in order (when a tap asked for stream data).</summary>
    public IReadOnlyList<DecryptedRecord> DecryptedRecords => _decryptedRecords;

    public void AddDecryptedRecord(in DecryptedRecord record)
    {
        if (RecordsStreamEvents)
            _decryptedRecords.Add(record);
    }

    public void Reset(in Frame frame)
    {
        Frame = frame;
        Tree.Clear();
        Columns.Reset();
        Protocols.Reset();
        NetworkKind = AddressKind.None;
        SourcePort = 0;
        DestinationPort = 0;
        Malformed = false;
        ExceptionOffset = 0;
        InErrorPacket = false;
        RelativeTime = 0;
        _streamEvents.Clear();
        _decryptedRecords.Clear();
    }

    /// <summary>
    /// Makes this context hold a copy of a frame for an <c>IDetachableTap</c>, which reads only the frame, the tree (set
    /// apart, by <see cref="FieldTree.TakeFrom"/> or <see cref="FieldTree.CopyFrom"/>) and the relative time: only those
    /// are set, the rest (columns, addresses, events) is left as it was, unread.
    /// </summary>
    public void SetDetachedFrame(in Frame frame, long relativeTime)
    {
        Frame = frame;
        RelativeTime = relativeTime;
    }

    public void SetNetworkAddresses(AddressKind kind, ReadOnlySpan<byte> source, ReadOnlySpan<byte> destination)
    {
        NetworkKind = kind;
        source.CopyTo(_netSrc);
        destination.CopyTo(_netDst);
        Columns.SetAddresses(kind, source, destination);
    }

    /// <summary>Adds a protocol to frame.protocols.</summary>
    public void AddProtocolName(string name)
    {
        var protocols = Protocols;
        if (protocols.Enabled) // a call per layer per frame saved when nothing reads frame.protocols
            protocols.AppendSeparated(":", name);
    }
}
