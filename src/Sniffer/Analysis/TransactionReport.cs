namespace Sniffer.Analysis;

/// <summary>
/// One request and its response (HTTP or HTCPCP, plain or inside decrypted TLS), with what the field tree and the
/// dissector's record say about it, and where it sits: under the request a server was serving when it made this one
/// (<see cref="ParentId"/>), or under the page it is an asset of (<see cref="Asset"/>).
/// </summary>
public sealed record TransactionReport
{
    public required int Id { get; init; }
    public required long Stream { get; init; }
    public required string Protocol { get; init; }
    /// <summary>True when the messages travelled inside TLS (read with the key log).</summary>
    public bool InsideTls { get; init; }
    public required string Client { get; init; }
    public required string Server { get; init; }

    /// <summary>The frame that completed the request (where tshark reports it).</summary>
    public long? RequestFrame { get; init; }
    /// <summary>The frame carrying the request's first byte; earlier than <see cref="RequestFrame"/> when it spanned segments.</summary>
    public long? RequestFirstFrame { get; init; }
    /// <summary>Seconds since the first frame of the capture.</summary>
    public double? RequestTime { get; init; }
    public string? Method { get; init; }
    public string? Uri { get; init; }
    public string? Path { get; init; }
    public IReadOnlyList<NameValue> Query { get; init; } = [];
    public IReadOnlyList<NameValue> Form { get; init; } = [];
    public string? Version { get; init; }
    public string? Host { get; init; }
    public string? Referer { get; init; }
    public string? UserAgent { get; init; }
    public string? Range { get; init; }
    public IReadOnlyList<NameValue> Cookies { get; init; } = [];
    public AuthorizationReport? Authorization { get; init; }

    /// <summary>
    /// The frame that completed the response, where tshark reports it: for a body without length (until the server
    /// closes), the server's FIN frame, which may carry no data at all.
    /// </summary>
    public long? ResponseFrame { get; init; }
    /// <summary>The frame carrying the response's first byte.</summary>
    public long? ResponseFirstFrame { get; init; }
    public double? ResponseTime { get; init; }
    public int? Status { get; init; }
    public string? Phrase { get; init; }
    public string? ResponseVersion { get; init; }
    public string? ContentType { get; init; }
    public BodyFramingReport? Framing { get; init; }
    public IReadOnlyList<string> ContentRanges { get; init; } = [];
    public IReadOnlyList<CookieReport> SetCookies { get; init; } = [];
    public string? Location { get; init; }
    public double? TimeToResponseMs { get; init; }
    public HtcpcpReport? Htcpcp { get; init; }

    /// <summary>The request the server of this request's client was serving when it sent this one (nesting), or null.</summary>
    public int? ParentId { get; init; }
    /// <summary>True for an HTML page (its assets group under it).</summary>
    public bool IsPage { get; init; }
    public AssetReport? Asset { get; init; }

    /// <summary>"GET /index.html HTTP/1.1".</summary>
    public string RequestLine => Method is null ? "(no request)" : $"{Method} {Uri} {Version}".TrimEnd();
    public string StatusLine => Status is { } s ? $"{s} {Phrase}".TrimEnd() : "(no response)";
}
