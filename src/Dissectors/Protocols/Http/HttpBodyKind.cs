namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>How an HTTP-style message says where its body ends (RFC 9112 §6.3).</summary>
public enum HttpBodyKind : byte
{
    /// <summary>No body: a request without Content-Length or Transfer-Encoding, a HEAD response, 1xx, 204, 304, 2xx to CONNECT.</summary>
    None,
    /// <summary>Exactly Content-Length bytes.</summary>
    ContentLength,
    /// <summary>Chunked transfer coding.</summary>
    Chunked,
    /// <summary>A response with neither: the body runs until the server closes the connection.</summary>
    UntilClose,
    /// <summary>
    /// A request with neither Content-Length nor Transfer-Encoding (so, by RFC 9112, no body) followed, in the same
    /// segments, by bytes that start no message: they are shown as its body (<see cref="HttpDialect.UnframedRequestBody"/>).
    /// </summary>
    Unframed,
}
