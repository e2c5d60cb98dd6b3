using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// Where stream dissectors attach: the tcp.port table, the TCP heuristics list, and the user's
/// "Decode As" overrides (<c>-d tcp.port==5030,htcpcp</c>). An object, not global state: each
/// pipeline owns one. Dispatch follows Wireshark's decode_tcp_ports order.
/// </summary>
public sealed class DissectorRegistry
{
    private readonly Dictionary<string, IStreamDissector> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly IStreamDissector?[] _tcpPorts = new IStreamDissector?[65536];
    private readonly List<IStreamDissector> _heuristics = new();
    private readonly Dictionary<ushort, IStreamDissector> _overrides = new();
    private readonly Dictionary<string, IStreamDissector> _tlsAlpn = new(StringComparer.Ordinal);
    private readonly List<IStreamDissector> _tlsHeuristics = new();

    public DissectorRegistry(Preferences? preferences = null)
    {
        Preferences = preferences ?? new Preferences();
    }

    /// <summary>The preference values of this run (-o); protocols read their default ports from here when they attach.</summary>
    public Preferences Preferences { get; }

    /// <summary>How many bytes waiting for the rest of a PDU this run holds, per direction and in total (TCP and decrypted TLS alike).</summary>
    public ReassemblyLimits Limits { get; init; } = new();

    /// <summary>Most TCP connections tracked at once when not every one is kept for a report (the idle ones go first).</summary>
    public int MaxTcpConnections { get; init; } = TcpConversationTable.DefaultMaxLive;

    /// <summary>The TLS key log of this run, if any (it may grow while a file is read, from Decryption Secrets Blocks).</summary>
    public KeyLog? KeyLog { get; init; }

    public IEnumerable<IStreamDissector> Dissectors => _byName.Values;

    /// <summary>
    /// TCP connections a protocol announced before they open (FTP's data connections from PASV, PORT, EPSV, EPRT), each
    /// with the dissector and state it gets: Wireshark's conversation_set_dissector, tried before the port table.
    /// </summary>
    public ExpectedConversations ExpectedTcp { get; } = new();

    // ---- tables for what is not a TCP stream ----------------------------------------------------

    /// <summary>Link types (Wireshark's wtap_encap table): 802.11, radiotap, PPI… beside the built-in link layers.</summary>
    public DissectorTable<IPacketDissector> LinkTypes { get; } = new("wtap_encap");

    /// <summary>EtherTypes (the "ethertype" table): ARP and others beside the built-in IPv4/IPv6/VLAN.</summary>
    public DissectorTable<IPacketDissector> EtherTypes { get; } = new("ethertype");

    /// <summary>IP protocol numbers (the "ip.proto" table): ICMP, ICMPv6… beside the built-in TCP and UDP.</summary>
    public DissectorTable<IPacketDissector> IpProtocols { get; } = new("ip.proto");

    /// <summary>UDP ports (the "udp.port" table).</summary>
    public DissectorTable<IDatagramDissector> UdpPorts { get; } = new("udp.port");

    private readonly List<IDatagramDissector> _udpHeuristics = new();
    private readonly Dictionary<ushort, IDatagramDissector> _udpOverrides = new();
    private readonly Dictionary<string, object> _packetProtocols = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The core chain's entry points, for plug-ins that hand on what they carry; set by the frame dissector.</summary>
    public ICoreDissectors? Core { get; set; }

    /// <summary>Declares a packet dissector (link type, EtherType, IP protocol) under its protocol's filter name.</summary>
    public void Declare(IPacketDissector dissector) => DeclareOther(dissector.Protocol.Abbrev, dissector);

    /// <summary>Declares a datagram dissector under its protocol's filter name.</summary>
    public void Declare(IDatagramDissector dissector) => DeclareOther(dissector.Protocol.Abbrev, dissector);

    private void DeclareOther(string name, object dissector)
    {
        // One protocol may be both a datagram and a stream dissector (DNS over UDP and TCP): the same object, twice.
        if ((_byName.TryGetValue(name, out var stream) && !ReferenceEquals(stream, dissector)) || !_packetProtocols.TryAdd(name, dissector))
            throw new InvalidOperationException($"Two dissectors declare the protocol '{name}'.");
    }

    /// <summary>Attaches a datagram dissector to the UDP ports a range preference holds.</summary>
    public void AddUdpPorts(IDatagramDissector dissector, PreferenceDef ports)
    {
        if (PortRange.TryParse(Preferences[ports], out var list))
            foreach (var port in list)
                UdpPorts.Add(port, dissector);
    }

    public void AddUdpHeuristic(IDatagramDissector dissector) => _udpHeuristics.Add(dissector);

    /// <summary>
    /// The dissector for a UDP datagram, in Wireshark's decode_udp_ports order: a Decode As override on either port,
    /// the lower port, the higher port, then the heuristics.
    /// </summary>
    public IDatagramDissector? ChooseForUdp(ushort sourcePort, ushort destinationPort, ReadOnlySpan<byte> payload, DatagramContext context)
    {
        if (_udpOverrides.TryGetValue(sourcePort, out var o) || _udpOverrides.TryGetValue(destinationPort, out o))
            return o;
        ushort low = Math.Min(sourcePort, destinationPort), high = Math.Max(sourcePort, destinationPort);
        if (UdpPorts.Find(low) is { } byLow)
            return byLow;
        if (UdpPorts.Find(high) is { } byHigh)
            return byHigh;
        foreach (var h in _udpHeuristics)
            if (h.LooksLikeMine(payload, context))
                return h;
        return null;
    }

    /// <summary>Declares a stream dissector under its protocol's filter name; a duplicate name fails at start-up.</summary>
    public void Declare(IStreamDissector dissector)
    {
        if (_packetProtocols.TryGetValue(dissector.Protocol.Abbrev, out var other) && !ReferenceEquals(other, dissector))
            throw new InvalidOperationException($"Two dissectors declare the protocol '{dissector.Protocol.Abbrev}'.");
        if (!_byName.TryAdd(dissector.Protocol.Abbrev, dissector))
            throw new InvalidOperationException($"Two stream dissectors declare the protocol '{dissector.Protocol.Abbrev}'.");
    }

    /// <summary>Attaches a dissector to TCP ports (the defaults a user can change with -d).</summary>
    public void AddTcpPorts(IStreamDissector dissector, params ReadOnlySpan<ushort> ports)
    {
        foreach (var port in ports)
            _tcpPorts[port] = dissector;
    }

    /// <summary>Attaches a dissector to the TCP ports a range preference holds (its default, or what -o set).</summary>
    public void AddTcpPorts(IStreamDissector dissector, PreferenceDef ports)
    {
        if (PortRange.TryParse(Preferences[ports], out var list))
            AddTcpPorts(dissector, list);
    }

    public void AddTcpHeuristic(IStreamDissector dissector) => _heuristics.Add(dissector);

    /// <summary>A protocol decrypted TLS data goes to when the handshake negotiated this ALPN id (Wireshark's tls.alpn table).</summary>
    public void AddTlsAlpn(string alpn, IStreamDissector dissector) => _tlsAlpn[alpn] = dissector;

    /// <summary>A heuristic tried on decrypted TLS application data when ALPN did not decide.</summary>
    public void AddTlsHeuristic(IStreamDissector dissector) => _tlsHeuristics.Add(dissector);

    /// <summary>The dissector for decrypted TLS data: by ALPN, then by heuristic on the first bytes.</summary>
    public IStreamDissector? ChooseForTls(string? alpn, ReadOnlySpan<byte> firstBytes, StreamDirection direction)
    {
        if (alpn is not null && _tlsAlpn.TryGetValue(alpn, out var byAlpn))
            return byAlpn;
        foreach (var h in _tlsHeuristics)
            if (h.LooksLikeMine(firstBytes, direction))
                return h;
        return null;
    }

    public IStreamDissector? ByName(string name) => _byName.TryGetValue(name, out var d) ? d : null;

    public IStreamDissector? ForTcpPort(ushort port) => _overrides.TryGetValue(port, out var o) ? o : _tcpPorts[port];

    /// <summary>
    /// Parses a tshark "Decode As" rule, <c>tcp.port==PORT,PROTO</c> (also a port range <c>A-B</c>), and applies it.
    /// Returns an error message for the user, or null.
    /// </summary>
    public string? AddDecodeAs(string rule)
    {
        const string prefix = "tcp.port==";
        const string udpPrefix = "udp.port==";
        int comma = rule.LastIndexOf(',');
        if (rule.StartsWith(udpPrefix, StringComparison.Ordinal) && comma > 0)
            return AddUdpDecodeAs(rule[udpPrefix.Length..comma], rule[(comma + 1)..].Trim());
        if (!rule.StartsWith(prefix, StringComparison.Ordinal) || comma < 0)
            return $"'{rule}' is not a Decode As rule; write it as tcp.port==PORT,PROTOCOL or udp.port==PORT,PROTOCOL (for example tcp.port==5030,htcpcp)";
        string ports = rule[prefix.Length..comma];
        string protocol = rule[(comma + 1)..].Trim();
        var dissector = ByName(protocol);
        if (dissector is null)
            return $"'{protocol}' is not a protocol Sniffer can decode over TCP; choose one of: {string.Join(", ", _byName.Keys.Order())}";
        int dash = ports.IndexOf('-');
        string first = dash < 0 ? ports : ports[..dash];
        string last = dash < 0 ? ports : ports[(dash + 1)..];
        if (!ushort.TryParse(first, out var low) || !ushort.TryParse(last, out var high) || low > high)
            return $"'{ports}' is not a TCP port or port range";
        for (int p = low; p <= high; p++)
            _overrides[(ushort)p] = dissector;
        return null;
    }

    private string? AddUdpDecodeAs(string ports, string protocol)
    {
        if (!_packetProtocols.TryGetValue(protocol, out var found) || found is not IDatagramDissector dissector)
        {
            var names = _packetProtocols.Where(kv => kv.Value is IDatagramDissector).Select(kv => kv.Key).Order();
            return $"'{protocol}' is not a protocol Sniffer can decode over UDP; choose one of: {string.Join(", ", names)}";
        }
        if (!PortRange.TryParse(ports, out var list) || list.Length == 0)
            return $"'{ports}' is not a UDP port or port range";
        foreach (var p in list)
            _udpOverrides[p] = dissector;
        return null;
    }

    /// <summary>
    /// Turns a protocol off, as tshark's --disable-protocol does: its ports, heuristics and Decode As rules no
    /// longer pick it, so its traffic shows as what lies below. Returns an error message for the user, or null.
    /// </summary>
    public string? Disable(string name)
    {
        if (_packetProtocols.TryGetValue(name, out var other))
        {
            if (other is IPacketDissector packetDissector)
            {
                LinkTypes.RemoveAll(packetDissector);
                EtherTypes.RemoveAll(packetDissector);
                IpProtocols.RemoveAll(packetDissector);
            }
            if (other is IDatagramDissector datagram)
            {
                UdpPorts.RemoveAll(datagram);
                _udpHeuristics.Remove(datagram);
                foreach (var key in _udpOverrides.Where(kv => ReferenceEquals(kv.Value, datagram)).Select(kv => kv.Key).ToList())
                    _udpOverrides.Remove(key);
            }
            if (ByName(name) is null)
                return null;
        }
        var dissector = ByName(name);
        if (dissector is null)
            return $"'{name}' is not a protocol Sniffer dissects over TCP; choose one of: {string.Join(", ", _byName.Keys.Order())}";
        for (int p = 0; p < _tcpPorts.Length; p++)
            if (ReferenceEquals(_tcpPorts[p], dissector))
                _tcpPorts[p] = null;
        _heuristics.Remove(dissector);
        _tlsHeuristics.Remove(dissector);
        foreach (var key in _overrides.Where(kv => ReferenceEquals(kv.Value, dissector)).Select(kv => kv.Key).ToList())
            _overrides.Remove(key);
        foreach (var key in _tlsAlpn.Where(kv => ReferenceEquals(kv.Value, dissector)).Select(kv => kv.Key).ToList())
            _tlsAlpn.Remove(key);
        return null;
    }

    /// <summary>
    /// Chooses the dissector for a conversation: a Decode As override on either port, the server port
    /// (from the SYN), the lower port, the higher port, then the heuristics on the first payload.
    /// </summary>
    public IStreamDissector? Choose(ushort serverPort, ushort clientPort, ReadOnlySpan<byte> firstBytes, StreamDirection direction)
    {
        if (_overrides.TryGetValue(serverPort, out var o) || _overrides.TryGetValue(clientPort, out o))
            return o;
        if (_tcpPorts[serverPort] is { } byServer)
            return byServer;
        ushort low = Math.Min(serverPort, clientPort), high = Math.Max(serverPort, clientPort);
        if (_tcpPorts[low] is { } byLow)
            return byLow;
        if (_tcpPorts[high] is { } byHigh)
            return byHigh;
        foreach (var h in _heuristics)
            if (h.LooksLikeMine(firstBytes, direction))
                return h;
        return null;
    }

    /// <summary>Heuristics only (for a conversation whose first payload matched nothing).</summary>
    public IStreamDissector? TryHeuristics(ReadOnlySpan<byte> bytes, StreamDirection direction)
    {
        foreach (var h in _heuristics)
            if (h.LooksLikeMine(bytes, direction))
                return h;
        return null;
    }
}
