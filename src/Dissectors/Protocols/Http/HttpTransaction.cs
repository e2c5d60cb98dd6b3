namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// One request and the final response that answered it, matched first-in first-out per connection
/// (RFC 9112 §9.3.2: responses come in request order, 1xx interim responses do not consume the request).
/// A response with no request waiting has a null <see cref="RequestFrame"/>. The analysis reads these;
/// it never re-parses bytes.
/// </summary>
public sealed class HttpTransaction
{
    public long? RequestFrame { get; internal set; }
    /// <summary>Absolute time (ns since the epoch) of the frame that completed the request.</summary>
    public long? RequestTime { get; internal set; }
    public string? Method { get; internal set; }
    public string? Uri { get; internal set; }
    public string? RequestVersion { get; internal set; }
    public string? Host { get; internal set; }
    /// <summary>The request's Connection header as sent, or null when it had none.</summary>
    public string? RequestConnection { get; internal set; }
    /// <summary>The request's Range header ("bytes=0-99"), or null.</summary>
    public string? Range { get; internal set; }
    public HttpBodyFraming RequestBody { get; internal set; }
    /// <summary>True when the stream ended before the request was complete.</summary>
    public bool RequestTruncated { get; internal set; }

    public long? ResponseFrame { get; internal set; }
    public long? ResponseTime { get; internal set; }
    public int? StatusCode { get; internal set; }
    public string? ReasonPhrase { get; internal set; }
    public string? ResponseVersion { get; internal set; }
    /// <summary>The response's Connection header as sent, or null when it had none.</summary>
    public string? ResponseConnection { get; internal set; }
    public string? ContentType { get; internal set; }
    public HttpBodyFraming ResponseBody { get; internal set; }
    public bool ResponseTruncated { get; internal set; }

    /// <summary>The Content-Range of a 206 or 416, or of each part of a multipart/byteranges body, in order.</summary>
    public IReadOnlyList<HttpContentRange> ContentRanges => _contentRanges ?? (IReadOnlyList<HttpContentRange>)[];

    /// <summary>1xx responses that came before the final one.</summary>
    public IReadOnlyList<HttpInterimResponse> InterimResponses => _interim ?? (IReadOnlyList<HttpInterimResponse>)[];

    public bool HasRequest => RequestFrame is not null;
    public bool HasResponse => ResponseFrame is not null;

    private List<HttpContentRange>? _contentRanges;
    private List<HttpInterimResponse>? _interim;

    /// <summary>Limit on recorded ranges and interim responses per transaction, so hostile input cannot grow them without bound.</summary>
    internal const int MaxListedItems = 64;

    internal void AddContentRange(HttpContentRange range)
    {
        _contentRanges ??= new List<HttpContentRange>(2);
        if (_contentRanges.Count < MaxListedItems)
            _contentRanges.Add(range);
    }

    internal void AddInterimResponse(HttpInterimResponse interim)
    {
        _interim ??= new List<HttpInterimResponse>(1);
        if (_interim.Count < MaxListedItems)
            _interim.Add(interim);
    }

    public override string ToString()
        => $"{Method ?? "?"} {Uri ?? "?"} {RequestVersion} (frame {RequestFrame?.ToString() ?? "-"}) -> {StatusCode?.ToString() ?? "no response"} (frame {ResponseFrame?.ToString() ?? "-"})";
}
