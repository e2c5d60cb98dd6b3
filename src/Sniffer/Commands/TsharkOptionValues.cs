using System.CommandLine.Parsing;
using System.Globalization;

namespace Sniffer.Commands;

/// <summary>
/// Option-value parsers that check a value as tshark does and refuse it in tshark's words, as a parse error (one line,
/// exit code 1) — never by converting later and throwing. Numbers follow wsutil's get_natural_int / get_positive_int:
/// a 32-bit decimal number, with a sign and leading blanks allowed, nothing after it.
/// </summary>
internal static class TsharkOptionValues
{
    /// <summary>A number from 1 to 2147483647 (tshark's get_positive_int): "The specified packet count is zero".</summary>
    public static Func<ArgumentResult, int?> PositiveInt(string what) => r =>
        TryNatural(r, what, out int value) && NotZero(r, what, value) ? value : null;

    /// <summary>A number from 0 to 2147483647 (tshark's get_natural_int).</summary>
    public static Func<ArgumentResult, int?> NaturalInt(string what) => r =>
        TryNatural(r, what, out int value) ? value : null;

    /// <summary>A positive number no larger than <paramref name="max"/> ("… is too large (greater than MAX)").</summary>
    public static Func<ArgumentResult, int?> PositiveIntUpTo(string what, int max) => r =>
    {
        if (!TryNatural(r, what, out int value) || !NotZero(r, what, value))
            return null;
        if (value > max)
        {
            r.AddError(string.Create(CultureInfo.InvariantCulture, $"The specified {what} \"{Text(r)}\" is too large (greater than {max})"));
            return null;
        }
        return value;
    };

    /// <summary>A non-negative 64-bit number (a stream index): the same wording, the range of a long.</summary>
    public static Func<ArgumentResult, long> NaturalLong(string what) => r =>
    {
        string text = Text(r);
        if (!TryParseSigned(text, out long value, out bool overflow))
        {
            r.AddError(overflow && text.TrimStart().StartsWith('-')
                ? $"The specified {what} \"{text}\" is a negative number"
                : overflow
                    ? string.Create(CultureInfo.InvariantCulture, $"The specified {what} \"{text}\" is too large (greater than {long.MaxValue})")
                    : $"The specified {what} \"{text}\" isn't a decimal number");
            return 0;
        }
        if (value < 0)
        {
            r.AddError($"The specified {what} \"{text}\" is a negative number");
            return 0;
        }
        return value;
    };

    /// <summary>One of <paramref name="choices"/>; anything else gets <paramref name="refusal"/>(value) as its error.</summary>
    public static Func<ArgumentResult, string?> OneOf(IReadOnlyCollection<string> choices, Func<string, string> refusal) => r =>
    {
        string text = Text(r);
        if (choices.Contains(text))
            return text;
        r.AddError(refusal(text));
        return null;
    };

    /// <summary>Any text but the empty one ("-w ''" names no file).</summary>
    public static Func<ArgumentResult, string?> NonEmpty(string message) => r =>
    {
        string text = Text(r);
        if (text.Length > 0)
            return text;
        r.AddError(message);
        return null;
    };

    /// <summary>The value as typed (the last token: a repeated option keeps its last value, as getopt does).</summary>
    public static string Text(ArgumentResult r) => r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";

    private static bool TryNatural(ArgumentResult r, string what, out int value)
    {
        string text = Text(r);
        value = 0;
        if (!TryParseSigned(text, out long parsed, out bool overflow))
        {
            if (overflow && text.TrimStart().StartsWith('-'))
                r.AddError($"The specified {what} \"{text}\" is a negative number");
            else if (overflow)
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"The specified {what} \"{text}\" is too large (greater than {int.MaxValue})"));
            else
                r.AddError($"The specified {what} \"{text}\" isn't a decimal number");
            return false;
        }
        if (parsed < 0)
        {
            r.AddError($"The specified {what} \"{text}\" is a negative number");
            return false;
        }
        if (parsed > int.MaxValue)
        {
            r.AddError(string.Create(CultureInfo.InvariantCulture, $"The specified {what} \"{text}\" is too large (greater than {int.MaxValue})"));
            return false;
        }
        value = (int)parsed;
        return true;
    }

    private static bool NotZero(ArgumentResult r, string what, int value)
    {
        if (value != 0)
            return true;
        r.AddError($"The specified {what} is zero");
        return false;
    }

    /// <summary>
    /// strtoll's grammar as ws_strtoi uses it: leading white space, an optional sign, decimal digits, and nothing after
    /// them. False with <paramref name="overflow"/> set when the digits are a number outside a long.
    /// </summary>
    private static bool TryParseSigned(string text, out long value, out bool overflow)
    {
        value = 0;
        overflow = false;
        var span = text.AsSpan().TrimStart(" \t\n\v\f\r");
        bool negative = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }
        if (span.IsEmpty || span.IndexOfAnyExceptInRange('0', '9') >= 0)
            return false;
        ulong magnitude = 0;
        foreach (char c in span)
        {
            if (magnitude > (ulong.MaxValue - 9) / 10)
            {
                overflow = true;
                return false;
            }
            magnitude = magnitude * 10 + (ulong)(c - '0');
        }
        if (negative ? magnitude > (ulong)long.MaxValue + 1 : magnitude > long.MaxValue)
        {
            overflow = true;
            return false;
        }
        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }
}
