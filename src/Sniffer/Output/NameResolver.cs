using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// Names for addresses and ports as tshark's -N finds them (epan/addr_resolv.c): IP addresses from Wireshark's hosts
/// files (the personal one first, then the global one) and, with N, from the system resolver (/etc/hosts, DNS); ports
/// from Wireshark's services files, or the system's when Wireshark's are not installed; MAC addresses from the ethers
/// and manuf files. Every answer is cached; a system lookup waits at most a second, and after a few lookups that time
/// out the resolver stops asking, so a capture of many addresses on a host without DNS still reads quickly.
/// </summary>
public sealed class NameResolver : IPortNames, IMacNames
{
    private const int LookupTimeoutMs = 1000;
    private const int MaxTimeouts = 3;

    private readonly NameResolution _flags;
    private readonly Dictionary<IPAddress, string> _hosts = new();
    private readonly ConcurrentDictionary<IPAddress, string?> _resolved = new();
    private readonly Dictionary<int, string> _tcpPorts = new();
    private readonly Dictionary<int, string> _udpPorts = new();
    private readonly Dictionary<ulong, string> _ethers = new();
    private readonly List<(ulong Prefix, int Bits, bool WellKnown, string Name)> _manuf = new();
    private readonly Dictionary<ulong, string> _macNames = new();
    private int _timeouts;

    public NameResolver(NameResolution flags, WiresharkFiles? files = null)
    {
        _flags = flags;
        files ??= WiresharkFiles.Default;
        if ((flags & NameResolution.Network) != 0)
        {
            // The personal file wins over the global one: read it last.
            foreach (var path in files.Global("hosts").Concat(files.Personal("hosts")))
                LoadHosts(path);
        }
        if ((flags & NameResolution.Transport) != 0)
        {
            var services = files.Global("services").Concat(files.Personal("services")).ToList();
            if (services.Count == 0)
                services.AddRange(files.System("services"));
            foreach (var path in services)
                LoadServices(path);
        }
        if ((flags & NameResolution.Mac) != 0)
        {
            foreach (var path in files.Global("manuf").Concat(files.Personal("manuf")))
                LoadManuf(path, wellKnown: false);
            foreach (var path in files.Global("wka"))
                LoadManuf(path, wellKnown: true);
            foreach (var path in files.System("ethers").Concat(files.Personal("ethers")))
                LoadEthers(path);
            // addr_resolv.c's order: longer prefixes first; at 24 bits the well-known ranges before the makers' OUIs.
            _manuf.Sort((a, b) => a.Bits != b.Bits ? b.Bits.CompareTo(a.Bits) : b.WellKnown.CompareTo(a.WellKnown));
        }
    }

    /// <summary>A resolver that resolves nothing (the default).</summary>
    public static NameResolver None { get; } = new(NameResolution.None, WiresharkFiles.Empty);

    private static readonly ConcurrentDictionary<NameResolution, NameResolver> ByFlags = new();

    /// <summary>The resolver for these flags over the installed name files, made once per process.</summary>
    public static NameResolver For(NameResolution flags) =>
        flags == NameResolution.None ? None : ByFlags.GetOrAdd(flags, f => new NameResolver(f));

    public NameResolution Flags => _flags;

    public bool ResolvesAddresses => (_flags & (NameResolution.Network | NameResolution.Mac)) != 0;

    /// <summary>tshark's -N letters; false with the first letter it does not know.</summary>
    public static bool TryParse(string letters, out NameResolution flags, out char unknown)
    {
        flags = NameResolution.None;
        unknown = '\0';
        foreach (char c in letters)
        {
            var flag = c switch
            {
                'm' => NameResolution.Mac,
                'n' => NameResolution.Network,
                'N' => NameResolution.External,
                't' => NameResolution.Transport,
                'd' => NameResolution.CapturedDns,
                'v' => NameResolution.Vlan,
                _ => NameResolution.None,
            };
            if (flag == NameResolution.None)
            {
                unknown = c;
                return false;
            }
            flags |= flag;
        }
        return true;
    }

    /// <summary>The name of an address as a column shows it, or null to show the address itself.</summary>
    public string? AddressName(AddressKind kind, ReadOnlySpan<byte> address) => kind switch
    {
        AddressKind.Ipv4 or AddressKind.Ipv6 when (_flags & NameResolution.Network) != 0 => IpName(new IPAddress(address)),
        AddressKind.Ether when (_flags & NameResolution.Mac) != 0 && address.Length == 6 => MacName6(address),
        _ => null,
    };

    /// <summary>The name of a MAC address under -N m, or null.</summary>
    public string? MacName(ReadOnlySpan<byte> address)
        => (_flags & NameResolution.Mac) != 0 && address.Length == 6 ? MacName6(address) : null;

    /// <summary>The service name of a port ("http"), or null.</summary>
    public string? PortName(ushort port, bool udp)
    {
        if ((_flags & NameResolution.Transport) == 0)
            return null;
        return (udp ? _udpPorts : _tcpPorts).TryGetValue(port, out var name) ? name : null;
    }

    private string? IpName(IPAddress address)
    {
        if (_hosts.TryGetValue(address, out var name))
            return name;
        if ((_flags & NameResolution.External) == 0)
            return null;
        return _resolved.GetOrAdd(address, SystemLookup);
    }

    private string? SystemLookup(IPAddress address)
    {
        if (Volatile.Read(ref _timeouts) >= MaxTimeouts)
            return null;
        try
        {
            var lookup = Dns.GetHostEntryAsync(address);
            if (!lookup.Wait(LookupTimeoutMs))
            {
                Interlocked.Increment(ref _timeouts);
                return null;
            }
            string host = lookup.Result.HostName;
            return string.IsNullOrEmpty(host) || host == address.ToString() ? null : host;
        }
        catch (AggregateException e) when (e.InnerException is SocketException or ArgumentException)
        {
            return null;
        }
        catch (Exception e) when (e is SocketException or ArgumentException)
        {
            return null;
        }
    }

    private string? MacName6(ReadOnlySpan<byte> address)
    {
        ulong value = 0;
        foreach (byte b in address)
            value = value << 8 | b;
        if (_macNames.TryGetValue(value, out var known))
            return known;
        string? name = null;
        if (_ethers.TryGetValue(value, out var full))
        {
            name = full;
        }
        else
        {
            foreach (var (prefix, bits, _, vendor) in _manuf)
            {
                if (value >> (48 - bits) != prefix)
                    continue;
                // The bytes after the prefix, the first of them masked: "Vendor_12:34:56" for a 24-bit prefix.
                Span<byte> tail = stackalloc byte[6];
                int start = bits / 8;
                address[start..].CopyTo(tail);
                tail[0] &= (byte)(0xFF >> (bits % 8));
                Span<char> text = stackalloc char[18];
                int n = AddressFormatter.FormatEther(tail[..(6 - start)], text);
                name = string.Concat(vendor, "_", text[..n]);
                break;
            }
        }
        _macNames[value] = name!;
        return name;
    }

    private void LoadHosts(string path)
    {
        foreach (var words in Lines(path))
        {
            if (words.Length < 2 || !IPAddress.TryParse(words[0], out var address))
                continue;
            _hosts[address] = words[1];
        }
    }

    /// <summary>Wireshark's services ("http 80/tcp/udp/sctp") and the system's ("http 80/tcp www").</summary>
    private void LoadServices(string path)
    {
        foreach (var words in Lines(path))
        {
            if (words.Length < 2)
                continue;
            var parts = words[1].Split('/');
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
                continue;
            foreach (var protocol in parts.Skip(1))
            {
                if (protocol == "tcp")
                    _tcpPorts[port] = words[0];
                else if (protocol == "udp")
                    _udpPorts[port] = words[0];
            }
        }
    }

    /// <summary>
    /// "00:00:0C\tCisco\tCisco Systems, Inc" (a 24-bit maker prefix), "00:1B:C5:00:00:00/36\tConvergi\t…" (a longer one),
    /// and the well-known addresses ("FF-FF-FF-FF-FF-FF\tBroadcast": a whole address without a mask).
    /// </summary>
    private void LoadManuf(string path, bool wellKnown)
    {
        foreach (var line in ReadLines(path))
        {
            var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
                continue;
            string prefixText = fields[0];
            int bits = wellKnown ? 48 : 24;
            int slash = prefixText.IndexOf('/');
            if (slash >= 0)
            {
                if (!int.TryParse(prefixText.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out bits) || bits is <= 0 or > 48)
                    continue;
                prefixText = prefixText[..slash];
            }
            if (!TryParseMac(prefixText, out ulong value, out int bytes) || bytes * 8 < bits)
                continue;
            if (bits == 48)
                _ethers.TryAdd(value, fields[1].Trim());
            else
                _manuf.Add((value >> (bytes * 8 - bits), bits, wellKnown, fields[1].Trim()));
        }
    }

    private void LoadEthers(string path)
    {
        foreach (var words in Lines(path))
        {
            if (words.Length >= 2 && TryParseMac(words[0], out ulong value, out int bytes) && bytes == 6)
                _ethers[value] = words[1];
        }
    }

    private static bool TryParseMac(string text, out ulong value, out int bytes)
    {
        value = 0;
        bytes = 0;
        foreach (var part in text.Split(':', '-', '.'))
        {
            if (part.Length is 0 or > 2 || !byte.TryParse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out byte b) || bytes == 6)
                return false;
            value = value << 8 | b;
            bytes++;
        }
        return bytes > 0;
    }

    private static IEnumerable<string[]> Lines(string path) =>
        ReadLines(path).Select(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The lines of a file without comments; a file that cannot be read has none.</summary>
    private static IEnumerable<string> ReadLines(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        foreach (var raw in lines)
        {
            int hash = raw.IndexOf('#');
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
                yield return line;
        }
    }
}
