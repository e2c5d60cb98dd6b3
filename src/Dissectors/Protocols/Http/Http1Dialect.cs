namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>HTTP/1.x itself: tshark 4.0's methods and status-line prefixes, only a blank line ends the headers.</summary>
public sealed class Http1Dialect : HttpDialect
{
    public static Http1Dialect Instance { get; } = new();

    private Http1Dialect()
    {
    }

    public override HttpMessageKind Classify(ReadOnlySpan<byte> firstLine) => HttpMethods.Classify(firstLine, out _);
}
