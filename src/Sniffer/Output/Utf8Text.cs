using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Sniffer.Output;

/// <summary>
/// A reusable buffer of UTF-8 text that output is written into directly (no string per line, no second transcoding):
/// ASCII and UTF-8 spans, strings encoded on the way in, numbers formatted in place. <see cref="Length"/> can be set back to
/// undo what was appended since a mark.
/// </summary>
public sealed class Utf8Text
{
    private const string HexDigits = "0123456789abcdef";
    private byte[] _buffer;
    private int _length;

    public Utf8Text(int capacity = 16 * 1024) => _buffer = new byte[capacity];

    /// <summary>The bytes written so far; setting it smaller drops what came after.</summary>
    public int Length
    {
        get => _length;
        set => _length = Math.Clamp(value, 0, _length);
    }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Clear() => _length = 0;

    /// <summary>Room for at least <paramref name="count"/> more bytes; advance with <see cref="Advance"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
            Grow(count);
        return _buffer.AsSpan(_length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int count) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));

    public void Advance(int count) => _length += count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte value)
    {
        if (_length == _buffer.Length)
            Grow(1);
        _buffer[_length++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Reserve(utf8.Length));
        _length += utf8.Length;
    }

    public void Append(string text) => Append(text.AsSpan());

    /// <summary>UTF-16 text, encoded (a lone surrogate becomes U+FFFD, as every writer of Sniffer's encodes it).</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        _length += Encoding.UTF8.GetBytes(text, Reserve(text.Length * 3));
    }

    /// <summary>Spaces, 16 at a time (an indentation is rarely deeper: one or two stores, no call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendSpaces(int count)
    {
        if (_buffer.Length - _length < count + Slack)
            Grow(count + Slack);
        ref byte at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _length);
        var spaces = Vector128.Create((byte)' ');
        for (int i = 0; i < count; i += Vector128<byte>.Count)
            spaces.StoreUnsafe(ref at, (nuint)i);
        _length += count;
    }

    /// <summary>What <see cref="AppendPadded"/> may write past the end of what it appends.</summary>
    private const int Slack = 16;

    /// <summary>
    /// A copy of <paramref name="padded"/> (from <see cref="Padded"/>) for the bytes a short label is made of, 16 bytes at
    /// a time: no call into Memmove for a copy a few stores long (it writes up to 15 bytes past the end, overwritten next).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendPadded(byte[] padded, int length)
    {
        if (_buffer.Length - _length < length + Slack)
            Grow(length + Slack);
        if ((uint)padded.Length < (uint)((length + Slack - 1) & ~(Slack - 1)))
            throw new ArgumentException("not padded", nameof(padded));
        ref byte source = ref MemoryMarshal.GetArrayDataReference(padded);
        ref byte destination = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _length);
        for (int i = 0; i < length; i += Vector128<byte>.Count)
            Vector128.LoadUnsafe(ref source, (nuint)i).StoreUnsafe(ref destination, (nuint)i);
        _length += length;
    }

    /// <summary>A copy of <paramref name="bytes"/> in an array <see cref="AppendPadded"/> copies from (its length rounded up to 16).</summary>
    public static byte[] Padded(ReadOnlySpan<byte> bytes)
    {
        var padded = new byte[PaddedLength(bytes.Length)];
        bytes.CopyTo(padded);
        return padded;
    }

    /// <summary>The length of an array <see cref="AppendPadded"/> copies <paramref name="length"/> bytes from.</summary>
    public static int PaddedLength(int length) => Math.Max(Slack, (length + Slack - 1) & ~(Slack - 1));

    /// <summary>The invariant culture's default decimal form, written digit by digit (no format or culture lookups).</summary>
    public void AppendDecimal(ulong value)
    {
        // Utf8Formatter's default format: the digits counted and written in place, no format string or culture to look at.
        System.Buffers.Text.Utf8Formatter.TryFormat(value, Reserve(20), out int written);
        _length += written;
    }

    /// <summary>
    /// A fraction of a second as its nine digits, zero-padded (<paramref name="nanoseconds"/> below 1,000,000,000), two
    /// digits at a time.
    /// </summary>
    public void AppendNanoseconds(uint nanoseconds)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(nanoseconds, 1_000_000_000u);
        var digits = Reserve(9)[..9];
        ReadOnlySpan<byte> pairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;
        uint value = nanoseconds;
        for (int i = 7; i > 0; i -= 2)
        {
            uint quotient = value / 100;
            int pair = (int)(value - quotient * 100) * 2;
            digits[i] = pairs[pair];
            digits[i + 1] = pairs[pair + 1];
            value = quotient;
        }
        digits[0] = (byte)('0' + value);
        _length += 9;
    }

    public void AppendDecimal(long value)
    {
        if (value < 0)
        {
            Append((byte)'-');
            AppendDecimal((ulong)-(value + 1) + 1);
        }
        else
        {
            AppendDecimal((ulong)value);
        }
    }

    /// <summary>"0x" and <paramref name="digits"/> lower-case hex digits.</summary>
    public void AppendHex(ulong value, int digits)
    {
        var span = Reserve(digits + 2);
        span[0] = (byte)'0';
        span[1] = (byte)'x';
        for (int i = 0; i < digits; i++)
            span[2 + i] = (byte)HexDigits[(int)((value >> ((digits - 1 - i) * 4)) & 0xF)];
        _length += digits + 2;
    }

    /// <summary>Appends <paramref name="text"/>'s characters, encoded.</summary>
    public void Append(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Length == text.Length)
            {
                Append(chunk.Span);
                return;
            }
            // Several chunks: one pass through an array, so a surrogate pair split between chunks stays whole.
            char[] chars = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
            text.CopyTo(0, chars, text.Length);
            Append(chars.AsSpan(0, text.Length));
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
            return;
        }
    }

    /// <summary>Writes the text to <paramref name="output"/>: as bytes when it takes UTF-8, else decoded.</summary>
    public void WriteTo(TextWriter output)
    {
        if (output is Pipeline.Utf8Writer utf8)
        {
            utf8.WriteUtf8(Written);
            return;
        }
        char[] chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, _length));
        int count = Encoding.UTF8.GetChars(Written, chars);
        output.Write(chars, 0, count);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
    }
}
