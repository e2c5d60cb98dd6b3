using System.Runtime.CompilerServices;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// The Info column as dissectors build it, with Wireshark's fence: text before the fence survives
/// a later <see cref="Set"/> or <see cref="Clear"/>, so the first PDU of a segment keeps its text when
/// a second PDU appends its own. A reusable character buffer: no allocation per frame.
/// A layer may <see cref="Defer"/> its text: it keeps the values, and the text is formatted in place only when the column
/// is read or changed in a way that needs it (appends after it do not), so a frame whose Info nobody reads costs no
/// formatting; the result is the same text the layer would have written at once.
/// </summary>
public sealed class InfoColumn
{
    /// <summary>The most bytes of values a deferred text may keep.</summary>
    public const int DeferredStateCapacity = 64;

    private char[] _chars = new char[256];
    private int _length;
    private int _fence;
    private IDeferredInfo? _deferred;
    private object? _deferredContext;
    private int _deferredAt;
    private readonly byte[] _deferredState = new byte[DeferredStateCapacity];

    /// <summary>False when no output shows the Info column: every write is then skipped.</summary>
    public bool Enabled { get; set; } = true;

    public int Length
    {
        get
        {
            Materialize();
            return _length;
        }
    }

    public ReadOnlySpan<char> Text
    {
        get
        {
            Materialize();
            return _chars.AsSpan(0, _length);
        }
    }

    public override string ToString() => new(Text);

    public void Reset()
    {
        _length = 0;
        _fence = 0;
        _deferred = null;
        _deferredContext = null;
    }

    /// <summary>
    /// Writes the text <paramref name="writer"/> makes of <paramref name="state"/> here, when the column is first read
    /// (<see cref="Text"/>, <see cref="Length"/>, <see cref="ToString"/>) or changed before it (<see cref="Prepend"/> keeps
    /// it deferred; <see cref="SetFence"/> writes it, and <see cref="AppendSeparated"/> unless it is never empty). <see cref="Set"/> and
    /// <see cref="Clear"/> drop it unwritten, as they would erase it; text appended meanwhile stays after it.
    /// </summary>
    public void Defer(IDeferredInfo writer, object? context, ReadOnlySpan<byte> state)
    {
        if (!Enabled)
            return;
        if (state.Length > DeferredStateCapacity)
            throw new ArgumentException($"A deferred Info text keeps at most {DeferredStateCapacity} bytes.", nameof(state));
        Materialize();
        state.CopyTo(_deferredState);
        _deferred = writer;
        _deferredContext = context;
        _deferredAt = _length;
    }

    /// <summary>Formats a deferred text into its place: written at the end, then rotated before what was appended after it.</summary>
    private void Materialize()
    {
        if (_deferred is not { } writer)
            return;
        _deferred = null;
        int at = _deferredAt, end = _length;
        writer.Write(this, _deferredContext, _deferredState);
        _deferredContext = null;
        if (end == at)
            return;
        // [at, end) is text appended after the deferral, [end, _length) the deferred text: swap the two runs in place.
        var tail = _chars.AsSpan(at, end - at);
        var written = _chars.AsSpan(end, _length - end);
        tail.Reverse();
        written.Reverse();
        _chars.AsSpan(at, _length - at).Reverse();
    }

    /// <summary>Replaces the text after the fence.</summary>
    public void Set(ReadOnlySpan<char> text)
    {
        if (!Enabled)
            return;
        Clear();
        Append(text);
    }

    /// <summary>Removes the text after the fence.</summary>
    public void Clear()
    {
        // A deferred text always lies after the fence (SetFence writes it), so clearing erases it unwritten.
        _deferred = null;
        _deferredContext = null;
        _length = _fence;
    }

    /// <summary>Keeps everything written so far from later <see cref="Set"/> and <see cref="Clear"/> calls.</summary>
    public void SetFence()
    {
        Materialize();
        _fence = _length;
    }

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

    /// <summary>
    /// Appends <paramref name="separator"/> first when the column already has text (col_append_sep_str). The test of
    /// <see cref="Enabled"/> is inlined at the call: every layer names itself in frame.protocols this way, and a run
    /// that reads neither column paid a full call (its register saves) per layer per frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendSeparated(ReadOnlySpan<char> separator, ReadOnlySpan<char> text)
    {
        if (Enabled)
            AppendSeparatedEnabled(separator, text);
    }

    private void AppendSeparatedEnabled(ReadOnlySpan<char> separator, ReadOnlySpan<char> text)
    {
        if (_deferred is not { NeverEmpty: true })
            Materialize();
        if (_length > 0 || _deferred is not null)
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
        if (_deferred is not null)
            _deferredAt += text.Length;
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + extra));
    }
}
