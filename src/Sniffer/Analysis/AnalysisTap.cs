using System.Runtime.CompilerServices;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Protocols.Tls;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;
using Code = Sniffer.Analysis.AnalysisFields.Code;

namespace Sniffer.Analysis;

/// <summary>
/// The lab report as a tap (<c>sniffer analyze</c>, <c>capture --analyze</c>): from each frame the display filter
/// selects it reads the field tree (TCP flags, HTTP/HTCPCP messages and headers, TLS records, plain payloads) into the
/// open connection's <see cref="LiveConnection"/>; when the run lets a connection go it joins those facts with the
/// connection model (handshake, teardown, HTTP transactions, TLS session) and hands the result to the
/// <see cref="ReportBuilder"/>, which keeps the top connections; at the end it builds the <see cref="LabReport"/>.
/// It never reads packet bytes itself: only the tree's field values and the model.
/// </summary>
public sealed class AnalysisTap : ITap
{
    private const int TcpSyn = 0x02, TcpAck = 0x10, TcpFin = 0x01, TcpRst = 0x04;
    private const int MaxPayloadLine = 200;

    private readonly AnalysisFields _fields;
    private readonly ReportBuilder _builder;
    private readonly KeyLog? _keys;
    private readonly Dictionary<long, LiveConnection> _live = new();
    private LiveConnection? _lastLive;
    /// <summary>
    /// Connections and message facts whose connection ended, reused by later ones: a long capture's thousands of short
    /// connections cost their counters, not a fresh set of objects each (bounded: a burst's peak is not kept for good).
    /// </summary>
    private readonly Stack<LiveConnection> _freeLive = new();
    private readonly Stack<MessageFacts> _freeMessages = new();
    private const int MaxFreeLive = 1024, MaxFreeMessages = 4096;
    private readonly List<string> _lineScratch = new();
    private readonly List<MessageFacts> _messageScratch = new(2);
    private readonly List<string> _handshakeScratch = new(2);
    /// <summary>Texts read lately: a value that repeats (GET, HTTP/1.1, a Host, a User-Agent, a URI) is one string, not one per message.</summary>
    private readonly RecentStrings _recentText = new();
    /// <summary>The last two texts of each field code (<see cref="Text"/>).</summary>
    private readonly string?[] _lastText = new string?[((int)Code.Data + 1) * 2];
    private long _origin = long.MinValue;

    public AnalysisTap(AnalysisOptions options, KeyLog? keys = null)
    {
        _fields = new AnalysisFields(FieldCatalog.Shared);
        _builder = new ReportBuilder(options);
        _keys = keys;
        Options = options;
    }

    public AnalysisOptions Options { get; }

    /// <summary>Only the frames the display filter selects count (no EveryFrame); connections are read as they end.</summary>
    public TapNeeds Needs => TapNeeds.ConnectionsAsTheyEnd;

    public IReadOnlyCollection<FieldDef> Fields => _fields.Fields;

    /// <summary>The report, once the run has ended.</summary>
    public LabReport? Report { get; private set; }

    /// <summary>Connections open right now (memory follows this, not the capture's length).</summary>
    public int OpenConnections => _live.Count;

    public void OnFrame(PacketContext packet)
    {
        // Most frames carry only tcp.stream and tcp.flags: this walk reads those and leaves a frame with anything else
        // (HTTP, HTCPCP, TLS, data) to OnFrameWithOther at the first such field.
        var nodes = packet.Tree.Nodes;
        var codes = _fields.Codes;
        int streamNode = -1, flags = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref readonly var node = ref nodes[i];
            uint id = (uint)node.FieldId;
            if (id >= (uint)codes.Length)
                continue;
            var code = codes[id];
            if (code == Code.None)
                continue;
            if (code == Code.TcpStream)
            {
                if (streamNode < 0)
                    streamNode = i;
            }
            else if (code == Code.TcpFlags)
            {
                flags = (int)node.Number;
            }
            else
            {
                OnFrameWithOther(packet);
                return;
            }
        }
        if (streamNode >= 0)
            CountStream(packet, nodes, streamNode, flags);
    }

    private void CountStream(PacketContext packet, ReadOnlySpan<FieldNode> nodes, int streamNode, int flags)
    {
        long stream = Stream(nodes, streamNode);
        if (stream >= 0)
            Count(packet, stream, flags, other: false);
    }

    /// <summary>The connection's tcp.stream: the first one not quoted in an ICMP error (-1 when every one is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Stream(ReadOnlySpan<FieldNode> nodes, int streamNode)
    {
        if (!QuotedInIcmp(nodes, nodes[streamNode].Parent))
            return (long)nodes[streamNode].Number;
        for (int i = streamNode + 1; i < nodes.Length; i++)
            if (nodes[i].FieldId == nodes[streamNode].FieldId && !QuotedInIcmp(nodes, nodes[i].Parent))
                return (long)nodes[i].Number;
        return -1;
    }

    /// <summary>A frame with fields beyond tcp.stream and tcp.flags: each goes to ReadOther, whose state is reset after the frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnFrameWithOther(PacketContext packet)
    {
        var tree = packet.Tree;
        var nodes = tree.Nodes;
        var codes = _fields.Codes;
        long stream = -1;
        int flags = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            uint id = (uint)nodes[i].FieldId;
            var code = id < (uint)codes.Length ? codes[id] : Code.None;
            if (code == Code.None)
                continue;
            if (code == Code.TcpStream)
            {
                if (stream < 0 && !QuotedInIcmp(nodes, nodes[i].Parent))
                    stream = (long)nodes[i].Number;
            }
            else if (code == Code.TcpFlags)
            {
                flags = (int)nodes[i].Number;
            }
            else
            {
                ReadOther(packet, code, i);
            }
        }
        if (stream >= 0)
            Count(packet, stream, flags, other: true);
        ResetOther();
    }

    /// <summary>What a frame's fields other than tcp.stream and tcp.flags said; reset after each frame that had any.</summary>
    private bool _reused;
    private MessageFacts? _message;
    private List<MessageFacts>? _messages; // _messageScratch once a message begins
    private bool _inHtcpcp;
    private int _recordType = -1;
    private bool _recordPending;
    private long _appRecords, _appBytes;
    private List<string>? _tlsHandshakes;
    private string? _serverName;
    private int _dataNode = -1;

    private void ResetOther()
    {
        _reused = false;
        _message = null;
        _messages = null;
        _inHtcpcp = false;
        _recordType = -1;
        _recordPending = false;
        _appRecords = _appBytes = 0;
        _tlsHandshakes = null;
        _serverName = null;
        _dataNode = -1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadOther(PacketContext packet, Code code, int i)
    {
        var tree = packet.Tree;
        ref readonly var node = ref tree[i];
        var message = _message;
        switch (code)
        {
            case Code.TcpReusedPorts:
                _reused = true;
                break;
            case Code.Http:
            case Code.Htcpcp:
                message = null;
                _inHtcpcp = code == Code.Htcpcp;
                break;
            case Code.HttpRequest:
            case Code.HtcpcpRequest:
            case Code.HttpMethod:
            case Code.HtcpcpMethod:
                if (message is not { IsRequest: true })
                    message = Begin(packet.Frame.Number, request: true);
                if (code is Code.HttpMethod or Code.HtcpcpMethod)
                    message.Method = Text(code, tree, node, 64);
                break;
            case Code.HttpResponse:
            case Code.HtcpcpResponse:
            case Code.HttpResponseVersion:
            case Code.HtcpcpResponseVersion:
                if (message is not { IsResponse: true })
                    message = Begin(packet.Frame.Number, request: false);
                if (code is Code.HttpResponseVersion or Code.HtcpcpResponseVersion)
                    message.Version = Text(code, tree, node, 64);
                break;
            case Code.HttpUri:
            case Code.HtcpcpUri:
                if (message is not null) message.Uri = Text(code, tree, node);
                break;
            case Code.HttpRequestVersion:
            case Code.HtcpcpRequestVersion:
                if (message is not null) message.Version = Text(code, tree, node, 64);
                break;
            case Code.HttpCode:
            case Code.HtcpcpCode:
                message ??= Begin(packet.Frame.Number, request: false);
                message.Status = (int)node.Number;
                break;
            case Code.HttpPhrase:
            case Code.HtcpcpPhrase:
                if (message is not null) message.Phrase = Text(code, tree, node, 256);
                break;
            case Code.HttpHost: if (message is not null) message.Host = Text(code, tree, node, 256); break;
            case Code.HttpReferer: if (message is not null) message.Referer = Text(code, tree, node); break;
            case Code.HttpUserAgent: if (message is not null) message.UserAgent = Text(code, tree, node, 256); break;
            case Code.HttpCookie: if (message is not null) message.Cookie = Text(code, tree, node); break;
            case Code.HttpSetCookie:
                if (message is not null) MessageFacts.AddBounded(ref message.SetCookies, Text(code, tree, node));
                break;
            case Code.HttpAuthorization: if (message is not null) message.Authorization = Text(code, tree, node); break;
            case Code.HttpAuthBasic: if (message is not null) message.AuthBasic = Text(code, tree, node, 512); break;
            case Code.HttpLocation: if (message is not null) message.Location = Text(code, tree, node); break;
            case Code.HttpContentType:
            case Code.HtcpcpContentType:
                if (message is not null) message.ContentType = Text(code, tree, node, 256);
                break;
            case Code.Form:
                // Only form bodies are kept (decoded when urlencoded-form found no key): the bytes the form item covers are
                // the body http.file_data holds, read here so no other body is scanned as text (analyze asks for no file_data).
                if (message is { IsRequest: true } && IsForm(message.ContentType))
                    message.Body = AsciiText(tree.SourceBytes(node.Source).Slice(node.Offset, node.Length), MessageFacts.MaxBodyText);
                break;
            case Code.HttpChunkSize:
                if (message is not null && node.Number > 0) message.Chunks++;
                break;
            case Code.FormKey:
                if (message is not null) MessageFacts.AddBounded(ref message.FormKeys, Text(code, tree, node));
                break;
            case Code.FormValue:
                if (message is not null) MessageFacts.AddBounded(ref message.FormValues, Text(code, tree, node));
                break;
            case Code.HtcpcpAdditions:
                if (message is not null) MessageFacts.AddBounded(ref message.Additions, Text(code, tree, node, 128));
                break;
            case Code.HtcpcpPot: if (message is not null) message.Pot = Text(code, tree, node, 128); break;
            case Code.HtcpcpTea: if (message is not null) message.TeaVariety = Text(code, tree, node, 128); break;
            case Code.HtcpcpScheme: if (message is not null) message.Scheme = Text(code, tree, node, 64); break;
            case Code.HtcpcpBody: if (message is not null) message.Body = Text(code, tree, node, MessageFacts.MaxBodyText); break;
            case Code.TlsRecord:
                _recordPending = true;
                break;
            case Code.TlsContentType:
            case Code.TlsOpaqueType:
                if (_recordPending)
                {
                    _recordType = (int)node.Number;
                    _recordPending = false;
                }
                break;
            case Code.TlsRecordLength:
                if (_recordType == TlsNames.ApplicationData)
                {
                    _appRecords++;
                    _appBytes += (long)node.Number;
                }
                break;
            case Code.TlsHandshakeType:
                if (_tlsHandshakes is null)
                {
                    _tlsHandshakes = _handshakeScratch;
                    _tlsHandshakes.Clear();
                }
                if (_tlsHandshakes.Count < 8)
                    _tlsHandshakes.Add(HandshakeName(node.Number));
                break;
            case Code.TlsServerName:
                _serverName ??= Text(code, tree, node, 256);
                break;
            case Code.Data:
                if (_dataNode < 0)
                    _dataNode = i;
                break;
        }
        if (!ReferenceEquals(message, _message))
            _message = message; // most fields leave it as it was: no write barrier for them
    }

    /// <summary>Adds a frame of <paramref name="stream"/> to its connection: counts, arrows, and what <see cref="ReadOther"/> found.</summary>
    private void Count(PacketContext packet, long stream, int flags, bool other)
    {
        var frame = packet.Frame;
        if (_origin == long.MinValue)
            _origin = frame.Timestamp - packet.RelativeTime;
        var live = Live(stream, packet);
        bool fromA = packet.SourcePort == live.PortA && packet.NetworkSource.SequenceEqual(live.AddressA);
        long length = frame.OriginalLength;
        if (fromA) { live.FramesFromA++; live.BytesFromA += length; }
        else { live.FramesFromB++; live.BytesFromB += length; }
        long time = packet.RelativeTime;
        long number = frame.Number;
        if (live.FirstFrame == 0)
        {
            live.FirstFrame = number;
            live.FirstTime = time;
        }
        live.LastFrame = number;
        live.LastTime = time;

        bool syn = (flags & TcpSyn) != 0, ack = (flags & TcpAck) != 0;
        if (syn && !ack)
            Arrow(live, number, time, fromA, FlowArrowKind.Syn, "SYN");
        else if (syn)
        {
            live.SynAckFromA ??= fromA;
            Arrow(live, number, time, fromA, FlowArrowKind.SynAck, "SYN, ACK");
        }
        else if (ack && !live.HandshakeAckDrawn && live.SynAckFromA is { } synAckFromA && synAckFromA != fromA)
        {
            live.HandshakeAckDrawn = true;
            Arrow(live, number, time, fromA, FlowArrowKind.Ack, "ACK");
        }
        if (other)
            CountOther(packet, live, number, time, fromA);
        if ((flags & TcpFin) != 0)
            Arrow(live, number, time, fromA, FlowArrowKind.Fin, "FIN");
        if ((flags & TcpRst) != 0)
            Arrow(live, number, time, fromA, FlowArrowKind.Rst, "RST");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CountOther(PacketContext packet, LiveConnection live, long number, long time, bool fromA)
    {
        var tree = packet.Tree;
        if (_reused)
            live.ReusesPorts = true;
        if (_tlsHandshakes is not null)
            TlsHandshakes(live, number, time, fromA, _tlsHandshakes, _serverName);
        long appRecords = _appRecords, appBytes = _appBytes;
        if (appRecords > 0)
        {
            if (fromA) { live.TlsRecordsFromA += appRecords; live.TlsBytesFromA += appBytes; }
            else { live.TlsRecordsFromB += appRecords; live.TlsBytesFromB += appBytes; }
        }

        int dataNode = _dataNode;
        if (_messages is { } messages)
        {
            foreach (var m in messages)
            {
                live.AddMessage(m);
                if (m.IsRequest)
                {
                    live.RequestsFromA ??= fromA;
                    Arrow(live, number, time, fromA, FlowArrowKind.Request, null, m);
                }
                else
                {
                    Arrow(live, number, time, fromA, FlowArrowKind.Response, null, m);
                }
            }
        }
        else if (_tlsHandshakes is null && (dataNode >= 0 || appRecords > 0))
        {
            long bytes = appRecords > 0 ? appBytes : tree.ValueBytes(tree[dataNode]).Length;
            Arrow(live, number, time, fromA, FlowArrowKind.Data, appRecords > 0 ? "TLS Application Data" : "Data", null, bytes);
        }
        if (dataNode >= 0 && !live.PayloadIsBinary && live.PayloadLines.Count < LiveConnection.MaxPayloadLines)
            PayloadLines(live, number, fromA, tree.ValueBytes(tree[dataNode]));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string HandshakeName(ulong type)
        => TlsNames.HandshakeTypes.TryGetValue(type, out var name) ? name : $"Handshake type {type}";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void TlsHandshakes(LiveConnection live, long number, long time, bool fromA, List<string> handshakes, string? serverName)
    {
        if (handshakes.Contains("Client Hello") && live.ClientHelloFrame == 0)
            live.ClientHelloFrame = number;
        if (handshakes.Contains("Server Hello") && live.ServerHelloFrame == 0)
            live.ServerHelloFrame = number;
        string label = "TLS " + string.Join(", ", handshakes);
        if (serverName is not null)
            label += $" (SNI {serverName})";
        Arrow(live, number, time, fromA, FlowArrowKind.Tls, label);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PayloadLines(LiveConnection live, long number, bool fromA, ReadOnlySpan<byte> payload)
    {
        _lineScratch.Clear();
        if (TreeValues.TryLines(payload, MaxPayloadLine, _lineScratch, LiveConnection.MaxPayloadLines - live.PayloadLines.Count))
            foreach (var line in _lineScratch)
                live.PayloadLines.Add((number, fromA, line));
        else
            live.PayloadIsBinary = true;
    }

    public void OnConnectionEnd(TcpConversation conversation) => End(conversation);

    public void OnEnd(CaptureModel model)
    {
        foreach (var conversation in model.Tcp.All)
            End(conversation);
        _live.Clear();
        _lastLive = null;
        Report = _builder.Build(model, _origin == long.MinValue ? model.FirstTimestamp : _origin);
    }

    private void End(TcpConversation conversation)
    {
        if (!_live.Remove(conversation.Index, out var live))
            return; // no frame of it was selected
        if (_lastLive == live)
            _lastLive = null;
        long frames = live.FramesFromA + live.FramesFromB, bytes = live.BytesFromA + live.BytesFromB;
        if (!_builder.WouldKeep(conversation.Index, bytes))
        {
            // Too small to be listed: counted without building its rows.
            _builder.CountOmitted(frames, bytes, Math.Max(live.RequestMessages, live.ResponseMessages), live.Arrows.Count + live.ArrowsDropped);
        }
        else
        {
            _builder.Add(ConnectionAssembler.Assemble(conversation, live, Options, _keys, _origin == long.MinValue ? 0 : _origin));
        }
        // The kept rows hold copies (strings, counts, new lists), never the live connection or its lists.
        if (_freeLive.Count < MaxFreeLive)
        {
            live.Recycle(_freeMessages, MaxFreeMessages);
            _freeLive.Push(live);
        }
    }

    /// <summary>True for a TCP header an ICMP error quotes: it is not a segment of the connection (-z conv,tcp leaves it out too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool QuotedInIcmp(ReadOnlySpan<FieldNode> nodes, int parent)
    {
        int icmp = _fields.IcmpId, icmpv6 = _fields.Icmpv6Id;
        for (int depth = 0; (uint)parent < (uint)nodes.Length && depth < 16; depth++)
        {
            int id = nodes[parent].FieldId;
            if (id == icmp || id == icmpv6)
                return true;
            parent = nodes[parent].Parent;
        }
        return false;
    }

    private LiveConnection Live(long stream, PacketContext packet)
    {
        // Frames of one connection come in runs: the last one found answers most lookups.
        if (_lastLive is { } last && last.Stream == stream)
            return last;
        if (_live.TryGetValue(stream, out var live))
            return _lastLive = live;
        live = _freeLive.TryPop(out var free) ? free : new LiveConnection();
        live.Open(stream, packet.NetworkKind, packet.NetworkSource, packet.SourcePort, packet.NetworkDestination, packet.DestinationPort);
        _live[stream] = live;
        return _lastLive = live;
    }

    private MessageFacts Begin(long frame, bool request)
    {
        MessageFacts m;
        if (_freeMessages.TryPop(out var free))
        {
            m = free;
            m.Reset();
        }
        else
        {
            m = new MessageFacts();
        }
        m.Frame = frame;
        m.Htcpcp = _inHtcpcp;
        m.IsRequest = request;
        m.IsResponse = !request;
        if (_messages is null)
        {
            _messages = _messageScratch;
            _messages.Clear();
        }
        _messages.Add(m);
        return m;
    }

    /// <summary>
    /// A field's text, at most <paramref name="max"/> bytes of it. A field's value mostly repeats one of its last two
    /// (GET, HTTP/1.1, the Host, two URIs taking turns): those are checked first, then the run's recent strings; a new
    /// value is decoded once.
    /// </summary>
    private string Text(Code code, FieldTree tree, in FieldNode node, int max = TreeValues.MaxText)
    {
        var bytes = tree.ValueBytes(node);
        if (bytes.Length > max)
            bytes = bytes[..max];
        var last = _lastText;
        int slot = (int)code * 2;
        if (last[slot] is { } first && IsText(first, bytes))
            return first;
        if (last[slot + 1] is { } second && IsText(second, bytes))
            return second;
        var text = _recentText.Find(bytes) ?? _recentText.Remember(System.Text.Encoding.UTF8.GetString(bytes));
        last[slot + 1] = last[slot];
        last[slot] = text;
        return text;
    }

    /// <summary>True when <paramref name="bytes"/> are ASCII and spell <paramref name="text"/> (exactly what decoding them makes).</summary>
    private static bool IsText(string text, ReadOnlySpan<byte> bytes)
        => text.Length == bytes.Length && System.Text.Ascii.Equals(bytes, text);

    /// <summary>
    /// Protocol text as an ENC_ASCII string field holds it (up to a NUL, bytes above 0x7F as U+FFFD), cut to
    /// <paramref name="max"/> bytes of its UTF-8 form: what <see cref="Text"/> reads from such a field.
    /// </summary>
    private string AsciiText(ReadOnlySpan<byte> raw, int max)
    {
        if (DisplayText.IsPlainAscii(raw))
        {
            var text = raw.Length > max ? raw[..max] : raw;
            return _recentText.Find(text) ?? _recentText.Remember(System.Text.Encoding.ASCII.GetString(text));
        }
        var chars = new char[raw.Length];
        int count = DisplayText.AsciiValue(raw, chars);
        var utf8 = System.Text.Encoding.UTF8.GetBytes(chars, 0, count);
        return System.Text.Encoding.UTF8.GetString(utf8, 0, Math.Min(utf8.Length, max));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Arrow(LiveConnection live, long frame, long time, bool fromA, FlowArrowKind kind, string? text, MessageFacts? message = null, long bytes = 0)
    {
        if (live.Arrows.Count >= Options.Limits.MaxArrowsPerConnection)
        {
            live.ArrowsDropped++;
            return;
        }
        live.Arrows.Add(new FlowArrowDraft(frame, time, fromA, kind, text, message, bytes));
    }

    internal static bool IsForm(string? contentType)
        => contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
