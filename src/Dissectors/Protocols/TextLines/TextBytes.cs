namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Named bytes and small checks for protocols written as lines of ASCII text (HTTP, HTCPCP).
/// Every method reads only inside the span it is given.
/// </summary>
public static class TextBytes
{
    public const byte Cr = (byte)'\r';
    public const byte Lf = (byte)'\n';
    public const byte Space = (byte)' ';
    public const byte Tab = (byte)'\t';
    public const byte Colon = (byte)':';
    public const byte Semicolon = (byte)';';
    public const byte Comma = (byte)',';
    public const byte EqualsSign = (byte)'=';
    public const byte Slash = (byte)'/';
    public const byte QuestionMark = (byte)'?';
    public const byte Ampersand = (byte)'&';
    public const byte Dash = (byte)'-';
    public const byte Nul = 0;

    /// <summary>The CR LF pair that ends a line on the wire.</summary>
    public static ReadOnlySpan<byte> CrLf => "\r\n"u8;

    /// <summary>Printable ASCII, space included (g_ascii_isprint).</summary>
    public static bool IsPrintable(byte b) => b is >= 0x20 and < 0x7F;

    /// <summary>Space or horizontal tab (RFC 9110 OWS).</summary>
    public static bool IsBlank(byte b) => b is Space or Tab;

    /// <summary>ASCII white space as g_ascii_isspace counts it: space, \t, \n, \v, \f, \r.</summary>
    public static bool IsWhiteSpace(byte b) => b is Space or (>= 0x09 and <= 0x0D);

    /// <summary>
    /// A character allowed in a header name, as Wireshark 4.0's HTTP dissector checks it: letters, digits and
    /// <c>!#$%&amp;\:*+-.^_`|~</c> (RFC 9110's tchar, with Wireshark's backslash and colon in place of the apostrophe).
    /// </summary>
    public static bool IsHeaderNameChar(byte b) => HeaderNameChars.Contains(b);

    /// <summary>The characters <see cref="IsHeaderNameChar"/> allows, for a vectorised check of a whole name.</summary>
    public static readonly System.Buffers.SearchValues<byte> HeaderNameChars =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Select(b => (byte)b).Where(IsHeaderNameCharByRule).ToArray());

    private static bool IsHeaderNameCharByRule(byte b) => b switch
    {
        >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' => true,
        (byte)'!' or (byte)'#' or (byte)'$' or (byte)'%' or (byte)'&' or (byte)'\\' or (byte)':' or (byte)'*'
            or (byte)'+' or (byte)'-' or (byte)'.' or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'|' or (byte)'~' => true,
        _ => false,
    };

    /// <summary>RFC 9110 tchar: the characters of a method name or another token.</summary>
    public static bool IsTokenChar(byte b) => b switch
    {
        >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' => true,
        (byte)'!' or (byte)'#' or (byte)'$' or (byte)'%' or (byte)'&' or (byte)'\'' or (byte)'*'
            or (byte)'+' or (byte)'-' or (byte)'.' or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'|' or (byte)'~' => true,
        _ => false,
    };

    public static ReadOnlySpan<byte> TrimBlanks(ReadOnlySpan<byte> text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
            start++;
        while (end > start && IsWhiteSpace(text[end - 1]))
            end--;
        return text[start..end];
    }

    /// <summary>ASCII case-insensitive comparison of bytes with a lower-case ASCII literal.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCaseLiteral)
        => System.Text.Ascii.EqualsIgnoreCase(text, lowerCaseLiteral);

    public static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCaseLiteral)
        => text.Length >= lowerCaseLiteral.Length && System.Text.Ascii.EqualsIgnoreCase(text[..lowerCaseLiteral.Length], lowerCaseLiteral);

    /// <summary>
    /// Reads a non-negative decimal number that fills <paramref name="digits"/> exactly (no sign, no blanks).
    /// Values above <see cref="long.MaxValue"/> are refused, not wrapped.
    /// </summary>
    public static NumberStatus TryParseDecimal(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty)
            return NumberStatus.Empty;
        long result = 0;
        foreach (byte b in digits)
        {
            int digit = b - '0';
            if ((uint)digit > 9)
                return NumberStatus.NotADigit;
            if (result > (long.MaxValue - digit) / 10)
                return NumberStatus.TooLarge;
            result = result * 10 + digit;
        }
        value = result;
        return NumberStatus.Ok;
    }

    /// <summary>
    /// Reads the hexadecimal digits at the start of <paramref name="text"/> (either case), as a chunk size line
    /// begins; <paramref name="used"/> is how many bytes they took. At least one digit is needed.
    /// </summary>
    public static NumberStatus TryParseHexPrefix(ReadOnlySpan<byte> text, out long value, out int used)
    {
        value = 0;
        used = 0;
        long result = 0;
        while (used < text.Length)
        {
            int digit = HexValue(text[used]);
            if (digit < 0)
                break;
            if (result > (long.MaxValue >> 4))
                return NumberStatus.TooLarge;
            result = (result << 4) | (uint)digit;
            used++;
        }
        if (used == 0)
            return text.IsEmpty ? NumberStatus.Empty : NumberStatus.NotADigit;
        value = result;
        return NumberStatus.Ok;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
