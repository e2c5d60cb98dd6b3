using System.Buffers.Binary;

namespace Sniffer.Dissectors.Model;

/// <summary>Writes addresses into character spans (and IPv4 and MAC as ASCII bytes) without allocating: IPv4 dotted quads, RFC 5952 IPv6, MAC.</summary>
public static class AddressText
{
    private const string HexDigits = "0123456789abcdef";

    public static int FormatIpv4(uint address, Span<char> dest)
    {
        int n = 0;
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            ((address >> shift) & 0xFF).TryFormat(dest[n..], out int w);
            n += w;
            if (shift > 0)
                dest[n++] = '.';
        }
        return n;
    }

    public static int FormatIpv4(ReadOnlySpan<byte> address, Span<char> dest) => FormatIpv4(BinaryPrimitives.ReadUInt32BigEndian(address), dest);

    /// <summary><see cref="FormatIpv4(uint, Span{char})"/> as ASCII bytes (at most 15), for text that goes to the tree as UTF-8.</summary>
    public static int FormatIpv4(ReadOnlySpan<byte> address, Span<byte> dest)
    {
        int n = 0;
        for (int i = 0; i < 4; i++)
        {
            uint octet = address[i];
            if (octet >= 100)
            {
                dest[n++] = (byte)('0' + octet / 100);
                octet %= 100;
                dest[n++] = (byte)('0' + octet / 10);
            }
            else if (octet >= 10)
            {
                dest[n++] = (byte)('0' + octet / 10);
            }
            dest[n++] = (byte)('0' + octet % 10);
            if (i < 3)
                dest[n++] = (byte)'.';
        }
        return n;
    }

    /// <summary><see cref="FormatEther(ReadOnlySpan{byte}, Span{char})"/> as ASCII bytes.</summary>
    public static int FormatEther(ReadOnlySpan<byte> address, Span<byte> dest)
    {
        int n = 0;
        for (int i = 0; i < address.Length; i++)
        {
            if (i > 0)
                dest[n++] = (byte)':';
            dest[n++] = (byte)HexDigits[address[i] >> 4];
            dest[n++] = (byte)HexDigits[address[i] & 0xF];
        }
        return n;
    }

    /// <summary>RFC 5952: lower-case hex, leading zeros dropped, the longest run (≥2) of zero groups as "::".</summary>
    public static int FormatIpv6(ReadOnlySpan<byte> address, Span<char> dest)
    {
        Span<ushort> groups = stackalloc ushort[8];
        for (int i = 0; i < 8; i++)
            groups[i] = BinaryPrimitives.ReadUInt16BigEndian(address[(i * 2)..]);

        // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms print the last 32 bits as a dotted quad, as Wireshark does.
        bool mapped = groups[..5].IndexOfAnyExcept((ushort)0) < 0 && groups[5] == 0xFFFF;
        int bestStart = -1, bestLength = 0;
        for (int i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0)
                i++;
            if (i - start > bestLength)
            {
                bestStart = start;
                bestLength = i - start;
            }
        }
        if (bestLength < 2)
            bestStart = -1;

        int n = 0;
        int last = mapped ? 6 : 8;
        for (int i = 0; i < last; i++)
        {
            if (i == bestStart)
            {
                dest[n++] = ':';
                if (i == 0)
                    dest[n++] = ':';
                i += bestLength - 1;
                continue;
            }
            n += FormatGroup(groups[i], dest[n..]);
            if (i < last - 1 || mapped)
                dest[n++] = ':';
        }
        if (mapped)
        {
            if (n == 0 || dest[n - 1] != ':')
                dest[n++] = ':';
            n += FormatIpv4(address[12..], dest[n..]);
        }
        return n;
    }

    private static int FormatGroup(ushort value, Span<char> dest)
    {
        int n = 0;
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4)
        {
            int digit = (value >> shift) & 0xF;
            if (digit == 0 && !started && shift > 0)
                continue;
            started = true;
            dest[n++] = HexDigits[digit];
        }
        return n;
    }

    public static int FormatEther(ReadOnlySpan<byte> address, Span<char> dest)
    {
        int n = 0;
        for (int i = 0; i < address.Length; i++)
        {
            if (i > 0)
                dest[n++] = ':';
            dest[n++] = HexDigits[address[i] >> 4];
            dest[n++] = HexDigits[address[i] & 0xF];
        }
        return n;
    }

    public static int FormatHex(ReadOnlySpan<byte> bytes, Span<char> dest, char separator = '\0')
    {
        int n = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (separator != '\0' && i > 0)
                dest[n++] = separator;
            dest[n++] = HexDigits[bytes[i] >> 4];
            dest[n++] = HexDigits[bytes[i] & 0xF];
        }
        return n;
    }
}
