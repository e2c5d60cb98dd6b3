using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-z follow,tcp,MODE,N</c>: the bytes of one tcp.stream in order, each segment's bytes as one
/// chunk, the first speaker as node 0 and the other side indented by a tab; in yaml mode, the peers and one entry per
/// segment (frame, peer, capture time, the bytes in base64 lines of 57 bytes) as tshark 4.0 writes it.
/// </summary>
public sealed class FollowTcpPrinter : ITap
{
    private readonly TextWriter? _output;

    /// <summary>Follow reads each direction's in-order bytes (the frame's stream events) of every frame.</summary>
    public TapNeeds Needs => TapNeeds.EveryFrame | TapNeeds.StreamData;
    public IReadOnlyCollection<FieldDef> Fields { get; } =
        [Dissectors.Transport.TcpFields.Stream, Dissectors.Transport.TcpFields.FlagsSyn, Dissectors.Transport.TcpFields.FlagsAck];

    /// <summary>Set for the address:port form: the frames between these endpoints are followed instead of a stream number.</summary>
    public FollowEndpoints? Endpoints { get; init; }

    private bool _frameMatches;

    public void OnFrame(PacketContext packet)
    {
        if (Endpoints is { } endpoints)
            _frameMatches = IsTopLevelTcp(packet)
                && endpoints.Matches(packet.NetworkSource, packet.SourcePort, packet.NetworkDestination, packet.DestinationPort);
        if (_node0 is null && _firstNode0 is null)
            NoteFirstFrame(packet);
        foreach (var e in packet.StreamEvents)
        {
            if (e.MissingBytes > 0)
                OnGap(packet, e.Conversation, e.Direction, (int)Math.Min(e.MissingBytes, int.MaxValue));
            else
                OnPayload(packet, e.Conversation, e.Direction, packet.Tree.SourceBytes(e.Source).Slice(e.Offset, e.Length));
        }
    }

    public void OnEnd(CaptureModel model) => Write(_output ?? throw new InvalidOperationException("no output"));

    private readonly long _stream;
    private readonly FollowMode _mode;
    private readonly FollowOutput _writer;
    private string? _node0, _node1;

    public FollowTcpPrinter(long stream, FollowMode mode, TextWriter? output = null)
    {
        _output = output;
        _stream = stream;
        _mode = mode;
        _writer = new FollowOutput(mode);
    }

    public bool Found => _node0 is not null;

    /// <summary>
    /// tshark names the endpoints of a stream that carried no payload too (a SYN that went unanswered): the first frame of
    /// the stream gives them (its sender, or its receiver for a SYN-ACK), used when no payload named them.
    /// </summary>
    private void NoteFirstFrame(PacketContext packet)
    {
        var tree = packet.Tree;
        int stream = tree.Find(Dissectors.Transport.TcpFields.Stream);
        if (stream < 0 || (Endpoints is null ? (long)tree[stream].Number != _stream : !_frameMatches))
            return;
        int tcp = tree[stream].Parent;
        if (tcp >= 0 && tree[tcp].Parent != -1)
            return; // a header quoted in an ICMP error
        int syn = tree.Find(Dissectors.Transport.TcpFields.FlagsSyn), ack = tree.Find(Dissectors.Transport.TcpFields.FlagsAck);
        bool synAck = syn >= 0 && tree[syn].Number != 0 && ack >= 0 && tree[ack].Number != 0;
        string src = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkSource, packet.SourcePort, bracketIpv6: true);
        string dst = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkDestination, packet.DestinationPort, bracketIpv6: true);
        (_firstNode0, _firstNode1) = synAck ? (dst, src) : (src, dst);
    }

    private string? _firstNode0, _firstNode1;

    private static bool IsTopLevelTcp(PacketContext packet)
    {
        var tree = packet.Tree;
        int stream = tree.Find(Dissectors.Transport.TcpFields.Stream);
        if (stream < 0)
            return false;
        int tcp = tree[stream].Parent;
        return tcp < 0 || tree[tcp].Parent == -1;
    }

    private bool Follows(TcpConversation conversation) => Endpoints is null ? conversation.Index == _stream : _frameMatches;

    public void OnPayload(PacketContext packet, TcpConversation conversation, StreamDirection direction, ReadOnlySpan<byte> bytes)
    {
        if (!Follows(conversation) || bytes.IsEmpty)
            return;
        LearnNodes(packet, direction);
        if (_mode == FollowMode.Yaml)
            WriteYamlPayload(packet, direction, bytes);
        else
            WritePayload(direction, bytes);
    }

    private void LearnNodes(PacketContext packet, StreamDirection direction)
    {
        if (_node0 is null)
        {
            // Node 0 is the side that opened the conversation (the SYN's sender, else the first packet's).
            var client = direction == StreamDirection.ClientToServer;
            string src = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkSource, packet.SourcePort, bracketIpv6: true);
            string dst = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkDestination, packet.DestinationPort, bracketIpv6: true);
            (_node0, _node1) = client ? (src, dst) : (dst, src);
        }
    }

    private void WritePayload(StreamDirection direction, ReadOnlySpan<byte> bytes) =>
        _writer.Chunk(0, 0, direction == StreamDirection.ClientToServer ? 0 : 1, bytes);

    private void WriteYamlPayload(PacketContext packet, StreamDirection direction, ReadOnlySpan<byte> bytes) =>
        _writer.Chunk(packet.Frame.Number, packet.Frame.Timestamp, direction == StreamDirection.ClientToServer ? 0 : 1, bytes);

    public void OnGap(PacketContext packet, TcpConversation conversation, StreamDirection direction, int missingBytes)
    {
        if (Follows(conversation))
            _writer.Gap(direction == StreamDirection.ClientToServer ? 0 : 1, missingBytes);
    }

    public void Write(TextWriter output) =>
        _writer.Write(output, "tcp", Endpoints is { } endpoints ? endpoints.Filter : $"tcp.stream eq {_stream}",
            _node0 ?? _firstNode0 ?? ":0", _node1 ?? _firstNode1 ?? ":0");
}
