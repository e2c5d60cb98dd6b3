using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// HTTP's expert items: tshark 4.0's own (packet-http.c: same abbreviation, group, severity and message), and no others —
/// what tshark passes over in silence (a response without a request, a message cut by the stream's end, a bad chunk
/// size) leaves no note in the tree either; the records of the connection model keep it for the analysis report.
/// </summary>
public static class HttpExperts
{
    /// <summary>The request or status line, as a chat item (its text is the line itself).</summary>
    public static readonly ExpertDef Chat = new("http.chat", ExpertGroup.Sequence, ExpertSeverity.Chat, "Formatted text");

    public static readonly ExpertDef TeAndLength = new("http.te_and_length", ExpertGroup.Malformed, ExpertSeverity.Warning,
        "The Content-Length and Transfer-Encoding header must not be set together");

    public static readonly ExpertDef TeUnknown = new("http.te_unknown", ExpertGroup.Undecoded, ExpertSeverity.Warning,
        "Unknown transfer coding name in Transfer-Encoding header");

    public static readonly ExpertDef TlsPort = new("http.tls_port", ExpertGroup.Security, ExpertSeverity.Warning,
        "Unencrypted HTTP protocol detected over encrypted port, could indicate a dangerous misconfiguration.");

    public static readonly ExpertDef LeadingCrlf = new("http.leading_crlf", ExpertGroup.Malformed, ExpertSeverity.Error,
        "Leading CRLF previous message in the stream may have extra CRLF");

    public static readonly ExpertDef BadHeaderName = new("http.bad_header_name", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "Illegal characters found in header name");

    public static readonly ExpertDef DecompressionFailed = new("http.decompression_failed", ExpertGroup.Undecoded, ExpertSeverity.Warning,
        "Decompression failed");
}
