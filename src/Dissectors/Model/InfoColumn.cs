namespace Sniffer.Dissectors.Model;

/// <summary>
/// The Info column as dissectors build it, with Wireshark's fence: text before the fence survives
/// a later <see cref="Set"/> or <see cref="Clear"/>, so the first PDU of a segment keeps its text when
/// a second PDU appends its own. A reusable character buffer: no allocation per frame.
/// </summary>
public sealed class InfoColumn
{
    private char[] _chars = new char[256];
    private int _length;
    private int _fence;

    /// <summary>False when no output shows the Info column: every write is then skipped.</summary>
    public bool Enabled { get; set; } = true;

    public int Length => _length;
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);
    public override string ToString() => new(Text);

    public void Reset()
    {
        _length = 0;
        _fence = 0;
    }

    /// <summary>Replaces the text after the fence.</summary>
    public void Set(ReadOnlySpan<char> text)
    {
        if (!Enabled)
            return;
        _length = _fence;
        Append(text);
    }

    /// <summary>Removes the text after the fence.</summary>
    public void Clear() => _length = _fence;

    /// <summary>Keeps everything written so far from later <see cref="Set"/> and <see cref="Clear"/> calls.</summary>
    public void SetFence() => _fence = _length;

    public void Append(ReadOnlySpan<char> text)
    {
        if (!Enabled)
            return;
        Ensure(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Append(char c)
    {
        if (!Enabled)
            return;
        Ensure(1);
        _chars[_length++] = c;
    }

    public void Append(long value)
    {
        if (!Enabled)
            return;
        Ensure(21);
        if (value < 0)
        {
            _chars[_length++] = '-';
            AppendDigits((ulong)-(value + 1) + 1);
        }
        else
        {
            AppendDigits((ulong)value);
        }
    }

    public void Append(ulong value)
    {
        if (!Enabled)
            return;
        Ensure(20);
        AppendDigits(value);
    }

    /// <summary>
    /// The decimal digits of <paramref name="value"/> (what the invariant culture's default format writes), without
    /// TryFormat's format and culture lookups: every TCP frame's Info has five or six numbers.
    /// </summary>
    private void AppendDigits(ulong value)
    {
        Span<char> digits = stackalloc char[20];
        int start = digits.Length;
        do
        {
            ulong quotient = value / 10;
            digits[--start] = (char)('0' + (int)(value - quotient * 10));
            value = quotient;
        }
        while (value != 0);
        digits[start..].CopyTo(_chars.AsSpan(_length));
        _length += digits.Length - start;
    }

    /// <summary>Appends Latin-1/ASCII bytes as characters (protocol text from the wire).</summary>
    public void AppendAscii(ReadOnlySpan<byte> bytes)
    {
        if (!Enabled)
            return;
        Ensure(bytes.Length);
        var dest = _chars.AsSpan(_length);
        for (int i = 0; i < bytes.Length; i++)
            dest[i] = (char)bytes[i];
        _length += bytes.Length;
    }

    /// <summary>Appends <paramref name="separator"/> first when the column already has text (col_append_sep_str).</summary>
    public void AppendSeparated(ReadOnlySpan<char> separator, ReadOnlySpan<char> text)
    {
        if (!Enabled)
            return;
        if (_length > 0)
            Append(separator);
        Append(text);
    }

    /// <summary>Inserts text at the start (col_prepend_fstr).</summary>
    public void Prepend(ReadOnlySpan<char> text)
    {
        if (!Enabled)
            return;
        Ensure(text.Length);
        _chars.AsSpan(0, _length).CopyTo(_chars.AsSpan(text.Length));
        text.CopyTo(_chars);
        _length += text.Length;
        if (_fence > 0)
            _fence += text.Length;
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + extra));
    }
}
