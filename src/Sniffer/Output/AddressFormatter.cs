using System.Globalization;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>Writes addresses into character spans without allocating (see <see cref="AddressText"/>), and endpoints for reports.</summary>
public static class AddressFormatter
{
    public static int FormatIpv4(uint address, Span<char> dest) => AddressText.FormatIpv4(address, dest);

    public static int FormatIpv4(ReadOnlySpan<byte> address, Span<char> dest) => AddressText.FormatIpv4(address, dest);

    public static int FormatIpv6(ReadOnlySpan<byte> address, Span<char> dest) => AddressText.FormatIpv6(address, dest);

    public static int FormatEther(ReadOnlySpan<byte> address, Span<char> dest) => AddressText.FormatEther(address, dest);

    public static int FormatHex(ReadOnlySpan<byte> bytes, Span<char> dest, char separator = '\0') => AddressText.FormatHex(bytes, dest, separator);

    /// <summary>"addr:port" as tshark's statistics print an endpoint; IPv6 in brackets when <paramref name="bracketIpv6"/> (follow).</summary>
    public static string Endpoint(AddressKind kind, ReadOnlySpan<byte> address, ushort port, bool bracketIpv6)
    {
        Span<char> buf = stackalloc char[48];
        string portText = port.ToString(CultureInfo.InvariantCulture);
        if (kind == AddressKind.Ipv6)
        {
            var text = buf[..FormatIpv6(address, buf)];
            return bracketIpv6 ? string.Concat("[", text, "]:", portText) : string.Concat(text, ":", portText);
        }
        return string.Concat(buf[..FormatIpv4(address, buf)], ":", portText);
    }
}
