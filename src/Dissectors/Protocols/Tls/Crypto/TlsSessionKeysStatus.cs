namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// Whether a TLS session's records can be decrypted, and if not why, as <see cref="TlsSessionKeys.TryCreate"/>
/// reports it. <see cref="HandshakeSecretsMissing"/> and <see cref="ApplicationSecretsMissing"/> are partial:
/// some decryptors were still built. <see cref="TlsCryptoText.Describe(TlsSessionKeysStatus)"/> says each in words.
/// </summary>
public enum TlsSessionKeysStatus
{
    Ok,
    /// <summary>No ClientHello was seen (the capture started after the handshake), so there is no client random.</summary>
    NoClientRandom,
    /// <summary>No ServerHello was seen; TLS 1.0–1.2 keys depend on the server random.</summary>
    NoServerRandom,
    /// <summary>A client or server random is not 32 bytes.</summary>
    RandomWrongLength,
    /// <summary>The key log has no line for this client random.</summary>
    NoKeyLogEntry,
    /// <summary>A TLS 1.0–1.2 session whose key log entry has only TLS 1.3 secrets.</summary>
    MasterSecretMissing,
    /// <summary>TLS 1.3: no handshake traffic secrets (only application secrets logged). Application data still decrypts.</summary>
    HandshakeSecretsMissing,
    /// <summary>TLS 1.3: no application traffic secrets (only handshake secrets logged). The handshake still decrypts.</summary>
    ApplicationSecretsMissing,
    /// <summary>TLS 1.3 traffic secrets of both phases are missing (perhaps only exporter secrets were logged).</summary>
    TrafficSecretsMissing,
    /// <summary>A logged secret's length does not fit the cipher suite's hash (or a master secret is not 48 bytes).</summary>
    SecretWrongLength,
    /// <summary>SSL 3.0, or a version number that is no TLS version.</summary>
    UnsupportedVersion,
    /// <summary>The suite's cipher is one Sniffer does not decrypt (RC4, 3DES, Camellia, NULL …) or is unknown.</summary>
    UnsupportedCipherSuite,
    /// <summary>The suite cannot be used with the negotiated version (a TLS 1.3 suite in TLS 1.2, GCM in TLS 1.0 …).</summary>
    CipherSuiteNotForVersion,
    /// <summary>The cipher is known, but this machine's cryptography library lacks it (ChaCha20-Poly1305 or AES-CCM).</summary>
    CipherNotAvailable,
}
