using System.Runtime.CompilerServices;
using System.Text;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// UTF-16 display text to UTF-8 for the tree's arena. Nearly all of it is a few dozen ASCII characters (", Len: ",
/// "Not set", an address), where a plain loop is done before the general encoder (virtual call, transcoder, vector
/// set-up) has started; anything else goes to the encoder, so the bytes are the same.
/// </summary>
internal static class Utf8Narrowing
{
    private const int ShortText = 32;

    /// <summary>Writes <paramref name="text"/> as UTF-8 into <paramref name="destination"/> (room for 3 bytes a character); returns the bytes written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (text.Length <= ShortText)
        {
            var bytes = destination[..text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 0x80)
                    return Encoding.UTF8.GetBytes(text, destination);
                bytes[i] = (byte)c;
            }
            return text.Length;
        }
        return Encoding.UTF8.GetBytes(text, destination);
    }
}
