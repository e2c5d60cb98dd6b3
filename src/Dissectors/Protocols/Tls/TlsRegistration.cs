using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Tls;

public static class TlsRegistration
{
    /// <summary>
    /// TLS on 443 by default (changeable with -d), and a heuristic for a stream that opens with a TLS record.
    /// <paramref name="keys"/> is the key log decryption uses (it may grow while a file is read, from its
    /// Decryption Secrets Blocks).
    /// </summary>
    public static TlsDissector Register(DissectorRegistry registry, KeyLog? keys)
    {
        var tls = new TlsDissector(registry, keys);
        registry.Declare(tls);
        registry.AddTcpPorts(tls, 443);
        registry.AddTcpHeuristic(tls);
        return tls;
    }
}
