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
}
