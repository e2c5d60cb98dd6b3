namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>What one key log line turned out to be.</summary>
internal enum KeyLogLineKind
{
    /// <summary>Blank, or a # comment.</summary>
    Nothing,
    /// <summary>A secret for a session: label, client random and secret were decoded.</summary>
    Secret,
    /// <summary>An RSA premaster line: well formed, skipped, counted.</summary>
    Rsa,
    /// <summary>A label key log writers use that carries nothing Sniffer needs (ECH_SECRET, ECH_CONFIG).</summary>
    Unused,
    /// <summary>Malformed: see the error.</summary>
    Invalid,
}
