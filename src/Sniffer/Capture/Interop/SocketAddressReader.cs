using System.Net;
using Sniffer.Capture.Platform;

namespace Sniffer.Capture.Interop;

/// <summary>Reads the IPv4 and IPv6 addresses out of the struct sockaddr pointers that pcap_findalldevs returns, in the platform's layout.</summary>
internal static class SocketAddressReader
{
    private const int IPv4AddressAt = 4;        // sockaddr_in: family (2), port (2), address (4)
    private const int IPv6AddressAt = 8;        // sockaddr_in6: family (2), port (2), flow info (4), address (16), scope (4)
    private const int IPv4Length = 4;
    private const int IPv6Length = 16;

    /// <summary>The address, or null for a null pointer or a family other than IPv4/IPv6 (AF_PACKET, AF_LINK link addresses).</summary>
    public static unsafe IPAddress? Read(nint sockaddr, SocketAddressLayout layout)
    {
        if (sockaddr == 0)
            return null;
        byte* p = (byte*)sockaddr;
        ushort family = layout.FamilyOf(p);
        if (family == SocketAddressLayout.FamilyIPv4)
            return new IPAddress(new ReadOnlySpan<byte>(p + IPv4AddressAt, IPv4Length));
        if (family == layout.FamilyIPv6)
        {
            // The scope id is left out, as dumpcap -D -M prints link-local addresses ("fe80::1", not "fe80::1%2").
            return new IPAddress(new ReadOnlySpan<byte>(p + IPv6AddressAt, IPv6Length));
        }
        return null;
    }
}
