using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sniffer.Output;

/// <summary>
/// The address:port form of follow's stream argument ("follow,tcp,ascii,10.0.0.1:80,10.0.0.2:5000"): the frames between
/// the two endpoints, either way, and the filter text tshark 4.0 prints for them. IPv6 addresses are written in brackets.
/// </summary>
public sealed class FollowEndpoints
{
    private readonly byte[] _a, _b;
    private readonly ushort _portA, _portB;

    private FollowEndpoints(IPAddress a, ushort portA, IPAddress b, ushort portB, string transport)
    {
        _a = a.GetAddressBytes();
        _b = b.GetAddressBytes();
        _portA = portA;
        _portB = portB;
        string ip = a.AddressFamily == AddressFamily.InterNetworkV6 ? "ipv6" : "ip";
        string Side(IPAddress src, ushort sp, IPAddress dst, ushort dp) =>
            $"({ip}.src eq {src} and {transport}.srcport eq {sp}) and ({ip}.dst eq {dst} and {transport}.dstport eq {dp})";
        Filter = $"({Side(a, portA, b, portB)}) or ({Side(b, portB, a, portA)})";
    }

    /// <summary>The Filter line's text.</summary>
    public string Filter { get; }

    /// <summary>The two endpoints, or null with tshark's message ("follow - Invalid address." and the like).</summary>
    public static FollowEndpoints? TryParse(string first, string second, out string? error) => TryParse(first, second, "tcp", out error);

    /// <summary>The two endpoints of a <paramref name="transport"/> ("tcp" or "udp") conversation, as the Filter line names its ports.</summary>
    public static FollowEndpoints? TryParse(string first, string second, string transport, out string? error)
    {
        if (!TryEndpoint(first, out var a, out ushort pa, out error) || !TryEndpoint(second, out var b, out ushort pb, out error))
            return null;
        if (a.AddressFamily != b.AddressFamily)
        {
            error = "follow - Mismatched IP address types.";
            return null;
        }
        return new FollowEndpoints(a, pa, b, pb, transport);
    }

    /// <summary>"1.2.3.4:80" or "[::1]:80", as tshark 4.0's follow parses them.</summary>
    private static bool TryEndpoint(string text, out IPAddress address, out ushort port, out string? error)
    {
        address = IPAddress.None;
        port = 0;
        error = "follow - Invalid address.";
        bool v6 = text.StartsWith('[');
        int colon = v6 ? text.IndexOf("]:", StringComparison.Ordinal) + 1 : text.IndexOf(':');
        if (colon <= 0 || (!v6 && text.IndexOf(':', colon + 1) >= 0)
            || !ushort.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port))
            return false;
        var host = v6 ? text.AsSpan(1, colon - 2) : text.AsSpan(0, colon);
        if (!IPAddress.TryParse(host, out address!) || address.AddressFamily != (v6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork)
            || !v6 && host.Count('.') != 3)
        {
            error = v6 ? "follow - Can't get IPv6 address" : "follow - Can't get IPv4 address";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>Whether a frame between these addresses and ports (either way) belongs to the followed stream.</summary>
    public bool Matches(ReadOnlySpan<byte> source, ushort sourcePort, ReadOnlySpan<byte> destination, ushort destinationPort) =>
        source.SequenceEqual(_a) && sourcePort == _portA && destination.SequenceEqual(_b) && destinationPort == _portB
        || source.SequenceEqual(_b) && sourcePort == _portB && destination.SequenceEqual(_a) && destinationPort == _portA;
}
