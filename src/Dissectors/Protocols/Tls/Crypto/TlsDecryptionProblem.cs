namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// Why a TLS session could not be (fully) decrypted, as the TLS dissector keeps it per session for the
/// --tls-sessions report: every <see cref="TlsSessionKeysStatus"/> reason, plus what only shows while reading —
/// no key log at all, no ServerHello yet, records failing authentication. <see cref="TlsDecryptionProblems.Describe"/>
/// says each in words a student understands.
/// </summary>
public enum TlsDecryptionProblem : byte
{
    None,
    NoKeyLog,
    NoClientRandom,
    NoKeyLogEntry,
    HandshakeSecretsMissing,
    ApplicationSecretsMissing,
    UnsupportedCipherSuite,
    NoServerHello,
    AuthenticationFailed,
    MasterSecretMissing,
    TrafficSecretsMissing,
    SecretWrongLength,
    RandomWrongLength,
    UnsupportedVersion,
    CipherSuiteNotForVersion,
    CipherNotAvailable,
    /// <summary>The session negotiated a TLS 1.3 draft version, which is named but not decrypted.</summary>
    DraftVersion,
    /// <summary>A key log was given, but this session's client random is not in it.</summary>
    KeyLogHasNoEntryForSession,
    /// <summary>The key exchange is RSA and no key log entry exists: the server's RSA private key is needed.</summary>
    RsaPrivateKeyNeeded,
    /// <summary>RSA key exchange: private keys were given, but none decrypts this session's pre-master secret.</summary>
    RsaPrivateKeyDoesNotMatch,
    /// <summary>The handshake went unseen and no record decrypted, so there is nothing to say about its keys.</summary>
    NoEncryptedRecord,
}
