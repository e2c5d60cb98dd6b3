using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// HTTP's expert items. The first group are tshark 4.0's own (same abbreviation, group, severity and
/// message); the last three are Sniffer's, for things tshark passes over in silence.
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

    /// <summary>Sniffer: the stream ended (FIN, RST or end of capture) before the message did; what there was is shown.</summary>
    public static readonly ExpertDef MessageTruncated = new("http.message_truncated", ExpertGroup.Malformed, ExpertSeverity.Warning,
        "The stream ended before this HTTP message was complete");

    /// <summary>
    /// Sniffer: a final response that tshark's pairing leaves without a request (http.request_in empty): the latest
    /// request of the conversation already had its response, or there was none.
    /// </summary>
    public static readonly ExpertDef ResponseWithoutRequest = new("http.response_without_request", ExpertGroup.Sequence, ExpertSeverity.Note,
        "Response without a request: no request in this conversation is waiting for one");

    /// <summary>Sniffer: a chunk size line that is not a hexadecimal number, or a chunk larger than 2 GiB.</summary>
    public static readonly ExpertDef BadChunkSize = new("http.bad_chunk_size", ExpertGroup.Malformed, ExpertSeverity.Error,
        "Chunk size line is not a usable hexadecimal size");

    /// <summary>Sniffer: a chunked body had more chunks than http.max_chunks_shown; the rest are dechunked but not listed.</summary>
    public static readonly ExpertDef ChunksNotShown = new("http.chunks_not_shown", ExpertGroup.Undecoded, ExpertSeverity.Note,
        "More chunks than the preference http.max_chunks_shown allows were not listed");

    /// <summary>Sniffer: a compressed body expanded past http.max_uncompressed_body; what follows is not shown.</summary>
    public static readonly ExpertDef UncompressedBodyLimit = new("http.uncompressed_body_limit", ExpertGroup.Undecoded, ExpertSeverity.Warning,
        "The uncompressed body was cut at the preference http.max_uncompressed_body");
}
