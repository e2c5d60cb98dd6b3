namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>
/// The protocol packet-tls.c names on an application-data record ("… Application Data Protocol: Hypertext Transfer
/// Protocol" and tls.app_data_proto): the one the server's ALPN choice selects (tls.alpn), else the one tshark 4.0
/// associates with the source or destination port (the tls.port table, `tshark -G decodes`), by its long name
/// (`tshark -G protocols`). None: the record reads "Application Data".
/// </summary>
internal static class TlsAppProtocols
{
    private const string Http = "Hypertext Transfer Protocol";

    private static readonly Dictionary<ushort, string> ByPortTable = new()
    {
        [324] = "RPKI-Router Protocol",
        [443] = Http,
        [465] = "Simple Mail Transfer Protocol",
        [636] = "Lightweight Directory Access Protocol",
        [802] = "Modbus/TCP",
        [853] = "Domain Name System",
        [993] = "Internet Message Access Protocol",
        [995] = "Post Office Protocol",
        [1300] = "Q.931",
        [2221] = "EtherNet/IP (Industrial Protocol)",
        [2443] = "Skinny Client Control Protocol",
        [3249] = "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header",
        [3250] = "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header",
        [3251] = "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header",
        [3252] = "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header",
        [3389] = "TPKT - ISO on TCP - RFC1006",
        [3496] = "DoIP (ISO13400) Protocol",
        [5061] = "Session Initiation Protocol",
        [5671] = "Advanced Message Queuing Protocol",
        [5684] = "Constrained Application Protocol",
        [5868] = "Diameter Protocol",
        [8883] = "MQ Telemetry Transport Protocol",
        [11207] = "Couchbase Protocol",
        [19999] = "Distributed Network Protocol 3.0",
        [27017] = "Mongo Wire Protocol",
    };

    /// <summary>The record's protocol: by the ALPN the server chose, else by source port, else by destination port.</summary>
    public static string? For(string? alpn, ushort sourcePort, ushort destinationPort)
        => ByAlpn(alpn) ?? ByPort(sourcePort) ?? ByPort(destinationPort);

    public static string? ByPort(ushort port) => ByPortTable.TryGetValue(port, out var name) ? name : null;

    /// <summary>tls.alpn's entries, with packet-tls-utils.c's prefix rule ("http/1.0" is HTTP, "h2-16" is HTTP/2).</summary>
    public static string? ByAlpn(string? alpn) => alpn switch
    {
        null => null,
        "http/1.1" => Http,
        "h2" => "HyperText Transfer Protocol 2",
        "coap" => "Constrained Application Protocol",
        _ when alpn.StartsWith("http/1.", StringComparison.Ordinal) => Http,
        _ when alpn.StartsWith("h2-", StringComparison.Ordinal) => "HyperText Transfer Protocol 2",
        _ => null,
    };
}
