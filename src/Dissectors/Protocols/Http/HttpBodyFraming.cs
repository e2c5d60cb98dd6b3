namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>A message's body framing: its kind and, for <see cref="HttpBodyKind.ContentLength"/>, the length.</summary>
public readonly record struct HttpBodyFraming(HttpBodyKind Kind, long ContentLength = 0)
{
    public static HttpBodyFraming None => new(HttpBodyKind.None);
    public static HttpBodyFraming Chunked => new(HttpBodyKind.Chunked);
    public static HttpBodyFraming UntilClose => new(HttpBodyKind.UntilClose);
    public static HttpBodyFraming Unframed => new(HttpBodyKind.Unframed);

    public static HttpBodyFraming Length(long bytes) => new(HttpBodyKind.ContentLength, bytes);

    /// <summary>"Content-Length 5", "chunked", "until close", "unframed (no Content-Length)", "none".</summary>
    public override string ToString() => Kind switch
    {
        HttpBodyKind.ContentLength => $"Content-Length {ContentLength}",
        HttpBodyKind.Chunked => "chunked",
        HttpBodyKind.UntilClose => "until close",
        HttpBodyKind.Unframed => "unframed (no Content-Length)",
        _ => "none",
    };
}
