namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>What one key log line turned out to be.</summary>
internal enum KeyLogLineKind
{
    /// <summary>Blank, or a # comment.</summary>
    Nothing,
    /// <summary>A secret for a session: label, client random and secret were decoded.</summary>
    Secret,
    /// <summary>"RSA epms pms": a pre-master secret by the first 8 bytes of its RSA encryption.</summary>
    Rsa,
    /// <summary>"RSA Session-ID:… Master-Key:…": a master secret by session ID.</summary>
    MasterBySessionId,
    /// <summary>"PMS_CLIENT_RANDOM cr pms": a pre-master secret by client random.</summary>
    PreMasterByClientRandom,
    /// <summary>A label key log writers use that carries nothing Sniffer needs (ECH_SECRET, ECH_CONFIG).</summary>
    Unused,
    /// <summary>Malformed: see the error.</summary>
    Invalid,
}
