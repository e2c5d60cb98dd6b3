namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// What sets one HTTP-style protocol apart when its messages are framed (RFC 9112's grammar otherwise): which first
/// lines start a message — its methods and versions — and the habits of its peers that the framer allows for. HTTP
/// and HTCPCP are two instances; <see cref="HttpStyleFramer"/> and <see cref="HttpStyleDissector"/> read nothing else.
/// </summary>
public abstract class HttpDialect
{
    /// <summary>Request, Notification or Response for a whole first line (without its terminator); Other when it starts no message.</summary>
    public abstract HttpMessageKind Classify(ReadOnlySpan<byte> firstLine);

    /// <summary>
    /// True while the start of a line whose end has not arrived could still become a request or status line of this
    /// protocol (a method and its space, or a version, or a prefix of one). Used only where bytes would otherwise be
    /// claimed as an unframed body, so it looks at a handful of bytes.
    /// </summary>
    public virtual bool MayBecomeStartLine(ReadOnlySpan<byte> partialLine) => false;

    /// <summary>
    /// A line with no colon ends the header block and is the body's first line (the lab coffee pot starts its body
    /// without the blank line). False for HTTP, where only a blank line ends the block and other lines are malformed headers.
    /// </summary>
    public bool NonHeaderLineEndsHeaders { get; init; }

    /// <summary>
    /// A request with neither Content-Length nor Transfer-Encoding has no body by RFC 9112 §6.3, so it ends with its
    /// header block; when set, the bytes that arrived with it after that block, up to the next start line, are kept as
    /// its unframed body (the lab's clients send "start" so) instead of becoming a separate "Continuation".
    /// </summary>
    public bool UnframedRequestBody { get; init; }
}
