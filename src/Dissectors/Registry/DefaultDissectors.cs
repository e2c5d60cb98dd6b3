using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Dissectors.Registry;

/// <summary>The registry every command starts from: each protocol's one registration line.</summary>
public static class DefaultDissectors
{
    /// <param name="keys">The TLS key log (from -o tls.keylog_file, --keylog and Decryption Secrets Blocks), if any.</param>
    public static DissectorRegistry CreateRegistry(KeyLog? keys = null)
    {
        var registry = new DissectorRegistry();
        // Heuristics are tried in registration order.
        Protocols.Htcpcp.HtcpcpRegistration.Register(registry);
        Protocols.Tls.TlsRegistration.Register(registry, keys);
        Protocols.Http.HttpRegistration.Register(registry);
        return registry;
    }
}
