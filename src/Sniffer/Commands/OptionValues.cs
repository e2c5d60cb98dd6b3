using System.CommandLine.Parsing;
using System.Globalization;

namespace Sniffer.Commands;

/// <summary>
/// Parsers for numeric option values that refuse bad input with one line in dumpcap's words ("The specified packet
/// count "abc" isn't a decimal number") instead of letting the conversion fail later with an exception: non-numbers,
/// negatives, values past the range (overflow included) and empty values are all errors of the parse.
/// </summary>
internal static class OptionValues
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> for an option named <paramref name="option"/>, described as <paramref name="what"/>.</summary>
    public static Func<ArgumentResult, long> Number(string option, string what, long min, long max) =>
        r => TryNumber(r, option, what, min, max, out long value) ? value : 0;

    public static Func<ArgumentResult, int> Int32(string option, string what, int min, int max) =>
        r => TryNumber(r, option, what, min, max, out long value) ? (int)value : 0;

    public static Func<ArgumentResult, int?> OptionalInt32(string option, string what, int min, int max) =>
        r => TryNumber(r, option, what, min, max, out long value) ? (int)value : null;

    public static Func<ArgumentResult, long?> OptionalNumber(string option, string what, long min, long max) =>
        r => TryNumber(r, option, what, min, max, out long value) ? value : null;

    /// <summary>A text value that must not be empty.</summary>
    public static Func<ArgumentResult, string?> NonEmpty(string option, string what) => r =>
    {
        string text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
        if (text.Length == 0)
        {
            r.AddError($"{option}: the {what} is empty.");
            return null;
        }
        return text;
    };

    private static bool TryNumber(ArgumentResult r, string option, string what, long min, long max, out long value)
    {
        value = 0;
        string text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
        string shown = $"The specified {what} \"{text}\"";
        if (text.Length == 0)
        {
            r.AddError($"{shown} is empty ({option} takes a number).");
            return false;
        }
        if (text[0] == '-' && text.Length > 1 && text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            r.AddError($"{shown} is a negative number ({option} takes {Range(min, max)}).");
            return false;
        }
        if (text.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            r.AddError($"{shown} isn't a decimal number ({option} takes {Range(min, max)}).");
            return false;
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            r.AddError($"{shown} is out of range ({option} takes {Range(min, max)}).");
            return false;
        }
        return true;
    }

    private static string Range(long min, long max) => max == long.MaxValue || max == int.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"a whole number from {min}")
        : string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");

    /// <summary>
    /// An option's value inside a validator: a value that did not convert (a word where a number goes) reads as the
    /// default there, since the parse reports the conversion error itself — a validator must never throw.
    /// </summary>
    public static T? Get<T>(OptionResult result)
    {
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }
}
