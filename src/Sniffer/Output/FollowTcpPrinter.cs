using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

public enum FollowMode
{
    Ascii,
    Hex,
    Raw,
    Yaml,
}

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
        var bytes = packet.Frame.Data.Span;
        foreach (var e in packet.StreamEvents)
        {
            if (e.MissingBytes > 0)
                OnGap(packet, e.Conversation, e.Direction, (int)Math.Min(e.MissingBytes, int.MaxValue));
            else
                OnPayload(packet, e.Conversation, e.Direction, bytes.Slice(e.Offset, e.Length));
        }
    }

    public void OnEnd(CaptureModel model) => Write(_output ?? throw new InvalidOperationException("no output"));

    private const string Rule = "===================================================================";
    private readonly long _stream;
    private readonly FollowMode _mode;
    private readonly StringBuilder _body = new();
    private readonly long[] _offsets = new long[2];
    private string? _node0, _node1;

    public FollowTcpPrinter(long stream, FollowMode mode, TextWriter? output = null)
    {
        _output = output;
        _stream = stream;
        _mode = mode;
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

    private void WritePayload(StreamDirection direction, ReadOnlySpan<byte> bytes)
    {
        int node = direction == StreamDirection.ClientToServer ? 0 : 1;
        if (_mode == FollowMode.Hex)
            AppendHex(bytes, node);
        else if (_mode == FollowMode.Raw)
        {
            if (node == 1)
                _body.Append('\t');
            foreach (byte b in bytes)
                _body.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            _body.Append('\n');
        }
        else
        {
            if (node == 1)
                _body.Append('\t');
            _body.Append(bytes.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (byte b in bytes)
                _body.Append(b is >= 0x20 and < 0x7F or (byte)'\n' or (byte)'\r' ? (char)b : '.');
            _body.Append('\n');
        }
        _offsets[node] += bytes.Length;
    }

    /// <summary>One yaml entry: "  - packet: N", the peer, the capture time as a C double with 9 decimals, the bytes.</summary>
    private void WriteYamlPayload(PacketContext packet, StreamDirection direction, ReadOnlySpan<byte> bytes)
    {
        int node = direction == StreamDirection.ClientToServer ? 0 : 1;
        long ns = packet.Frame.Timestamp;
        long whole = ns / 1_000_000_000, fraction = ns % 1_000_000_000;
        if (fraction < 0)
        {
            whole--;
            fraction += 1_000_000_000;
        }
        double seconds = whole + fraction / 1e9; // nstime_to_sec

        var culture = CultureInfo.InvariantCulture;
        _body.Append("  - packet: ").Append(packet.Frame.Number.ToString(culture)).Append('\n');
        _body.Append("    peer: ").Append(node).Append('\n');
        _body.Append("    timestamp: ").Append(seconds.ToString("F9", culture)).Append('\n');
        _body.Append("    data: !!binary |\n");
        for (int at = 0; at < bytes.Length; at += 57)
            _body.Append("      ").Append(Convert.ToBase64String(bytes.Slice(at, Math.Min(57, bytes.Length - at)))).Append('\n');
        _offsets[node] += bytes.Length;
    }

    public void OnGap(PacketContext packet, TcpConversation conversation, StreamDirection direction, int missingBytes)
    {
        if (!Follows(conversation) || _mode == FollowMode.Yaml)
            return;
        int node = direction == StreamDirection.ClientToServer ? 0 : 1;
        _body.Append(node == 1 ? "\t" : "").Append("[").Append(missingBytes).Append(" bytes missing in capture file]\n");
        _offsets[node] += missingBytes;
    }

    public void Write(TextWriter output)
    {
        if (_mode == FollowMode.Yaml)
        {
            WriteYaml(output);
            return;
        }
        var sb = new StringBuilder();
        sb.Append('\n').Append(Rule).Append('\n');
        sb.Append("Follow: tcp,").Append(_mode.ToString().ToLowerInvariant()).Append('\n');
        if (Endpoints is { } endpoints)
            sb.Append("Filter: ").Append(endpoints.Filter).Append('\n');
        else
            sb.Append("Filter: tcp.stream eq ").Append(_stream).Append('\n');
        sb.Append("Node 0: ").Append(_node0 ?? _firstNode0 ?? ":0").Append('\n');
        sb.Append("Node 1: ").Append(_node1 ?? _firstNode1 ?? ":0").Append('\n');
        sb.Append(_body);
        sb.Append(Rule).Append('\n');
        output.Write(sb.ToString());
    }

    private void WriteYaml(TextWriter output)
    {
        var sb = new StringBuilder("peers:\n");
        string[] nodes = [_node0 ?? _firstNode0 ?? ":0", _node1 ?? _firstNode1 ?? ":0"];
        for (int peer = 0; peer < 2; peer++)
        {
            string endpoint = nodes[peer];
            int colon = endpoint.LastIndexOf(':');
            string host = endpoint[..colon].Trim('[', ']');
            sb.Append("  - peer: ").Append(peer).Append('\n');
            sb.Append("    host: ").Append(host).Append('\n');
            sb.Append("    port: ").Append(endpoint[(colon + 1)..]).Append('\n');
        }
        sb.Append("packets:\n");
        sb.Append(_body);
        output.Write(sb.ToString());
    }

    private void AppendHex(ReadOnlySpan<byte> bytes, int node)
    {
        long offset = _offsets[node];
        for (int line = 0; line < bytes.Length; line += 16)
        {
            var chunk = bytes.Slice(line, Math.Min(16, bytes.Length - line));
            if (node == 1)
                _body.Append('\t');
            _body.Append((offset + line).ToString("X8", CultureInfo.InvariantCulture)).Append("  ");
            for (int i = 0; i < 16; i++)
            {
                _body.Append(i < chunk.Length ? chunk[i].ToString("x2", CultureInfo.InvariantCulture) + " " : "   ");
                if (i == 7)
                    _body.Append(' ');
            }
            _body.Append(' ');
            for (int i = 0; i < chunk.Length; i++)
            {
                _body.Append(chunk[i] is >= 0x20 and < 0x7F ? (char)chunk[i] : '.');
                if (i == 7)
                    _body.Append(' ');
            }
            // tshark 4.0 puts the separator after the 8th character even when nothing follows, then leaves out one
            // trailing space: an 8-byte line keeps a space that ends its data, longer lines lose it (checked on the
            // corpus: 8-, 15- and 16-byte lines).
            if (chunk.Length >= 8 && _body[^1] == ' ')
                _body.Length--;
            _body.Append('\n');
        }
    }
}
