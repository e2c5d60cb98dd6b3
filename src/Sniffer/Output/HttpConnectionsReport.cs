using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// Sniffer's <c>-z http,connections</c>: for every TCP connection that carried HTTP or HTCPCP, the ports, the
/// three handshake frames, each request with its response and body framing (Content-Length or chunked),
/// and the persistence verdict with its evidence — the answers a lab sheet asks for, read from the
/// conversation model the dissectors built (no bytes are parsed here).
/// </summary>
public sealed class HttpConnectionsReport(TextWriter output) : ITap
{
    /// <summary>A report on every connection at the end: they are all kept; no frame is read.</summary>
    public TapNeeds Needs => TapNeeds.Connections | TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields => [];
    public void OnFrame(PacketContext packet) { }
    public void OnEnd(CaptureModel model) => Write(output, model.Tcp);

    public static void Write(TextWriter output, TcpConversationTable conversations)
    {
        var sb = new StringBuilder();
        sb.Append('=', 80).Append('\n');
        sb.Append("HTTP Connections\n");
        int shown = 0;
        foreach (var c in conversations.All)
        {
            // HTTP's (or HTCPCP's) records on this connection, whether it ran on TCP or inside decrypted TLS.
            var http = HttpDissector.ConversationOf(c.State) ?? HtcpcpDissector.ConversationOf(c.State);
            if (http is null || (!http.SawHttp && http.Transactions.Count == 0))
                continue;
            shown++;
            string protocol = c.State.Find<Dissectors.Protocols.Tls.TlsSession>() is not null
                ? (c.Dissector?.Protocol.ShortName == "TLS" ? "HTTP over TLS" : c.Dissector?.Protocol.ShortName ?? "HTTP")
                : c.Dissector?.Protocol.ShortName ?? "HTTP";
            sb.Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"tcp.stream {c.Index}: {protocol}, client port {c.State.ClientPort} -> server port {c.State.ServerPort}\n");
            sb.Append("  handshake: ").Append(Handshake(c)).Append('\n');
            foreach (var t in http.Transactions)
                AppendExchange(sb, t);
            var close = new TcpCloseInfo(
                c.FirstFinFrame != 0 ? c.FirstFinDirection : null, c.FirstFinFrame != 0 ? c.FirstFinFrame : null,
                c.RstFrame != 0 ? c.RstDirection : null, c.RstFrame != 0 ? c.RstFrame : null);
            var decision = HttpPersistence.Decide(http.Transactions, close);
            sb.Append("  verdict: ").Append(Describe(decision.Verdict)).Append('\n');
            foreach (var line in decision.Evidence)
                sb.Append("    - ").Append(line).Append('\n');
        }
        if (shown == 0)
            sb.Append("\nNo HTTP or HTCPCP connection in this capture.\n");
        sb.Append('=', 80).Append('\n');
        output.Write(sb.ToString());
    }

    /// <summary>
    /// One record of the connection's pairing: the request and its response on one line, each with the frame that
    /// completed it (where it is reported); then, for a message whose first byte came in an earlier frame, the frame it
    /// started in and why it ended where it did, so a "200 OK" on an empty FIN segment explains itself.
    /// </summary>
    private static void AppendExchange(StringBuilder sb, HttpTransaction t)
    {
        sb.Append("  ").Append(t.Method ?? "(no request)").Append(' ').Append(t.Uri ?? "").Append(' ').Append(t.RequestVersion ?? "");
        sb.Append(t.RequestFrame is { } rf ? $" [frame {rf}]" : "");
        if (t.HasResponse)
        {
            sb.Append(CultureInfo.InvariantCulture, $" -> {t.StatusCode} {t.ReasonPhrase} [frame {t.ResponseFrame}]");
            if (t.ResponseIsInterim)
                sb.Append(" (interim)");
            else
                sb.Append(", body: ").Append(t.ResponseBody.ToString());
            if (t.ContentType is { } type)
                sb.Append(", ").Append(type);
        }
        else
        {
            sb.Append(" -> no response");
        }
        if (t.RequestBody.Kind is HttpBodyKind.Unframed)
            sb.Append(", request body: ").Append(t.RequestBody.ToString());
        sb.Append('\n');
        if (t.HasRequest && t.RequestFirstFrame is { } requestStart && requestStart != t.RequestFrame)
            sb.Append(CultureInfo.InvariantCulture, $"    request starts in frame {requestStart} and is reported on frame {t.RequestFrame}, {WhyItEnds(t.RequestBody, isResponse: false)}\n");
        if (t.HasResponse && t.ResponseFirstFrame is { } responseStart && responseStart != t.ResponseFrame)
            sb.Append(CultureInfo.InvariantCulture, $"    response starts in frame {responseStart} and is reported on frame {t.ResponseFrame}, {WhyItEnds(t.ResponseBody, isResponse: true)}\n");
        if (t.HasResponse && !t.HasRequest && !t.ResponseIsInterim)
            sb.Append("    no request waiting for it: as tshark, a response is paired with the latest request, and that one was answered already (or none came)\n");
    }

    private static string WhyItEnds(HttpBodyFraming body, bool isResponse) => body.Kind switch
    {
        HttpBodyKind.UntilClose when isResponse => "the frame where the server closed (FIN): its body has no Content-Length, so it ends with the connection",
        HttpBodyKind.UntilClose => "the frame where the client closed: its body runs until the connection ends",
        HttpBodyKind.ContentLength => $"where the last of its {body.ContentLength}-byte body arrived",
        HttpBodyKind.Chunked => "where its last chunk arrived",
        _ => "where the rest of its headers arrived",
    };

    private static string Handshake(TcpConversation c)
    {
        if (c.SynFrame == 0)
            return "not captured (the capture started after the connection opened)";
        var parts = new List<string> { $"SYN frame {c.SynFrame}" };
        parts.Add(c.SynAckFrame != 0 ? $"SYN-ACK frame {c.SynAckFrame}" : "no SYN-ACK");
        parts.Add(c.HandshakeAckFrame != 0 ? $"ACK frame {c.HandshakeAckFrame}" : "no ACK");
        return string.Join(", ", parts);
    }

    private static string Describe(HttpPersistenceVerdict verdict) => verdict switch
    {
        HttpPersistenceVerdict.Persistent => "persistent",
        HttpPersistenceVerdict.ClosedByServerAfterResponse => "closed by the server after the response",
        HttpPersistenceVerdict.ClosedByClient => "closed by the client",
        HttpPersistenceVerdict.NoResponse => "no response",
        _ => "no HTTP exchange",
    };
}
