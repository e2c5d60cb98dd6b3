using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Dissectors.Registry;

/// <summary>The registry every command starts from: each built-in protocol attached, in registration order.</summary>
public static class DefaultDissectors
{
    /// <param name="keys">The TLS key log (from -o tls.keylog_file, --keylog and Decryption Secrets Blocks), if any.</param>
    /// <param name="preferences">Preference values (-o); null reads every default.</param>
    /// <param name="limits">Reassembly limits; null takes the defaults.</param>
    /// <param name="maxTcpConnections">Most TCP connections tracked at once (when not all are kept for a report).</param>
    public static DissectorRegistry CreateRegistry(KeyLog? keys = null, Preferences? preferences = null, Streams.ReassemblyLimits? limits = null,
        int maxTcpConnections = Streams.TcpConversationTable.DefaultMaxLive)
    {
        var registry = new DissectorRegistry(preferences ?? new Preferences())
        {
            KeyLog = keys,
            Limits = limits ?? new(),
            MaxTcpConnections = maxTcpConnections,
        };
        foreach (var module in BuiltInProtocols.Modules)
            module.Attach(registry);
        return registry;
    }
}
