using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.Tls;
using Sniffer.Dissectors.Taps;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-z follow,udp|tls|http,MODE,STREAM</c>: the chunks each protocol's follow tap hands tshark, in frame order.
/// udp: each datagram's payload (udp.stream); http: each message's header block and then its entity body as
/// http.file_data holds it (de-chunked, uncompressed), or a continuation's bytes (tcp.stream); tls: each decrypted
/// application-data record's plaintext (tcp.stream). udp and http name node 0 and node 1 by the first chunk's source and
/// destination (follow_tvb_tap_listener); tls knows only the sender of the first frame that decrypted anything as node 0,
/// and leaves node 1 empty (":0"), as ssl_follow_tap_listener does. The address:port form selects the frames between two
/// endpoints instead.
/// </summary>
public sealed class FollowChunkPrinter : ITap
{
    private readonly FollowProtocol _protocol;
    private readonly long _stream;
    private readonly TextWriter _output;
    private readonly FollowOutput _writer;
    private byte[]? _client;
    private ushort _clientPort;
    private string? _node0, _node1;

    public FollowChunkPrinter(FollowProtocol protocol, long stream, FollowMode mode, TextWriter output)
    {
        _protocol = protocol;
        _stream = stream;
        _output = output;
        _writer = new FollowOutput(mode);
        Fields = protocol == FollowProtocol.Udp ? [UdpFields.Stream, UdpFields.Payload] : [TcpFields.Stream];
    }

    /// <summary>Set for the address:port form: the frames between these endpoints are followed instead of a stream number.</summary>
    public FollowEndpoints? Endpoints { get; init; }

    /// <summary>tls reads the frame's decrypted records (recorded with stream data); http its messages' header lines.</summary>
    public TapNeeds Needs => _protocol switch
    {
        FollowProtocol.Tls => TapNeeds.EveryFrame | TapNeeds.StreamData,
        FollowProtocol.Http => TapNeeds.EveryFrame | TapNeeds.AllFields,
        _ => TapNeeds.EveryFrame,
    };

    public IReadOnlyCollection<FieldDef> Fields { get; }

    public void OnFrame(PacketContext packet)
    {
        if (!Selected(packet))
            return;
        var tree = packet.Tree;
        switch (_protocol)
        {
            case FollowProtocol.Udp:
                int payload = TopLevel(tree, UdpFields.Payload);
                if (payload >= 0)
                    Chunk(packet, NodeBytes(tree, payload));
                break;
            case FollowProtocol.Http:
                for (int i = 0; i < tree.Count; i++)
                {
                    if (ReferenceEquals(tree[i].Field, HttpFields.Protocol))
                        HttpMessage(packet, i);
                }
                break;
            case FollowProtocol.Tls:
                TlsRecords(packet);
                break;
        }
    }

    private bool Selected(PacketContext packet)
    {
        var tree = packet.Tree;
        if (Endpoints is { } endpoints)
        {
            return TopLevel(tree, _protocol == FollowProtocol.Udp ? UdpFields.Stream : TcpFields.Stream) >= 0
                && endpoints.Matches(packet.NetworkSource, packet.SourcePort, packet.NetworkDestination, packet.DestinationPort);
        }
        int stream = TopLevel(tree, _protocol == FollowProtocol.Udp ? UdpFields.Stream : TcpFields.Stream);
        return stream >= 0 && (long)tree[stream].Number == _stream;
    }

    /// <summary>The first node of <paramref name="field"/> whose protocol is not quoted inside another (an ICMP error's).</summary>
    private static int TopLevel(FieldTree tree, FieldDef field)
    {
        for (int at = tree.Find(field); at >= 0; at = tree.Find(field, at + 1))
        {
            int parent = tree[at].Parent;
            if (parent < 0 || tree[parent].Parent == -1)
                return at;
        }
        return -1;
    }

    private static ReadOnlySpan<byte> NodeBytes(FieldTree tree, int index)
    {
        ref readonly var node = ref tree[index];
        var source = tree.SourceBytes(node.Source);
        return node.Offset >= 0 && node.Length >= 0 && node.Offset + node.Length <= source.Length
            ? source.Slice(node.Offset, node.Length)
            : [];
    }

    /// <summary>
    /// One HTTP message: its header block (the message's first byte to the end of the blank line) and then its body as
    /// http.file_data holds it; a continuation (no header block) gives its bytes alone.
    /// </summary>
    private void HttpMessage(PacketContext packet, int http)
    {
        var tree = packet.Tree;
        ref readonly var message = ref tree[http];
        int blank = -1, fileData = -1;
        for (int i = http + 1; i < tree.Count && IsInside(tree, i, http); i++)
        {
            ref readonly var node = ref tree[i];
            if (node.Parent != http)
                continue;
            if (blank < 0 && ReferenceEquals(node.Field, TextItem.Field) && node.Source == message.Source && IsBlankLine(NodeBytes(tree, i)))
                blank = i;
            else if (fileData < 0 && ReferenceEquals(node.Field, HttpFields.FileData))
                fileData = i;
        }
        if (blank >= 0)
        {
            var source = tree.SourceBytes(message.Source);
            int end = tree[blank].Offset + tree[blank].Length;
            if (message.Offset >= 0 && end <= source.Length && end > message.Offset)
                Chunk(packet, source[message.Offset..end]);
        }
        if (fileData >= 0 && tree[fileData].Length > 0)
            Chunk(packet, NodeBytes(tree, fileData));
    }

    private static bool IsInside(FieldTree tree, int index, int ancestor)
    {
        for (int p = tree[index].Parent; p >= 0; p = tree[p].Parent)
        {
            if (p == ancestor)
                return true;
        }
        return false;
    }

    private static bool IsBlankLine(ReadOnlySpan<byte> bytes) => bytes.SequenceEqual("\r\n"u8) || bytes.SequenceEqual("\n"u8);

    /// <summary>Each decrypted application-data record of the frame; the first frame that decrypted anything names node 0.</summary>
    private void TlsRecords(PacketContext packet)
    {
        var records = packet.DecryptedRecords;
        if (records.Count == 0)
            return;
        if (_client is null)
        {
            _client = packet.NetworkSource.ToArray();
            _clientPort = packet.SourcePort;
            _node0 = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkSource, packet.SourcePort, bracketIpv6: true);
            _node1 = ":0";
        }
        int node = packet.NetworkSource.SequenceEqual(_client) && packet.SourcePort == _clientPort ? 0 : 1;
        foreach (var record in records)
        {
            if (record.ContentType == TlsNames.ApplicationData && (Endpoints is not null || record.Stream == _stream))
                _writer.Chunk(packet.Frame.Number, packet.Frame.Timestamp, node, packet.Tree.SourceBytes(record.Source));
        }
    }

    /// <summary>follow_tvb_tap_listener: the first chunk's source is node 0, its destination node 1.</summary>
    private void Chunk(PacketContext packet, ReadOnlySpan<byte> bytes)
    {
        if (_client is null)
        {
            _client = packet.NetworkSource.ToArray();
            _clientPort = packet.SourcePort;
            _node0 = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkSource, packet.SourcePort, bracketIpv6: true);
            _node1 = AddressFormatter.Endpoint(packet.NetworkKind, packet.NetworkDestination, packet.DestinationPort, bracketIpv6: true);
        }
        int node = packet.NetworkSource.SequenceEqual(_client) && packet.SourcePort == _clientPort ? 0 : 1;
        _writer.Chunk(packet.Frame.Number, packet.Frame.Timestamp, node, bytes);
    }

    public void OnEnd(CaptureModel model)
    {
        string word = _protocol.ToString().ToLowerInvariant();
        string filter = Endpoints is { } endpoints ? endpoints.Filter
            : _protocol == FollowProtocol.Udp ? $"udp.stream eq {_stream}" : $"tcp.stream eq {_stream}";
        _writer.Write(_output, word, filter, _node0 ?? ":0", _node1 ?? ":0");
    }
}
