using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// UTF-16 display text to UTF-8 for the tree's arena. Nearly all of it is a few dozen ASCII characters (", Len: ",
/// "Not set", an address, "Ethernet II, Src: …"), narrowed here eight characters at a time, with no call into the general
/// encoder (virtual call, transcoder, vector set-up); text with anything else goes to the encoder, so the bytes are the same.
/// </summary>
internal static class Utf8Narrowing
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 into <paramref name="destination"/> (room for 3 bytes a character); returns the bytes written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int length = text.Length;
        if (destination.Length < length)
            return EncodeAny(text, destination);
        ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref byte to = ref MemoryMarshal.GetReference(destination);
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var nonAscii = Vector128.Create((ushort)0xFF80);
            for (; i + 8 <= length; i += 8)
            {
                var chars = Vector128.LoadUnsafe(ref from, (nuint)i);
                if ((chars & nonAscii) != Vector128<ushort>.Zero)
                    return EncodeAny(text, destination);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, i), Vector128.Narrow(chars, chars).AsUInt64().ToScalar());
            }
        }
        for (; i < length; i++)
        {
            ushort c = Unsafe.Add(ref from, i);
            if (c >= 0x80)
                return EncodeAny(text, destination);
            Unsafe.Add(ref to, i) = (byte)c;
        }
        return length;
    }

    // Out of line: the encoder's locals would otherwise be zeroed on every call of the ASCII path it is inlined into.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int EncodeAny(ReadOnlySpan<char> text, Span<byte> destination) => Encoding.UTF8.GetBytes(text, destination);
}
