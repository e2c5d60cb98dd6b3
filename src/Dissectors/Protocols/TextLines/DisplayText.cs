using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Turns protocol text from the wire into the strings Wireshark shows, into caller-provided buffers so the
/// hot path allocates nothing.
/// </summary>
public static class DisplayText
{
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// Characters needed by <see cref="FormatLine"/> for <paramref name="byteCount"/> bytes in the worst case
    /// (every byte written as a four-character octal escape).
    /// </summary>
    public static int MaxFormattedLength(int byteCount) => byteCount * 4;

    /// <summary>
    /// Wireshark's format_text, used for tree lines and the Info column: valid UTF-8 is kept, CR, LF, tab and
    /// the other C escapes are written as \r, \n, \t…, other control bytes as a backslash and three octal
    /// digits, invalid UTF-8 as U+FFFD. Returns the number of characters written.
    /// </summary>
    public static int FormatLine(ReadOnlySpan<byte> text, Span<char> destination)
    {
        int written = 0;
        int i = 0;
        while (i < text.Length)
        {
            byte b = text[i];
            if (b < 0x80)
            {
                if (b >= 0x20 && b != 0x7F)
                {
                    destination[written++] = (char)b;
                }
                else
                {
                    char escape = b switch
                    {
                        0x07 => 'a',
                        0x08 => 'b',
                        0x0C => 'f',
                        0x0A => 'n',
                        0x0D => 'r',
                        0x09 => 't',
                        0x0B => 'v',
                        _ => '\0',
                    };
                    destination[written++] = '\\';
                    if (escape != '\0')
                    {
                        destination[written++] = escape;
                    }
                    else
                    {
                        destination[written++] = (char)('0' + ((b >> 6) & 7));
                        destination[written++] = (char)('0' + ((b >> 3) & 7));
                        destination[written++] = (char)('0' + (b & 7));
                    }
                }
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(text[i..], out var rune, out int consumed);
            if (status == OperationStatus.Done)
                written += rune.EncodeToUtf16(destination[written..]);
            else
                destination[written++] = Replacement;
            i += Math.Max(consumed, 1);
        }
        return written;
    }

    /// <summary>
    /// <see cref="FormatLine"/> written as UTF-8: the same characters, encoded (valid UTF-8 is copied as it is, U+FFFD is
    /// EF BF BD), with no UTF-16 on the way. Printable ASCII, most of any text protocol, is copied 16 bytes at a time while
    /// it is checked (a line's last bytes by a 16-byte load that ends with the line, overlapping what was copied).
    /// <paramref name="destination"/> needs <see cref="MaxFormattedLength"/> bytes. Returns the number of bytes written.
    /// </summary>
    public static int FormatLineUtf8(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        int length = text.Length;
        int room = destination.Length;
        ref byte source = ref MemoryMarshal.GetReference(text);
        ref byte target = ref MemoryMarshal.GetReference(destination);
        int written = 0;
        int i = 0;
        // How many of the last bytes written are the text's own bytes just before i (copied as they are).
        int copied = 0;
        while (i < length)
        {
            int left = length - i;
            int run;
            if (left >= Vector128<byte>.Count && written + Vector128<byte>.Count <= room)
            {
                var chunk = Vector128.LoadUnsafe(ref source, (nuint)i);
                chunk.StoreUnsafe(ref target, (nuint)written);
                uint other = NotPrintable(chunk);
                run = other == 0 ? Vector128<byte>.Count : BitOperations.TrailingZeroCount(other);
            }
            else if (length >= Vector128<byte>.Count && copied >= Vector128<byte>.Count - left && written + left <= room)
            {
                // The last 16 bytes of the text, the first of them already written as they are: stored over them.
                int back = Vector128<byte>.Count - left;
                var chunk = Vector128.LoadUnsafe(ref source, (nuint)(length - Vector128<byte>.Count));
                chunk.StoreUnsafe(ref target, (nuint)(written - back));
                uint other = NotPrintable(chunk) >> back;
                run = other == 0 ? left : BitOperations.TrailingZeroCount(other);
            }
            else
            {
                run = text[i..].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);
                if (run < 0)
                    run = left;
                text.Slice(i, run).CopyTo(destination[written..]);
            }
            written += run;
            i += run;
            copied += run;
            if (i == length)
                break;
            if (run == Vector128<byte>.Count)
                continue;
            byte b = text[i];
            if (b < 0x80)
            {
                byte escape = b switch
                {
                    0x07 => (byte)'a',
                    0x08 => (byte)'b',
                    0x0C => (byte)'f',
                    0x0A => (byte)'n',
                    0x0D => (byte)'r',
                    0x09 => (byte)'t',
                    0x0B => (byte)'v',
                    _ => 0,
                };
                destination[written++] = (byte)'\\';
                if (escape != 0)
                {
                    destination[written++] = escape;
                }
                else
                {
                    destination[written++] = (byte)('0' + ((b >> 6) & 7));
                    destination[written++] = (byte)('0' + ((b >> 3) & 7));
                    destination[written++] = (byte)('0' + (b & 7));
                }
                i++;
                copied = 0;
                continue;
            }
            if (b >= 0xC2 && b <= 0xDF && i + 1 < length && (sbyte)text[i + 1] < -0x40)
            {
                // A two-byte character (U+0080 to U+07FF: "·", "é"), the commonest outside ASCII.
                destination[written++] = b;
                destination[written++] = text[i + 1];
                i += 2;
                copied += 2;
                continue;
            }
            var status = Rune.DecodeFromUtf8(text[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                text.Slice(i, consumed).CopyTo(destination[written..]);
                written += consumed;
                copied += consumed;
            }
            else
            {
                destination[written++] = 0xEF;
                destination[written++] = 0xBF;
                destination[written++] = 0xBD;
                copied = 0;
            }
            i += Math.Max(consumed, 1);
        }
        return written;
    }

    /// <summary>A bit per byte of <paramref name="chunk"/> outside printable ASCII (0x20 to 0x7E).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint NotPrintable(Vector128<byte> chunk)
        => Vector128.GreaterThan(chunk - Vector128.Create((byte)0x20), Vector128.Create((byte)(0x7E - 0x20))).ExtractMostSignificantBits();

    /// <summary>
    /// A field value as Wireshark's ENC_ASCII strings hold it: the text up to the first NUL (a C string),
    /// with every byte above 0x7F replaced by U+FFFD. Returns the number of characters written
    /// (at most <c>text.Length</c>).
    /// </summary>
    public static int AsciiValue(ReadOnlySpan<byte> text, Span<char> destination)
    {
        int nul = text.IndexOf(TextBytes.Nul);
        if (nul >= 0)
            text = text[..nul];
        for (int i = 0; i < text.Length; i++)
            destination[i] = text[i] < 0x80 ? (char)text[i] : Replacement;
        return text.Length;
    }

    /// <summary>True when <paramref name="text"/> can be stored as it is as a field value (ASCII, no NUL).</summary>
    public static bool IsPlainAscii(ReadOnlySpan<byte> text)
        => text.IndexOfAnyExceptInRange((byte)1, (byte)0x7F) < 0; // one vectorized pass: no NUL, nothing above 0x7F
}
