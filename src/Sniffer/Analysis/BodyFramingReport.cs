namespace Sniffer.Analysis;

/// <summary>How a response body was delimited: "content-length" (with its length), "chunked" (with its chunk count), "until-close" (the server closed the connection to end it) or "none".</summary>
public sealed record BodyFramingReport(string Kind, long? Length, int? Chunks)
{
    public override string ToString() => Kind switch
    {
        "content-length" => $"Content-Length {Length}",
        "chunked" => Chunks is { } k ? $"chunked in {k} chunk{(k == 1 ? "" : "s")}" : "chunked",
        "until-close" => "until close",
        _ => "none",
    };
}
