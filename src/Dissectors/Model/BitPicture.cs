namespace Sniffer.Dissectors.Model;

/// <summary>
/// Wireshark's bit picture of a value in its container ("0100 .... = "): the masked bits as 0 or 1, the others as
/// dots, a space every four bits, then " = ". Dissectors use it for the text of bit-range items whose field has no
/// mask of its own (proto_tree_add_bits_item, as ip.version and tcp.hdr_len); the tree printer for bit fields.
/// </summary>
public static class BitPicture
{
    /// <summary>Characters <see cref="Write"/> needs for a container of <paramref name="width"/> bits.</summary>
    public static int Length(int width) => width + (width - 1) / 4 + 3;

    /// <summary>Writes the picture of <paramref name="value"/> (already in place in its container) and returns the characters written.</summary>
    public static int Write(Span<char> destination, ulong value, ulong mask, int width)
    {
        int n = 0;
        for (int i = 0; i < width; i++)
        {
            ulong bit = 1UL << (width - 1 - i);
            destination[n++] = (mask & bit) != 0 ? ((value & bit) != 0 ? '1' : '0') : '.';
            if (i + 1 < width && (i + 1) % 4 == 0)
                destination[n++] = ' ';
        }
        " = ".CopyTo(destination[n..]);
        return n + 3;
    }

    /// <summary><see cref="Write(Span{char}, ulong, ulong, int)"/> as ASCII bytes, for text that goes to the tree as UTF-8.</summary>
    public static int Write(Span<byte> destination, ulong value, ulong mask, int width)
    {
        int n = 0;
        for (int i = 0; i < width; i++)
        {
            ulong bit = 1UL << (width - 1 - i);
            destination[n++] = (mask & bit) != 0 ? ((value & bit) != 0 ? (byte)'1' : (byte)'0') : (byte)'.';
            if (i + 1 < width && (i + 1) % 4 == 0)
                destination[n++] = (byte)' ';
        }
        " = "u8.CopyTo(destination[n..]);
        return n + 3;
    }
}
