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
        string translated = "";
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
                RegexParseError.InvalidUnicodePropertyEscape or RegexParseError.UnrecognizedUnicodeProperty => "unknown property after \\P or \\p",
                RegexParseError.UnterminatedComment => "missing ) after (?# comment",
                RegexParseError.UndefinedNumberedReference or RegexParseError.UndefinedNamedReference => "reference to non-existent subpattern",
                RegexParseError.InvalidGroupingConstruct => GroupingError(translated, e.Offset),
                RegexParseError.CaptureGroupNameInvalid => "subpattern name must start with a non-digit",
                RegexParseError.MissingControlCharacter => "\\c at end of pattern",
                _ => e.Message,
            };
            return null;
        }
        catch (PcreError e)
        {
            error = e.Message;
            return null;
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// PCRE2's words for a "(?" group .NET cannot read (the one starting last before <paramref name="offset"/>): a
    /// named group's name missing, starting with a digit or left unterminated, a group cut off by the pattern's end,
    /// or an option letter PCRE2 does not know.
    /// </summary>
    private static string GroupingError(string pattern, int offset)
    {
        int open = pattern.LastIndexOf("(?", Math.Clamp(offset, 0, pattern.Length - 1), StringComparison.Ordinal);
        if (open < 0)
            return "unrecognized character after (? or (?-";
        int i = open + 2;
        if (i < pattern.Length && pattern[i] == 'P' && i + 1 < pattern.Length && pattern[i + 1] == '<')
            i++;
        if (i < pattern.Length && (pattern[i] == '\'' || (pattern[i] == '<' && !(i + 1 < pattern.Length && pattern[i + 1] is '=' or '!'))))
        {
            int name = i + 1;
            if (name >= pattern.Length || !(char.IsAsciiLetterOrDigit(pattern[name]) || pattern[name] == '_'))
                return "subpattern name expected";
            if (char.IsAsciiDigit(pattern[name]))
                return "subpattern name must start with a non-digit";
            return "syntax error in subpattern name (missing terminator?)";
        }
        // Option letters ("(?i", "(?x-s") running to the end leave the group open.
        while (i < pattern.Length && pattern[i] is 'i' or 'm' or 'n' or 's' or 'x' or 'J' or 'U' or '-' or '^')
            i++;
        return i >= pattern.Length ? "missing closing parenthesis" : "unrecognized character after (? or (?-";
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
        var groupNames = new HashSet<string>(StringComparer.Ordinal);
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
                                value = Math.Min(value * 16 + Convert.ToInt32(((char)p[j++]).ToString(), 16), 0x110000);
                            if (j < p.Length && p[j] == '}')
                                j++;
                            // Not in UTF mode, a character is a byte.
                            if (value > 0xFF)
                                throw new PcreError("character code point value in \\x{} or \\o{} is too large");
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
                if (c == '[' && i + 1 < p.Length && p[i + 1] is (byte)'=' or (byte)'.' && PosixSyntax(p, i))
                    throw new PcreError("POSIX collating elements are not supported");
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
                        if (name.StartsWith('^') && PosixClass(name[1..]) is { } negated)
                        {
                            sb.Append(Complement(negated));
                            i = close;
                            continue;
                        }
                        throw new PcreError("unknown POSIX class name");
                    }
                }
                if (c == ']')
                    inClass = false;
                sb.Append((char)c);
                continue;
            }
            if (c == '[')
            {
                // "[:alpha:]", "[=a=]", "[.a.]" outside a class: PCRE2 takes them for POSIX syntax in the wrong place.
                if (PosixSyntax(p, i))
                    throw new PcreError(p[i + 1] == ':' ? "POSIX named classes are supported only within a class" : "POSIX collating elements are not supported");
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
            if (c == '{' && QuantifierTooBig(p, i + 1))
                throw new PcreError("number too big in {} quantifier");
            if (c == '(' && GroupName(p, i) is { } groupName && !groupNames.Add(groupName) && p.AsSpan().IndexOf("(?J"u8) < 0)
                throw new PcreError("two named subpatterns have the same name (PCRE2_DUPNAMES not set)");
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

    /// <summary>Whether a quantifier ({n}, {n,} or {n,m}) starts at <paramref name="i"/> with a number above PCRE2's 65535.</summary>
    private static bool QuantifierTooBig(byte[] p, int i)
    {
        bool big = false, digits = false, comma = false;
        long n = 0;
        for (; i < p.Length; i++)
        {
            byte b = p[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                n = Math.Min(n * 10 + (b - '0'), 1_000_000);
                big |= n > 65535;
                digits = true;
            }
            else if (b == ',' && !comma && digits)
            {
                comma = true;
                n = 0;
            }
            else
            {
                return b == '}' && digits && big;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether "[:", "[=" or "[." at <paramref name="i"/> starts POSIX syntax as PCRE2 reads it: its terminator (":]"
    /// and so on) comes before any "]" or "[" with the same mark, an escaped "]" or "\\" being skipped.
    /// </summary>
    private static bool PosixSyntax(byte[] p, int i)
    {
        if (i + 1 >= p.Length || p[i + 1] is not ((byte)':' or (byte)'=' or (byte)'.'))
            return false;
        byte mark = p[i + 1];
        for (int j = i + 2; j < p.Length; j++)
        {
            if (p[j] == '\\' && j + 1 < p.Length && p[j + 1] is (byte)']' or (byte)'\\')
                j++;
            else if ((p[j] == '[' && j + 1 < p.Length && p[j + 1] == mark) || p[j] == ']')
                return false;
            else if (p[j] == mark && j + 1 < p.Length && p[j + 1] == ']')
                return true;
        }
        return false;
    }

    /// <summary>The name of the named group ((?&lt;name&gt;, (?P&lt;name&gt; or (?'name') opening at <paramref name="i"/>, if one does.</summary>
    private static string? GroupName(byte[] p, int i)
    {
        int j = i + 1;
        if (j >= p.Length || p[j] != '?')
            return null;
        j++;
        if (j < p.Length && p[j] == 'P')
            j++;
        if (j >= p.Length || p[j] is not ((byte)'<' or (byte)'\''))
            return null;
        byte close = p[j] == '<' ? (byte)'>' : (byte)'\'';
        int start = ++j;
        while (j < p.Length && (char.IsAsciiLetterOrDigit((char)p[j]) || p[j] == '_'))
            j++;
        return j > start && j < p.Length && p[j] == close ? Encoding.ASCII.GetString(p, start, j - start) : null;
    }

    /// <summary>A pattern PCRE2 refuses that .NET would take, with PCRE2's words.</summary>
    private sealed class PcreError(string message) : Exception(message);

    /// <summary>
    /// The bytes a POSIX class ([:^alpha:]) leaves out, as ranges of <see cref="IsMatch"/>'s characters: the class's
    /// ranges (as <see cref="PosixClass"/> writes them) read back, every byte outside them written out.
    /// </summary>
    private static string Complement(string ranges)
    {
        var inSet = new bool[256];
        var members = Regex.Unescape(ranges);
        for (int k = 0; k < members.Length; k++)
        {
            int lo = members[k], hi = lo;
            if (k + 2 < members.Length && members[k + 1] == '-')
            {
                hi = members[k + 2];
                k += 2;
            }
            for (int b = lo; b <= hi && b < 256; b++)
                inSet[b] = true;
        }
        var sb = new StringBuilder();
        for (int b = 0; b < 256; b++)
        {
            if (inSet[b])
                continue;
            int end = b;
            while (end + 1 < 256 && !inSet[end + 1])
                end++;
            sb.Append(Char(b));
            if (end > b)
                sb.Append('-').Append(Char(end));
            b = end;
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
