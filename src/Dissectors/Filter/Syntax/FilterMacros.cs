using System.Text;
using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// Display-filter macros, expanded before the filter is scanned as tshark does (epan/dfilter/dfilter-macro.c):
/// "${name}" or "${name:arg1;arg2}" is replaced by the macro's text with $1, $2… filled in, repeatedly, up to 31
/// levels deep. "${field}" naming a field (not a protocol) is a field reference and is left alone. The macros are
/// the ones Wireshark 4.0 ships in its global dfilter_macros file.
/// </summary>
internal static class FilterMacros
{
    private static readonly Dictionary<string, string> Builtin = new(StringComparer.Ordinal)
    {
        ["private_ipv4"] = "$1 == 192.168.0.0/16 or $1 == 172.16.0.0/12 or $1 == 10.0.0.0/8",
        ["private_ethernet"] = "$1[0] & 0x0F == 2",
        ["private_ipv6"] = "ipv6 && $1 == fc00::/7",
    };

    /// <summary>The expanded text, or null with tshark's message (no location is shown for these).</summary>
    public static string? Expand(string text, FilterNames names, out string? error) => Expand(text, names, 0, out error);

    private static string? Expand(string text, FilterNames names, int depth, out string? error)
    {
        error = null;
        if (depth > 31)
        {
            error = "too much nesting in macros";
            return null;
        }
        var output = new StringBuilder(text.Length);
        bool changed = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i++];
            if (c != '$')
            {
                output.Append(c);
                continue;
            }
            if (i >= text.Length)
            {
                output.Append('$');
                break;
            }
            char next = text[i++];
            if (next != '{')
            {
                output.Append('$').Append(next);
                continue;
            }
            if (IsFieldReference(text, i, names))
            {
                output.Append("${");
                continue;
            }
            var name = new StringBuilder();
            var args = new List<string>();
            StringBuilder? arg = null;
            while (true)
            {
                if (i >= text.Length)
                {
                    error = "end of filter in the middle of a macro expression";
                    return null;
                }
                char m = text[i++];
                if (arg is null)
                {
                    if (char.IsAsciiLetterOrDigit(m) || m is '_' or '-' or '.')
                    {
                        name.Append(m);
                        continue;
                    }
                    if (m == ':')
                    {
                        arg = new StringBuilder();
                        continue;
                    }
                    if (m == '}')
                        break;
                    error = "invalid character in macro name";
                    return null;
                }
                if (m == ';')
                {
                    args.Add(arg.ToString());
                    arg = new StringBuilder();
                    continue;
                }
                if (m == '\\')
                {
                    if (i >= text.Length)
                    {
                        error = "end of filter in the middle of a macro expression";
                        return null;
                    }
                    arg.Append(text[i++]);
                    continue;
                }
                if (m == '}')
                {
                    args.Add(arg.ToString());
                    break;
                }
                arg.Append(m);
            }
            string? resolved = Resolve(name.ToString(), args, out error);
            if (resolved is null)
                return null;
            output.Append(resolved);
            changed = true;
        }
        return changed ? Expand(output.ToString(), names, depth + 1, out error) : output.ToString();
    }

    /// <summary>start_is_field_reference: the name up to the first '#' (or else '}') anywhere after, is a non-protocol field.</summary>
    private static bool IsFieldReference(string text, int start, FilterNames names)
    {
        int end = text.IndexOf('#', start);
        if (end < 0)
            end = text.IndexOf('}', start);
        if (end < 0)
            return false;
        var field = names.Resolve(text[start..end]);
        return field is not null && field.Type is not (FtKind.Protocol or FtKind.None);
    }

    private static string? Resolve(string name, List<string> args, out string? error)
    {
        error = null;
        if (!Builtin.TryGetValue(name, out string? body))
        {
            error = $"macro '{name}' does not exist";
            return null;
        }
        // The macro's parts between $N markers, and how many arguments it takes (the highest N).
        var result = new StringBuilder();
        int argc = 0;
        var pieces = new List<(string Text, int Arg)>();
        var current = new StringBuilder();
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\\' && i + 1 < body.Length)
            {
                current.Append(c).Append(body[++i]);
                continue;
            }
            if (c == '$' && i + 1 < body.Length && char.IsAsciiDigit(body[i + 1]))
            {
                int n = 0;
                while (i + 1 < body.Length && char.IsAsciiDigit(body[i + 1]))
                    n = n * 10 + (body[++i] - '0');
                pieces.Add((current.ToString(), n - 1));
                current.Clear();
                argc = Math.Max(argc, n);
                continue;
            }
            current.Append(c);
        }
        pieces.Add((current.ToString(), -1));
        if (args.Count != argc)
        {
            error = $"wrong number of arguments for macro '{name}', expecting {argc} instead of {args.Count}";
            return null;
        }
        foreach (var (text, arg) in pieces)
        {
            result.Append(text);
            if (arg >= 0)
                result.Append(args[arg]);
        }
        return result.ToString();
    }
}
