using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// HTTP/1.x over a TCP byte stream (or over decrypted TLS data), written field for field as tshark 4.0 does. Framing,
/// pairing and the writer's order are <see cref="HttpStyleDissector"/>'s, shared with HTCPCP; this class adds HTTP's
/// own fields (the header table, URI query, cookies, credentials, numbering) and its body (dechunked, decompressed,
/// multipart).
/// </summary>
public sealed partial class HttpDissector : HttpStyleDissector
{
    /// <summary>Key of HTTP's slot in <see cref="ConversationState"/>, shared by every instance (declared first: the instances below need it).</summary>
    private static readonly object StateKey = new();

    /// <summary>The dissector for HTTP straight over TCP, with tshark's default preferences.</summary>
    public static HttpDissector OverTcp { get; } = new(carriedInTls: false);

    /// <summary>The dissector for HTTP inside decrypted TLS (full URIs say https, no unencrypted-port warning).</summary>
    public static HttpDissector OverTls { get; } = new(carriedInTls: true);

    /// <summary>How far into the first bytes the heuristic looks for the end of the first line.</summary>
    private const int HeuristicLineLimit = 4096;

    private readonly bool _carriedInTls;
    private readonly HttpOptions _options;
    private readonly ProtocolDef _shownAs;

    /// <param name="shownAs">The protocol item messages are shown under: HTTP, or SSDP (HTTP over UDP, with http.* fields).</param>
    public HttpDissector(bool carriedInTls = false, HttpOptions? options = null, ProtocolDef? shownAs = null)
        : base(Http1Dialect.Instance, StateKey)
    {
        _carriedInTls = carriedInTls;
        _options = options ?? HttpOptions.Default;
        _shownAs = shownAs ?? HttpFields.Protocol;
    }

    public override ProtocolDef Protocol => _shownAs;

    /// <summary>
    /// None: packet-http.c notes neither a message cut by the stream's end nor a response no request waits for (it pairs
    /// the response silently, or leaves http.request_in empty); the transaction records keep both for the analysis.
    /// </summary>
    protected override ExpertDef? MessageTruncatedExpert => null;

    /// <inheritdoc cref="MessageTruncatedExpert"/>
    protected override ExpertDef? ResponseWithoutRequestExpert => null;

    protected override FieldDef? ResponseInField => HttpFields.ResponseIn;

    protected override FieldDef? NextRequestInField => HttpFields.NextRequestIn;

    protected override FieldDef? NextResponseInField => HttpFields.NextResponseIn;

    /// <inheritdoc />
    protected override bool SwallowsBytesBeforeFirstMessage => true;

    /// <summary>
    /// The HTTP state of a TCP conversation, whether HTTP runs on it or inside the TLS it carries (for the reports;
    /// creates nothing).
    /// </summary>
    public static HttpConversation? ConversationOf(ConversationState conversation) => Find(conversation, HttpFields.Protocol);

    /// <summary>
    /// True when the first line starts with "HTTP/1." or with a known method and a space, or ends with
    /// "HTTP/1.x" (Wireshark's heuristic). Lines that are HTCPCP's (an "HTCPCP/" version) are left to it.
    /// </summary>
    public override bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction)
    {
        if (firstBytes.StartsWith("HTTP/1."u8))
            return true;
        var head = firstBytes[..Math.Min(firstBytes.Length, HeuristicLineLimit)];
        int lineEnd = head.IndexOfAny(TextBytes.Cr, TextBytes.Lf);
        var line = lineEnd < 0 ? head : head[..lineEnd];
        int space = line.IndexOf(TextBytes.Space);
        if (space > 0 && HttpMethods.ClassifyMethod(line[..space]) != HttpMessageKind.Other)
            return line.IndexOf("HTCPCP"u8) < 0;
        return lineEnd > 8 && line[^8..^1].SequenceEqual("HTTP/1."u8);
    }

    /// <summary>
    /// tshark's "Continuation": bytes that start with printable text are HTTP's file data and then, no media type naming
    /// them, the data protocol's under HTTP; other bytes are data under HTTP only.
    /// </summary>
    protected override void WriteContinuation(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int offset = side.PduSourceOffset;
        packet.Columns.Protocol = HttpFields.Protocol.ColumnName;
        packet.AddProtocolName(HttpFields.Protocol.Abbrev);
        packet.Columns.Info.Set("Continuation");
        int http = tree.AddNode(-1, HttpFields.Protocol, source, offset, pdu.Length);
        if (!pdu.IsEmpty && TextBytes.IsPrintable(pdu[0]))
        {
            int node = TextTree.AddAsciiValue(tree, http, HttpFields.FileData, source, offset, pdu);
            HttpBodyWriter.SetCountText(tree, node, "File Data: ", pdu.Length, " bytes");
            CommonFields.AddData(packet, http, source, offset, pdu.Length);
        }
        else if (!pdu.IsEmpty)
        {
            int data = tree.AddNode(http, CommonFields.DataProtocol, source, offset, pdu.Length);
            tree.AddBytesInPlace(data, CommonFields.Data, source, offset, pdu.Length);
            tree.Add(data, CommonFields.DataLength, source, offset, 0, (ulong)pdu.Length, NodeFlags.Generated);
        }
        packet.Columns.Info.SetFence();
    }
}
