using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// A Content-Range value (RFC 9110 §14.4): "bytes 0-3/100", "bytes 10-13/*", or for a 416 "bytes */100".
/// <see cref="First"/> and <see cref="Last"/> are null in the unsatisfied form, <see cref="CompleteLength"/>
/// when the length is unknown ("*").
/// </summary>
public readonly record struct HttpContentRange(string Unit, long? First, long? Last, long? CompleteLength)
{
    public bool IsUnsatisfied => First is null;

    public override string ToString()
        => $"{Unit} {(First is null ? "*" : $"{First}-{Last}")}/{(CompleteLength is null ? "*" : CompleteLength.ToString())}";

    /// <summary>Reads a Content-Range value; false when it does not follow the grammar.</summary>
    public static bool TryParse(ReadOnlySpan<byte> value, out HttpContentRange range)
    {
        range = default;
        value = TextBytes.TrimBlanks(value);
        int space = value.IndexOf(TextBytes.Space);
        if (space <= 0)
            return false;
        string unit = TextBytes.EqualsIgnoreCase(value[..space], "bytes"u8) ? "bytes" : System.Text.Encoding.ASCII.GetString(value[..space]);
        var rest = TextBytes.TrimBlanks(value[(space + 1)..]);
        int slash = rest.IndexOf(TextBytes.Slash);
        if (slash < 0)
            return false;
        var span = rest[..slash];
        var complete = rest[(slash + 1)..];
        long? completeLength = null;
        if (!(complete.Length == 1 && complete[0] == (byte)'*'))
        {
            if (TextBytes.TryParseDecimal(complete, out long c) != NumberStatus.Ok)
                return false;
            completeLength = c;
        }
        if (span.Length == 1 && span[0] == (byte)'*')
        {
            range = new HttpContentRange(unit, null, null, completeLength);
            return completeLength is not null;
        }
        int dash = span.IndexOf(TextBytes.Dash);
        if (dash <= 0
            || TextBytes.TryParseDecimal(span[..dash], out long first) != NumberStatus.Ok
            || TextBytes.TryParseDecimal(span[(dash + 1)..], out long last) != NumberStatus.Ok
            || last < first)
            return false;
        range = new HttpContentRange(unit, first, last, completeLength);
        return true;
    }
}
