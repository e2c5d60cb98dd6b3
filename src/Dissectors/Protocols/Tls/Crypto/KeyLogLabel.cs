namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The secret-carrying labels of the NSS key log format (draft-ietf-tls-keylogfile). The numeric values index
/// <see cref="TlsSecrets.Get"/>; <see cref="KeyLog"/> skips RSA lines (premaster secrets need the handshake's
/// encrypted premaster, which Sniffer does not decrypt) but counts them.
/// </summary>
public enum KeyLogLabel
{
    /// <summary>CLIENT_RANDOM: the 48-byte TLS 1.0–1.2 master secret.</summary>
    ClientRandom,
    /// <summary>CLIENT_EARLY_TRAFFIC_SECRET: TLS 1.3 0-RTT data from the client.</summary>
    ClientEarlyTrafficSecret,
    /// <summary>CLIENT_HANDSHAKE_TRAFFIC_SECRET: TLS 1.3 client handshake records (its Finished).</summary>
    ClientHandshakeTrafficSecret,
    /// <summary>SERVER_HANDSHAKE_TRAFFIC_SECRET: TLS 1.3 server handshake records (EncryptedExtensions … Finished).</summary>
    ServerHandshakeTrafficSecret,
    /// <summary>CLIENT_TRAFFIC_SECRET_0: the first TLS 1.3 client application traffic secret.</summary>
    ClientTrafficSecret0,
    /// <summary>SERVER_TRAFFIC_SECRET_0: the first TLS 1.3 server application traffic secret.</summary>
    ServerTrafficSecret0,
    /// <summary>EARLY_EXPORTER_SECRET (TLS 1.3, kept but not needed to decrypt).</summary>
    EarlyExporterSecret,
    /// <summary>EXPORTER_SECRET (TLS 1.3, kept but not needed to decrypt).</summary>
    ExporterSecret,
}
