using System.Globalization;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// C's number parsers as glibc implements them (strtoul, strtol, g_ascii_strtoull, g_ascii_strtoll, strtod),
/// because Wireshark 4.0 reads filter numbers with them: base 0 takes 0x hex and leading-zero octal, a sign and
/// leading white space are accepted, and overflow is reported as ERANGE with the value clamped.
/// </summary>
internal static class CNumbers
{
    public enum Status : byte
    {
        Ok,
        /// <summary>No digits were read (endptr == nptr).</summary>
        NoDigits,
        /// <summary>ERANGE.</summary>
        Range,
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    /// <summary>
    /// Reads an unsigned magnitude as strtoull does. <paramref name="end"/> is where reading stopped (the start when
    /// no digits were read); <paramref name="negative"/> tells whether a minus sign came first.
    /// </summary>
    private static Status ReadMagnitude(string s, int start, int numberBase, out ulong magnitude, out bool negative, out int end)
    {
        magnitude = 0;
        negative = false;
        int i = start;
        while (i < s.Length && IsSpace(s[i]))
            i++;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        if (numberBase == 0 || numberBase == 16)
        {
            if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
            {
                if (i + 2 < s.Length && DigitValue(s[i + 2]) < 16)
                {
                    i += 2;
                    numberBase = 16;
                }
                else
                {
                    // "0x" with no hex digit: the number is the 0, reading stops at the x.
                    end = i + 1;
                    return Status.Ok;
                }
            }
            else if (numberBase == 0)
            {
                numberBase = i < s.Length && s[i] == '0' ? 8 : 10;
            }
        }
        int digitsStart = i;
        bool overflow = false;
        while (i < s.Length)
        {
            int d = DigitValue(s[i]);
            if (d >= numberBase)
                break;
            if (!overflow)
            {
                ulong next = unchecked(magnitude * (ulong)numberBase + (ulong)d);
                if (magnitude > (ulong.MaxValue - (ulong)d) / (ulong)numberBase)
                    overflow = true;
                else
                    magnitude = next;
            }
            i++;
        }
        if (i == digitsStart)
        {
            end = start;
            magnitude = 0;
            negative = false;
            return Status.NoDigits;
        }
        end = i;
        return overflow ? Status.Range : Status.Ok;
    }

    /// <summary>strtoul / strtoull / g_ascii_strtoull (64-bit unsigned long).</summary>
    public static Status StrToUInt64(string s, int start, int numberBase, out ulong value, out int end)
    {
        var status = ReadMagnitude(s, start, numberBase, out ulong magnitude, out bool negative, out end);
        if (status == Status.Range)
        {
            value = ulong.MaxValue;
            return status;
        }
        value = negative ? unchecked(0UL - magnitude) : magnitude;
        return status;
    }

    /// <summary>strtol / g_ascii_strtoll (64-bit long).</summary>
    public static Status StrToInt64(string s, int start, int numberBase, out long value, out int end)
    {
        var status = ReadMagnitude(s, start, numberBase, out ulong magnitude, out bool negative, out end);
        if (status == Status.NoDigits)
        {
            value = 0;
            return status;
        }
        if (negative)
        {
            if (status == Status.Range || magnitude > 1UL << 63)
            {
                value = long.MinValue;
                return Status.Range;
            }
            value = unchecked(-(long)magnitude);
            return Status.Ok;
        }
        if (status == Status.Range || magnitude > long.MaxValue)
        {
            value = long.MaxValue;
            return Status.Range;
        }
        value = (long)magnitude;
        return Status.Ok;
    }

    /// <summary>
    /// strtod in the C locale (g_ascii_strtod): the longest prefix that is a number — decimal with an optional
    /// exponent, hexadecimal with a binary exponent, "inf", "infinity" or "nan". Range is overflow or underflow.
    /// </summary>
    public static Status StrToDouble(string s, int start, out double value, out int end)
    {
        value = 0;
        int i = start;
        while (i < s.Length && IsSpace(s[i]))
            i++;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        if (StartsWithIgnoreCase(s, i, "infinity"))
        {
            end = i + 8;
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return Status.Ok;
        }
        if (StartsWithIgnoreCase(s, i, "inf"))
        {
            end = i + 3;
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return Status.Ok;
        }
        if (StartsWithIgnoreCase(s, i, "nan"))
        {
            end = i + 3;
            if (end < s.Length && s[end] == '(')
            {
                int close = end + 1;
                while (close < s.Length && (char.IsAsciiLetterOrDigit(s[close]) || s[close] == '_'))
                    close++;
                if (close < s.Length && s[close] == ')')
                    end = close + 1;
            }
            value = double.NaN;
            return Status.Ok;
        }
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        {
            var hex = ReadHexFloat(s, i + 2, out double h, out int hexEnd);
            if (hex)
            {
                end = hexEnd;
                value = negative ? -h : h;
                return double.IsInfinity(h) ? Status.Range : Status.Ok;
            }
            // "0x" without hex digits: the number is the 0.
            end = i + 1;
            value = negative ? -0.0 : 0.0;
            return Status.Ok;
        }
        int mantissaStart = i;
        int digits = 0;
        bool nonZero = false;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            nonZero |= s[i] != '0';
            i++;
            digits++;
        }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                nonZero |= s[i] != '0';
                i++;
                digits++;
            }
        }
        if (digits == 0)
        {
            end = start;
            return Status.NoDigits;
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-'))
                j++;
            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                    j++;
                i = j;
            }
        }
        end = i;
        string text = s.Substring(mantissaStart, i - mantissaStart);
        double parsed = double.Parse(text.StartsWith('.') ? "0" + text : text, NumberStyles.Float, CultureInfo.InvariantCulture);
        value = negative ? -parsed : parsed;
        if (double.IsInfinity(parsed))
            return Status.Range;
        if (nonZero && (parsed == 0 || Math.Abs(parsed) < double.Epsilon * 4503599627370496.0))
            return Status.Range;
        return Status.Ok;
    }

    private static bool ReadHexFloat(string s, int i, out double value, out int end)
    {
        value = 0;
        end = i;
        double mantissa = 0;
        int exponent = 0;
        int digits = 0;
        while (i < s.Length && DigitValue(s[i]) < 16)
        {
            mantissa = mantissa * 16 + DigitValue(s[i]);
            i++;
            digits++;
        }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && DigitValue(s[i]) < 16)
            {
                mantissa = mantissa * 16 + DigitValue(s[i]);
                exponent -= 4;
                i++;
                digits++;
            }
        }
        if (digits == 0)
            return false;
        if (i < s.Length && (s[i] == 'p' || s[i] == 'P'))
        {
            int j = i + 1;
            bool negative = false;
            if (j < s.Length && (s[j] == '+' || s[j] == '-'))
            {
                negative = s[j] == '-';
                j++;
            }
            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                int e = 0;
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    e = Math.Min(100000, e * 10 + (s[j] - '0'));
                    j++;
                }
                exponent += negative ? -e : e;
                i = j;
            }
        }
        end = i;
        value = mantissa * Math.Pow(2, exponent);
        return true;
    }

    private static bool StartsWithIgnoreCase(string s, int at, string word) =>
        at + word.Length <= s.Length && string.Compare(s, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
