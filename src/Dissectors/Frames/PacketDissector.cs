using Sniffer.Dissectors.Link;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Network;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Dissectors.Frames;

/// <summary>
/// Turns frames into field trees, one after another, in capture order (tshark's single pass). Owns
/// the conversation state that spans frames; reuses one <see cref="PacketContext"/> for every frame,
/// so what it returns is valid until the next call.
/// </summary>
public sealed class PacketDissector : ICoreDissectors
{
    private readonly PacketContext _packet = new();
    private readonly FrameTexts _frameTexts = new();
    private readonly LinkLayerDissector _link;
    private readonly NetworkLayerDissector _network;
    private readonly TransportLayerDissector _transport;
    private readonly TcpPayloadHandler _payload;
    private long _firstTimestamp;
    private long _previousTimestamp;
    private long _previousDisplayedTimestamp;
    private bool _started;
    private bool _shownAny;

    public PacketDissector(DissectorRegistry registry)
    {
        Registry = registry;
        Conversations = new TcpConversationTable { MaxLive = registry.MaxTcpConnections };
        _payload = new TcpPayloadHandler(registry);
        var tcp = new TcpDissector(Conversations, _payload);
        _transport = new TransportLayerDissector(tcp, registry);
        _network = new NetworkLayerDissector(_transport, registry.Preferences);
        _link = new LinkLayerDissector(_network, registry);
        registry.Core = this;
    }

    public DissectorRegistry Registry { get; }

    /// <summary>Record each TCP direction's new in-order bytes as the frame's <see cref="PacketContext.StreamEvents"/> (Follow Stream).</summary>
    public bool RecordStreamEvents
    {
        get => _packet.RecordsStreamEvents;
        set => _packet.RecordsStreamEvents = value;
    }

    /// <summary>MAC address names for the "(resolved)" items (-N m); null writes the addresses.</summary>
    public IMacNames? MacNames
    {
        get => _packet.MacNames;
        set => _packet.MacNames = value;
    }

    /// <summary>Port names for the Info column (-N t); null shows numbers.</summary>
    public IPortNames? PortNames
    {
        get => _packet.PortNames;
        set => _packet.PortNames = value;
    }

    /// <summary>Whether hidden items (and what hangs under them) are left out of the tree (<see cref="FieldTree.DropsHiddenItems"/>).</summary>
    public bool DropsHiddenItems
    {
        get => _packet.Tree.DropsHiddenItems;
        set => _packet.Tree.DropsHiddenItems = value;
    }

    /// <summary>Whether items carry display text (the verbose tree); off, dissectors build none.</summary>
    public bool BuildsText
    {
        get => _packet.Tree.BuildsText;
        set => _packet.Tree.BuildsText = value;
    }

    /// <summary>
    /// Tells the dissector the frame just dissected was displayed (passed the display filter): frame.time_delta_displayed
    /// of later frames counts from it, as in tshark. Without a filter every frame is displayed.
    /// </summary>
    public void MarkDisplayed(in Frame frame)
    {
        _previousDisplayedTimestamp = frame.Timestamp;
        _displayedAny = true;
    }

    // False until a display filter has let a frame through: until then there is no previous displayed frame and
    // frame.time_delta_displayed is 0, as in tshark (its prev_dis is unset).
    private bool _displayedAny;

    /// <summary>Every frame counts as displayed (no display filter); a run with a filter turns this off and calls <see cref="MarkDisplayed"/>.</summary>
    public bool EveryFrameDisplayed { get; set; } = true;
    public TcpConversationTable Conversations { get; }

    /// <summary>Notes about data that never completed a PDU; filled by <see cref="Finish"/>.</summary>
    public IReadOnlyList<string> Notices => Conversations.Evicted == 0
        ? _payload.Notices
        : [.. _payload.Notices, $"{Conversations.Evicted} idle TCP connections were forgotten to stay within {Conversations.MaxLive} tracked at once (--max-connections); their tcp.stream numbers were kept"];

    /// <summary>Time of the first frame (ns since the epoch), the origin of frame.time_relative.</summary>
    public long FirstTimestamp => _firstTimestamp;

    /// <summary>
    /// The time frame.time_relative counts from, when it is not this dissector's first frame (a second pass that
    /// skips frames the first pass dropped still counts from the capture's first frame, as tshark does).
    /// </summary>
    public long? ReferenceTimestamp { get; set; }

    /// <summary>Facts from a first pass (two-pass reads), given to dissectors through <see cref="PacketContext.Annotations"/>.</summary>
    public FrameAnnotations? Annotations
    {
        get => _packet.Annotations;
        set => _packet.Annotations = value;
    }

    /// <summary>
    /// Builds only these fields into each tree (null: every field, as -V and filters need). Outputs that print a
    /// few fields ask for just those, which is most of what makes -T fields fast.
    /// </summary>
    public void KeepOnly(IEnumerable<FieldDef>? fields)
    {
        if (fields is null)
        {
            _packet.Tree.KeepOnly(null);
        }
        else
        {
            var wanted = new bool[FieldDef.IdCount];
            foreach (var f in fields)
                if (f.Id >= 0 && f.Id < wanted.Length)
                    wanted[f.Id] = wanted[f.NameId] = true; // a name's first definition stands for all (FieldTree's Decide)
            _packet.Tree.KeepOnly(wanted);
        }
        // The layers' names are written only for frame.protocols.
        _packet.Protocols.Enabled = _packet.Tree.Wants(FrameFields.Protocols);
    }

    /// <summary>Whether dissectors fill the Info column (only the summary output shows it).</summary>
    public bool InfoColumnEnabled
    {
        get => _packet.Columns.Info.Enabled;
        set => _packet.Columns.Info.Enabled = value;
    }

    public PacketContext Dissect(in Frame frame) => Dissect(frame, shown: true);

    /// <summary>
    /// Dissects a frame; one not <paramref name="shown"/> (dropped by a first pass, dissected again only to keep
    /// conversation state as it was) does not count as the previous frame for frame.time_delta.
    /// </summary>
    public PacketContext Dissect(in Frame frame, bool shown)
    {
        var packet = _packet;
        packet.Reset(frame);
        if (!_started)
        {
            _started = true;
            _firstTimestamp = ReferenceTimestamp ?? frame.Timestamp;
            _previousTimestamp = frame.Timestamp;
            _previousDisplayedTimestamp = frame.Timestamp;
        }
        if (shown && !_shownAny)
        {
            // The first frame shown has no previous one (the frames a first pass dropped do not count).
            _shownAny = true;
            _previousTimestamp = frame.Timestamp;
            _previousDisplayedTimestamp = frame.Timestamp;
        }
        packet.RelativeTime = frame.Timestamp - _firstTimestamp;
        var tree = packet.Tree;
        var data = frame.Data.Span;
        tree.AddFrameSource(frame.Data);

        long deltaDisplayed = EveryFrameDisplayed || _displayedAny ? frame.Timestamp - _previousDisplayedTimestamp : 0;
        int protocolsNode = FrameTree.Add(packet, frame, EncapsulationOf(frame.Link), frame.Timestamp - _previousTimestamp, deltaDisplayed, _frameTexts);
        if (shown)
        {
            _previousTimestamp = frame.Timestamp;
            if (EveryFrameDisplayed)
                _previousDisplayedTimestamp = frame.Timestamp;
        }

        try
        {
            _link.Dissect(packet, data);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !ThrowDissectorBugs)
        {
            // The last resort: a bug in a dissector marks the frame and never stops the capture.
            string protocol = packet.Columns.Protocol.Length > 0 ? packet.Columns.Protocol : "frame";
            tree.AddExpert(-1, FrameFields.DissectorBug, 0, 0, 0, $"Dissector bug, protocol {protocol}: {e.Message}");
            packet.Columns.Info.AppendSeparated(" ", $"[Dissector bug, protocol {protocol}: {e.Message}]");
        }
        if (protocolsNode >= 0)
            tree.SetString(protocolsNode, packet.Protocols.Text);
        return packet;
    }

    /// <summary>Ends the capture: PDUs still waiting for bytes are recorded in <see cref="Notices"/>.</summary>
    public void Finish() => _payload.Finish(Conversations.All);

    /// <summary>
    /// Keep every conversation for reports that list them (the default); false lets closed conversations go,
    /// so memory stays flat however long the capture.
    /// </summary>
    public bool RetainConversations
    {
        get => Conversations.RetainAll;
        set
        {
            Conversations.RetainAll = value;
            _packet.KeepsConnectionRecords = value;
        }
    }

    int ICoreDissectors.DissectEtherType(PacketContext packet, ReadOnlySpan<byte> frame, ushort etherType, int offset, bool viaEthertypeProtocol)
        => _link.DissectEtherType(packet, frame, etherType, offset, viaEthertypeProtocol);

    int ICoreDissectors.DissectIp(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int available)
    {
        if (available <= 0)
            return offset;
        return (frame[offset] >> 4) == 6
            ? _network.DissectIpv6(packet, frame, offset, available)
            : _network.DissectIpv4(packet, frame, offset, available);
    }

    /// <summary>
    /// For developers chasing a "[Dissector bug …]" frame (the fuzzer's findings): with SNIFFER_THROW_DISSECTOR_BUGS=1 the
    /// exception leaves the frame loop with its stack trace instead of marking the frame.
    /// </summary>
    private static readonly bool ThrowDissectorBugs = Environment.GetEnvironmentVariable("SNIFFER_THROW_DISSECTOR_BUGS") == "1";

    /// <summary>UDP conversations (udp.stream numbering and the datagram protocols' state).</summary>
    public UdpConversationTable UdpConversations => _transport.UdpConversations;

    /// <summary>Wireshark's WTAP_ENCAP number for frame.encap_type.</summary>
    private static int EncapsulationOf(LinkType link) => link switch
    {
        LinkType.Ethernet => 1,
        LinkType.Null => 15,
        LinkType.Loop => 15,
        LinkType.Raw => 7,
        LinkType.Ipv4 => 129,
        LinkType.Ipv6 => 130,
        LinkType.LinuxSll => 25,
        LinkType.LinuxSll2 => 210,
        LinkType.Ieee80211 => 20,
        LinkType.Ieee80211Radiotap => 23,
        LinkType.Ppi => 97,
        _ => -1,
    };
}
