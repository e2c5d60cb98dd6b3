using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// The tokens of a request line (method, request-target, version) or status line (version, code, reason
/// phrase), as offsets into the line. Split the way Wireshark's basic_request_dissector and
/// basic_response_dissector split them: the version of a request and the phrase of a response are the rest
/// of the line, spaces included.
/// </summary>
public readonly record struct HttpStartLine(
    HttpMessageKind Kind,
    int FirstStart, int FirstLength,
    int SecondStart, int SecondLength,
    int RestStart, int RestLength,
    int StatusCode)
{
    /// <summary>Method (request) or version (response).</summary>
    public ReadOnlySpan<byte> First(ReadOnlySpan<byte> line) => line.Slice(FirstStart, FirstLength);

    /// <summary>Request-target (request) or the status code's characters (response).</summary>
    public ReadOnlySpan<byte> Second(ReadOnlySpan<byte> line) => line.Slice(SecondStart, SecondLength);

    /// <summary>Version (request) or reason phrase (response).</summary>
    public ReadOnlySpan<byte> Rest(ReadOnlySpan<byte> line) => line.Slice(RestStart, RestLength);

    /// <summary>True when the status line has a code (three or more characters in the second token).</summary>
    public bool HasStatusCode => Kind == HttpMessageKind.Response && SecondLength >= 3;

    /// <summary>Splits <paramref name="line"/> (no terminator) once its kind is known.</summary>
    public static HttpStartLine Parse(ReadOnlySpan<byte> line, HttpMessageKind kind)
    {
        if (kind is HttpMessageKind.Request or HttpMessageKind.Notification)
        {
            int methodLength = StartLineTokens.TokenLength(line, 0, out int next);
            if (methodLength == 0)
                return new HttpStartLine(kind, 0, 0, 0, 0, 0, 0, 0);
            // Two spaces after the method mean an empty request-target (Wireshark rolls back one space).
            if (next > 2 && line[next - 1] == TextBytes.Space && line[next - 2] == TextBytes.Space)
                next--;
            int uriStart = next;
            int uriLength = StartLineTokens.TokenLength(line, uriStart, out int afterUri);
            int versionStart = Math.Min(afterUri, line.Length);
            return new HttpStartLine(kind, 0, methodLength, uriStart, uriLength, versionStart, line.Length - versionStart, 0);
        }
        if (kind == HttpMessageKind.Response)
        {
            int versionLength = StartLineTokens.TokenLength(line, 0, out int next);
            if (versionLength == 0)
                return new HttpStartLine(kind, 0, 0, 0, 0, 0, 0, 0);
            int codeLength = StartLineTokens.TokenLength(line, next, out int afterCode);
            if (codeLength < 3)
                return new HttpStartLine(kind, 0, versionLength, next, codeLength, line.Length, 0, 0);
            int code = LeadingNumber(line.Slice(next, 3));
            int phraseStart = Math.Min(afterCode, line.Length);
            return new HttpStartLine(kind, 0, versionLength, next, codeLength, phraseStart, line.Length - phraseStart, code);
        }
        return new HttpStartLine(kind, 0, 0, 0, 0, 0, 0, 0);
    }

    /// <summary>
    /// The status code used to decide whether a response has a body: exactly three characters that read as a
    /// number, otherwise 0 (Wireshark's parse_http_status_code).
    /// </summary>
    public int FramingStatusCode(ReadOnlySpan<byte> line)
    {
        if (Kind != HttpMessageKind.Response || SecondLength != 3)
            return 0;
        return TextBytes.TryParseDecimal(Second(line), out long code) == NumberStatus.Ok ? (int)code : 0;
    }

    /// <summary>The value strtoul gives for the first three characters: the digits they begin with.</summary>
    private static int LeadingNumber(ReadOnlySpan<byte> three)
    {
        int value = 0;
        foreach (byte b in three)
        {
            int digit = b - '0';
            if ((uint)digit > 9)
                break;
            value = value * 10 + digit;
        }
        return value;
    }
}
