namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>How an HTTP message says where its body ends (RFC 9112 §6.3).</summary>
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
    /// HTCPCP only: no length given and the body is one line, either straight after the headers with no
    /// blank line (as the lab server sends it) or after the blank line of a request.
    /// </summary>
    OneLine,
}
