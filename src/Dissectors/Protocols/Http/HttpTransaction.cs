namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// One record of a connection's request/response pairing (<see cref="HttpPairing"/>, tshark's rule): a request and
/// the response tshark pairs with it, or a response alone. Each message names the frame where its first byte came
/// and the frame that completed it (where it is reported), so a report can say why "200 OK" sits on an empty FIN
/// segment. The analysis reads these; it never re-parses bytes.
/// </summary>
public sealed class HttpTransaction
{
    /// <summary>The frame that completed the request (where it is reported), or null for a response without a request.</summary>
    public long? RequestFrame { get; internal set; }
    /// <summary>The frame that carried the request's first byte.</summary>
    public long? RequestFirstFrame { get; internal set; }
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

    /// <summary>The frame that completed the response (where it is reported), or null when none came.</summary>
    public long? ResponseFrame { get; internal set; }
    /// <summary>The frame that carried the response's first byte.</summary>
    public long? ResponseFirstFrame { get; internal set; }
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

    public bool HasRequest => RequestFrame is not null;
    public bool HasResponse => ResponseFrame is not null;

    /// <summary>True when the response is a 1xx other than 101 (100 Continue, 103 Early Hints): not the request's final answer.</summary>
    public bool ResponseIsInterim => StatusCode is >= 100 and < 200 and not 101;

    private List<HttpContentRange>? _contentRanges;

    /// <summary>Limit on recorded ranges per transaction, so hostile input cannot grow them without bound.</summary>
    internal const int MaxListedItems = 64;

    internal void AddContentRange(HttpContentRange range)
    {
        _contentRanges ??= new List<HttpContentRange>(2);
        if (_contentRanges.Count < MaxListedItems)
            _contentRanges.Add(range);
    }

    public override string ToString()
        => $"{Method ?? "?"} {Uri ?? "?"} {RequestVersion} (frame {RequestFrame?.ToString() ?? "-"}) -> {StatusCode?.ToString() ?? "no response"} (frame {ResponseFrame?.ToString() ?? "-"})";
}
