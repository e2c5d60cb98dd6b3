using System.Buffers.Binary;
using System.Globalization;
using System.Net;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>
/// Addresses as Wireshark writes them in the Info column and in tree texts: dotted IPv4, RFC 5952 IPv6, colon MAC.
/// Used only when a column or text is built (the callers check first), so a string per call is acceptable.
/// </summary>
public static class AddressText
{
    public static string Ipv4(ReadOnlySpan<byte> address) => Ipv4(BinaryPrimitives.ReadUInt32BigEndian(address));

    public static string Ipv4(uint address) => string.Create(CultureInfo.InvariantCulture,
        $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}");

    public static string Ipv6(ReadOnlySpan<byte> address) => new IPAddress(address).ToString();

    public static string Mac(ReadOnlySpan<byte> address)
    {
        const string digits = "0123456789abcdef";
        Span<char> text = stackalloc char[Math.Max(0, address.Length * 3 - 1)];
        for (int i = 0; i < address.Length; i++)
        {
            if (i > 0)
                text[i * 3 - 1] = ':';
            text[i * 3] = digits[address[i] >> 4];
            text[i * 3 + 1] = digits[address[i] & 0xF];
        }
        return new string(text);
    }
}
