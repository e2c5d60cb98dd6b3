using System.Runtime.CompilerServices;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// Display text written as an interpolated string (<c>tree.SetText(node, $"Len: {length}")</c>) straight into the
/// tree's text buffer: nothing is formatted, and nothing allocated, when the tree builds no text
/// (<see cref="FieldTree.BuildsText"/> false), and no string is made when it does.
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
        if (shouldAppend)
            tree.EnsureTextScratch(literalLength + formattedCount * 11);
    }

    internal readonly ReadOnlySpan<char> Text => _tree.TextScratch.AsSpan(0, _length);

    public void AppendLiteral(string value) => AppendFormatted(value.AsSpan());

    public void AppendFormatted(ReadOnlySpan<char> value)
    {
        _tree.EnsureTextScratch(_length + value.Length);
        value.CopyTo(_tree.TextScratch.AsSpan(_length));
        _length += value.Length;
    }

    public void AppendFormatted(string? value) => AppendFormatted(value.AsSpan());

    public void AppendFormatted<T>(T value) where T : ISpanFormattable => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format) where T : ISpanFormattable
    {
        while (true)
        {
            if (value.TryFormat(_tree.TextScratch.AsSpan(_length), out int written, format, System.Globalization.CultureInfo.InvariantCulture))
            {
                _length += written;
                return;
            }
            _tree.EnsureTextScratch(_tree.TextScratch.Length * 2);
        }
    }
}
