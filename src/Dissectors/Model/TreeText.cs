using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// Display text written as an interpolated string (<c>tree.SetText(node, $"Len: {length}")</c>) straight into the
/// tree's arena as UTF-8: nothing is formatted, and nothing allocated, when the tree builds no text
/// (<see cref="FieldTree.BuildsText"/> false); when it does, no string is made and no UTF-16 copy either — integers are
/// formatted as UTF-8, literals and other values narrowed as they come. The bytes wait at the arena's end until the call
/// the text was for keeps them (an argument of the string must not add to the same tree).
/// </summary>
[InterpolatedStringHandler]
public ref struct TreeText
{
    private readonly FieldTree _tree;
    private int _length;

    public TreeText(int literalLength, int formattedCount, FieldTree tree, out bool shouldAppend)
    {
        _tree = tree;
        _length = 0;
        shouldAppend = tree.BuildsText;
    }

    /// <summary>The bytes written so far, waiting at the tree's arena's end.</summary>
    internal readonly int Length => _length;

    public void AppendLiteral(string value) => AppendFormatted(value.AsSpan());

    public void AppendFormatted(scoped ReadOnlySpan<char> value)
    {
        _length += Utf8Narrowing.Encode(value, _tree.PendingText(_length, value.Length * 3));
    }

    public void AppendFormatted(string? value) => AppendFormatted(value.AsSpan());

    public void AppendFormatted(int value, string? format = null) => AppendUtf8(value, format);

    public void AppendFormatted(uint value, string? format = null) => AppendUtf8(value, format);

    public void AppendFormatted(long value, string? format = null) => AppendUtf8(value, format);

    public void AppendFormatted(ulong value, string? format = null) => AppendUtf8(value, format);

    public void AppendFormatted(ushort value, string? format = null) => AppendUtf8(value, format);

    public void AppendFormatted(byte value, string? format = null) => AppendUtf8(value, format);

    public void AppendFormatted<T>(T value) where T : ISpanFormattable => AppendFormatted(value, null);

    [SkipLocalsInit]
    public void AppendFormatted<T>(T value, string? format) where T : ISpanFormattable
    {
        Span<char> chars = stackalloc char[64];
        if (value.TryFormat(chars, out int written, format, CultureInfo.InvariantCulture))
        {
            AppendFormatted(chars[..written]);
            return;
        }
        for (int size = 256; ; size *= 2)
        {
            var larger = new char[size];
            if (value.TryFormat(larger, out written, format, CultureInfo.InvariantCulture))
            {
                AppendFormatted(larger.AsSpan(0, written));
                return;
            }
        }
    }

    /// <summary>An integer formatted as UTF-8 where it goes (at most 64 bytes for any format an integer takes here, else grown).</summary>
    private void AppendUtf8<T>(T value, string? format) where T : IUtf8SpanFormattable
    {
        if (format is null)
        {
            // Plain decimal integers (most of them) without the culture lookup of IUtf8SpanFormattable.TryFormat.
            var room = _tree.PendingText(_length, 20);
            bool done = false;
            int written = 0;
            if (typeof(T) == typeof(int))
                done = System.Buffers.Text.Utf8Formatter.TryFormat((int)(object)value, room, out written);
            else if (typeof(T) == typeof(long))
                done = System.Buffers.Text.Utf8Formatter.TryFormat((long)(object)value, room, out written);
            else if (typeof(T) == typeof(uint))
                done = System.Buffers.Text.Utf8Formatter.TryFormat((uint)(object)value, room, out written);
            else if (typeof(T) == typeof(ulong))
                done = System.Buffers.Text.Utf8Formatter.TryFormat((ulong)(object)value, room, out written);
            else if (typeof(T) == typeof(ushort))
                done = System.Buffers.Text.Utf8Formatter.TryFormat((ushort)(object)value, room, out written);
            else if (typeof(T) == typeof(byte))
                done = System.Buffers.Text.Utf8Formatter.TryFormat((byte)(object)value, room, out written);
            if (done)
            {
                _length += written;
                return;
            }
        }
        for (int room = 64; ; room *= 2)
        {
            if (value.TryFormat(_tree.PendingText(_length, room), out int written, format, CultureInfo.InvariantCulture))
            {
                _length += written;
                return;
            }
        }
    }
}
