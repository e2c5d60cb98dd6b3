using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sniffer.Output;

/// <summary>
/// A streaming JSON writer that lays text out exactly as Wireshark's json_dumper does: pretty-printed with two spaces
/// per level and "name": value (the -T json form), or compact (the -T ek form, optionally with dots in names turned into
/// underscores). Strings are escaped as json_puts_string escapes them: control characters as \n, \uXXXX…, quotes and
/// backslashes, and "&lt;/" as "&lt;\/"; other characters pass through as UTF-8.
/// </summary>
public sealed class JsonDumper
{
    private const byte KindObject = 1, KindArray = 2, KindValue = 3;
    private const byte HasName = 0x10;

    private readonly StringBuilder _out;
    private readonly bool _pretty;
    private readonly bool _dotToUnderscore;
    private byte[] _state = new byte[64];
    private int _depth;

    public JsonDumper(StringBuilder output, bool pretty, bool dotToUnderscore = false)
    {
        _out = output;
        _pretty = pretty;
        _dotToUnderscore = dotToUnderscore;
    }

    public StringBuilder Output => _out;

    public void BeginObject()
    {
        PrepareToken();
        _out.Append('{');
        Open(KindObject);
    }

    public void EndObject() => Close('}');

    public void BeginArray()
    {
        PrepareToken();
        _out.Append('[');
        Open(KindArray);
    }

    public void EndArray() => Close(']');

    public void Name(string name)
    {
        PrepareToken();
        AppendString(name, _dotToUnderscore);
        _out.Append(':');
        if (_pretty)
            _out.Append(' ');
        _state[_depth - 1] |= HasName;
    }

    /// <summary>A name made of <paramref name="name"/> and <paramref name="suffix"/> ("tcp.flags" "_tree").</summary>
    public void Name(string name, string? suffix)
    {
        PrepareToken();
        _out.Append('"');
        char previous = '\0';
        AppendEscaped(name, ref previous, _dotToUnderscore);
        if (suffix is not null)
            AppendEscaped(suffix, ref previous, _dotToUnderscore);
        _out.Append('"');
        _out.Append(':');
        if (_pretty)
            _out.Append(' ');
        _state[_depth - 1] |= HasName;
    }

    /// <summary>A name built in a scratch buffer.</summary>
    public void Name(StringBuilder name)
    {
        PrepareToken();
        AppendString(name, _dotToUnderscore);
        _out.Append(':');
        if (_pretty)
            _out.Append(' ');
        _state[_depth - 1] |= HasName;
    }

    /// <summary>A number value.</summary>
    public void Number(long value)
    {
        PrepareToken();
        _out.Append(CultureInfo.InvariantCulture, $"{value}");
        _state[_depth] = KindValue;
    }

    /// <summary>A number value.</summary>
    public void Number(ulong value)
    {
        PrepareToken();
        _out.Append(CultureInfo.InvariantCulture, $"{value}");
        _state[_depth] = KindValue;
    }

    /// <summary>A string value; null writes <c>null</c>.</summary>
    public void String(string? value)
    {
        PrepareToken();
        if (value is null)
            _out.Append("null");
        else
            AppendString(value, false);
        _state[_depth] = KindValue;
    }

    /// <summary>A string value built by <paramref name="write"/> into a scratch buffer, escaped on the way out.</summary>
    public void String(StringBuilder value)
    {
        PrepareToken();
        AppendString(value, false);
        _state[_depth] = KindValue;
    }

    /// <summary>A value written as it is (numbers, true, false, a pre-quoted string).</summary>
    public void Raw(ReadOnlySpan<char> value)
    {
        PrepareToken();
        _out.Append(value);
        _state[_depth] = KindValue;
    }

    /// <summary>json_dumper_finish: the closing newline of a document.</summary>
    public void Finish() => _out.Append('\n');

    private void Open(byte kind)
    {
        _state[_depth] = kind;
        _depth++;
        if (_depth >= _state.Length)
            Array.Resize(ref _state, _state.Length * 2);
        _state[_depth] = 0;
    }

    private void Close(char close)
    {
        if (_state[_depth] != 0)
            NewlineIndent(_depth - 1);
        _out.Append(close);
        _depth--;
    }

    private void PrepareToken()
    {
        if (_depth == 0)
            return;
        byte previous = _state[_depth - 1];
        _state[_depth - 1] = (byte)(previous & ~HasName);
        switch (previous & 0x0F)
        {
            case KindObject:
                if ((previous & HasName) != 0)
                    return;
                break;
            case KindArray:
                break;
            default:
                return;
        }
        if (_state[_depth] != 0)
            _out.Append(',');
        NewlineIndent(_depth);
    }

    private void NewlineIndent(int depth)
    {
        if (!_pretty)
            return;
        _out.Append('\n');
        _out.Append(' ', depth * 2);
    }

    private void AppendString(string s, bool dotToUnderscore)
    {
        _out.Append('"');
        char previous = '\0';
        AppendEscaped(s, ref previous, dotToUnderscore);
        _out.Append('"');
    }

    private void AppendString(StringBuilder s, bool dotToUnderscore)
    {
        _out.Append('"');
        char previous = '\0';
        foreach (var chunk in s.GetChunks())
            AppendEscaped(chunk.Span, ref previous, dotToUnderscore);
        _out.Append('"');
    }

    /// <summary>Characters json_puts_string changes: control characters, quotes, backslashes and the '/' of "&lt;/".</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\/");

    /// <summary>The same, and '.' for the EK names that turn dots into underscores.</summary>
    private static readonly SearchValues<char> SpecialOrDot = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\/.");

    /// <summary>Appends <paramref name="text"/> escaped, copying the runs that need no escape whole.</summary>
    private void AppendEscaped(ReadOnlySpan<char> text, ref char previous, bool dotToUnderscore)
    {
        var special = dotToUnderscore ? SpecialOrDot : Special;
        while (!text.IsEmpty)
        {
            int i = text.IndexOfAny(special);
            if (i < 0)
            {
                _out.Append(text);
                previous = text[^1];
                return;
            }
            if (i > 0)
            {
                _out.Append(text[..i]);
                previous = text[i - 1];
            }
            char c = text[i];
            AppendChar(c, previous, dotToUnderscore);
            previous = c;
            text = text[(i + 1)..];
        }
    }

    private void AppendChar(char c, char previous, bool dotToUnderscore)
    {
        if (c < 0x20)
        {
            _out.Append('\\');
            switch (c)
            {
                case '\b': _out.Append('b'); break;
                case '\t': _out.Append('t'); break;
                case '\n': _out.Append('n'); break;
                case '\f': _out.Append('f'); break;
                case '\r': _out.Append('r'); break;
                default: _out.Append("u00").Append("0123456789abcdef"[c >> 4]).Append("0123456789abcdef"[c & 0xF]); break;
            }
            return;
        }
        if (c == '/' && previous == '<')
        {
            _out.Append("\\/");
            return;
        }
        if (c is '\\' or '"')
            _out.Append('\\');
        _out.Append(dotToUnderscore && c == '.' ? '_' : c);
    }
}
