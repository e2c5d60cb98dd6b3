using System.Text;
using System.Text.RegularExpressions;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// A "matches" pattern as Wireshark 4.0 compiles it: PCRE2, caseless, on bytes (never UTF-8), searching anywhere in
/// the value. Run by .NET's regex engine over the bytes mapped one-to-one to characters: ASCII as itself and bytes
/// 0x80-0xFF to private-use characters, so only ASCII letters fold case and only ASCII counts as word, digit or
/// space — PCRE2's C-locale tables. PCRE-only syntax ([:alpha:], \Q…\E, (?P&lt;name&gt;…), \x{hh}, \h, \v, \R) is
/// rewritten for .NET. A match that runs past the time limit counts as no match, as a PCRE2 error does.
/// </summary>
internal sealed class ByteRegex
{
    private const char HighBase = '\uE000';
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;

    private ByteRegex(Regex regex, string pattern)
    {
        _regex = regex;
        Pattern = pattern;
    }

    /// <summary>The pattern as written (UTF-8 decoded), for printing.</summary>
    public string Pattern { get; }

    /// <summary>Compiles <paramref name="pattern"/>; null with PCRE2's wording of the problem when it is not a valid pattern.</summary>
    public static ByteRegex? TryCreate(byte[] pattern, out string? error)
    {
        error = null;
        string translated;
        try
        {
            translated = Translate(pattern);
            var regex = new Regex(translated, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
            return new ByteRegex(regex, Encoding.UTF8.GetString(pattern));
        }
        catch (RegexParseException e)
        {
            error = e.Error switch
            {
                RegexParseError.InsufficientClosingParentheses => "missing closing parenthesis",
                RegexParseError.InsufficientOpeningParentheses => "unmatched closing parenthesis",
                RegexParseError.QuantifierAfterNothing or RegexParseError.NestedQuantifiersNotParenthesized => "quantifier does not follow a repeatable item",
                RegexParseError.UnterminatedBracket => "missing terminating ] for character class",
                RegexParseError.UnescapedEndingBackslash => "\\ at end of pattern",
                RegexParseError.ReversedCharacterRange => "range out of order in character class",
                RegexParseError.ReversedQuantifierRange => "numbers out of order in {} quantifier",
                RegexParseError.InvalidUnicodePropertyEscape or RegexParseError.UnrecognizedUnicodeProperty => "unknown property name after \\P or \\p",
                RegexParseError.UndefinedNumberedReference or RegexParseError.UndefinedNamedReference => "reference to non-existent subpattern",
                _ => e.Message,
            };
            return null;
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    public bool IsMatch(EvalContext ctx, ReadOnlySpan<byte> data)
    {
        var chars = ctx.CharBuffer(data.Length);
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            chars[i] = b < 0x80 ? (char)b : (char)(HighBase + b);
        }
        try
        {
            return _regex.IsMatch(chars.AsSpan(0, data.Length));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Char(int b) => b < 0x80 ? "\\x" + b.ToString("x2") : "\\u" + (HighBase + b).ToString("x4");

    /// <summary>Rewrites PCRE2 syntax .NET lacks; bytes become characters as <see cref="IsMatch"/> maps them.</summary>
    private static string Translate(byte[] p)
    {
        var sb = new StringBuilder(p.Length + 16);
        bool inClass = false;
        for (int i = 0; i < p.Length; i++)
        {
            byte c = p[i];
            if (c >= 0x80)
            {
                sb.Append((char)(HighBase + c));
                continue;
            }
            if (c == '\\' && i + 1 < p.Length)
            {
                char n = (char)p[i + 1];
                switch (n)
                {
                    case 'Q':
                    {
                        int j = i + 2;
                        while (j < p.Length && !(p[j] == '\\' && j + 1 < p.Length && p[j + 1] == 'E'))
                        {
                            byte q = p[j++];
                            sb.Append(q >= 0x80 ? ((char)(HighBase + q)).ToString() : Regex.Escape(((char)q).ToString()));
                        }
                        i = j + 1;
                        continue;
                    }
                    case 'E':
                        i++;
                        continue;
                    case 'x':
                    {
                        int j = i + 2;
                        int value = 0;
                        if (j < p.Length && p[j] == '{')
                        {
                            j++;
                            while (j < p.Length && Uri.IsHexDigit((char)p[j]))
                                value = value * 16 + Convert.ToInt32(((char)p[j++]).ToString(), 16);
                            if (j < p.Length && p[j] == '}')
                                j++;
                        }
                        else
                        {
                            int digits = 0;
                            while (j < p.Length && digits < 2 && Uri.IsHexDigit((char)p[j]))
                            {
                                value = value * 16 + Convert.ToInt32(((char)p[j++]).ToString(), 16);
                                digits++;
                            }
                        }
                        sb.Append(Char(Math.Min(value, 0xFF)));
                        i = j - 1;
                        continue;
                    }
                    case 'h':
                        sb.Append(inClass ? "\\t \\uE0A0" : "[\\t \\uE0A0]");
                        i++;
                        continue;
                    case 'H':
                        sb.Append(inClass ? "\\x00-\\x08\\x0a-\\x1f\\x21-\\x7f" : "[^\\t \\uE0A0]");
                        i++;
                        continue;
                    case 'v':
                        sb.Append(inClass ? "\\n\\x0b\\f\\r\\uE085" : "[\\n\\x0b\\f\\r\\uE085]");
                        i++;
                        continue;
                    case 'V':
                        sb.Append(inClass ? "\\x00-\\x09\\x0e-\\x7f" : "[^\\n\\x0b\\f\\r\\uE085]");
                        i++;
                        continue;
                    case 'R':
                        sb.Append("(?:\\r\\n|[\\n\\x0b\\f\\r\\uE085])");
                        i++;
                        continue;
                }
                sb.Append('\\');
                byte next = p[i + 1];
                sb.Append(next >= 0x80 ? (char)(HighBase + next) : (char)next);
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == '[' && i + 1 < p.Length && p[i + 1] == ':')
                {
                    int close = Array.IndexOf(p, (byte)']', i + 2);
                    if (close > 0 && p[close - 1] == ':')
                    {
                        string name = Encoding.ASCII.GetString(p, i + 2, close - 1 - (i + 2));
                        if (PosixClass(name) is { } posix)
                        {
                            sb.Append(posix);
                            i = close;
                            continue;
                        }
                    }
                }
                if (c == ']')
                    inClass = false;
                sb.Append((char)c);
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                sb.Append('[');
                if (i + 1 < p.Length && p[i + 1] == '^')
                {
                    sb.Append('^');
                    i++;
                }
                if (i + 1 < p.Length && p[i + 1] == ']')
                {
                    sb.Append("\\]");
                    i++;
                }
                continue;
            }
            if (c == '(' && i + 2 < p.Length && p[i + 1] == '?' && p[i + 2] == 'P')
            {
                if (i + 3 < p.Length && p[i + 3] == '<')
                {
                    sb.Append("(?<");
                    i += 3;
                    continue;
                }
                if (i + 3 < p.Length && p[i + 3] == '=')
                {
                    int close = Array.IndexOf(p, (byte)')', i + 4);
                    if (close > 0)
                    {
                        sb.Append("\\k<").Append(Encoding.ASCII.GetString(p, i + 4, close - (i + 4))).Append('>');
                        i = close;
                        continue;
                    }
                }
            }
            sb.Append((char)c);
        }
        return sb.ToString();
    }

    private static string? PosixClass(string name) => name switch
    {
        "alpha" => "a-zA-Z",
        "digit" => "0-9",
        "alnum" => "a-zA-Z0-9",
        "upper" => "A-Z",
        "lower" => "a-z",
        "space" => "\\t\\n\\x0b\\f\\r ",
        "blank" => "\\t ",
        "punct" => "!-/:-@\\[-`{-~",
        "xdigit" => "0-9a-fA-F",
        "word" => "a-zA-Z0-9_",
        "cntrl" => "\\x00-\\x1f\\x7f",
        "print" => "\\x20-\\x7e",
        "graph" => "\\x21-\\x7e",
        "ascii" => "\\x00-\\x7f",
        _ => null,
    };
}
