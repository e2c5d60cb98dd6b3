namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>The sentences for <see cref="TlsDecryptionProblem"/>, and the problem each key status means.</summary>
public static class TlsDecryptionProblems
{
    public static string Describe(TlsDecryptionProblem problem) => problem switch
    {
        TlsDecryptionProblem.None => "decrypted",
        TlsDecryptionProblem.NoKeyLog => "no key log was given (use -o tls.keylog_file:FILE or --keylog FILE)",
        TlsDecryptionProblem.NoServerHello => "no ServerHello was captured, so the cipher suite is unknown",
        TlsDecryptionProblem.AuthenticationFailed => "records fail authentication (wrong key)",
        TlsDecryptionProblem.DraftVersion => "the session uses a TLS 1.3 draft version: Sniffer names drafts but decrypts only TLS 1.0–1.2 and the final TLS 1.3 (RFC 8446)",
        TlsDecryptionProblem.KeyLogHasNoEntryForSession => "the key log given has no secrets for this session's client random",
        TlsDecryptionProblem.RsaPrivateKeyNeeded => "RSA key exchange: the server's RSA private key is needed (-o uat:rsa_keys:\"server.key\",\"\"), or a key log with this session's CLIENT_RANDOM",
        TlsDecryptionProblem.RsaPrivateKeyDoesNotMatch => "RSA key exchange: none of the RSA private keys given decrypts this session's pre-master secret (another server's key?)",
        TlsDecryptionProblem.NoEncryptedRecord => "no encrypted record was seen",
        _ => ToStatus(problem).Describe(),
    };

    /// <summary>The session problem a key status stands for (<see cref="TlsSessionKeysStatus.Ok"/> is none).</summary>
    public static TlsDecryptionProblem From(TlsSessionKeysStatus status) => status switch
    {
        TlsSessionKeysStatus.Ok => TlsDecryptionProblem.None,
        TlsSessionKeysStatus.NoClientRandom => TlsDecryptionProblem.NoClientRandom,
        TlsSessionKeysStatus.NoServerRandom => TlsDecryptionProblem.NoServerHello,
        TlsSessionKeysStatus.RandomWrongLength => TlsDecryptionProblem.RandomWrongLength,
        TlsSessionKeysStatus.NoKeyLogEntry => TlsDecryptionProblem.NoKeyLogEntry,
        TlsSessionKeysStatus.MasterSecretMissing => TlsDecryptionProblem.MasterSecretMissing,
        TlsSessionKeysStatus.HandshakeSecretsMissing => TlsDecryptionProblem.HandshakeSecretsMissing,
        TlsSessionKeysStatus.ApplicationSecretsMissing => TlsDecryptionProblem.ApplicationSecretsMissing,
        TlsSessionKeysStatus.TrafficSecretsMissing => TlsDecryptionProblem.TrafficSecretsMissing,
        TlsSessionKeysStatus.SecretWrongLength => TlsDecryptionProblem.SecretWrongLength,
        TlsSessionKeysStatus.UnsupportedVersion => TlsDecryptionProblem.UnsupportedVersion,
        TlsSessionKeysStatus.UnsupportedCipherSuite => TlsDecryptionProblem.UnsupportedCipherSuite,
        TlsSessionKeysStatus.CipherSuiteNotForVersion => TlsDecryptionProblem.CipherSuiteNotForVersion,
        _ => TlsDecryptionProblem.CipherNotAvailable,
    };

    private static TlsSessionKeysStatus ToStatus(TlsDecryptionProblem problem) => problem switch
    {
        TlsDecryptionProblem.NoClientRandom => TlsSessionKeysStatus.NoClientRandom,
        TlsDecryptionProblem.NoKeyLogEntry => TlsSessionKeysStatus.NoKeyLogEntry,
        TlsDecryptionProblem.HandshakeSecretsMissing => TlsSessionKeysStatus.HandshakeSecretsMissing,
        TlsDecryptionProblem.ApplicationSecretsMissing => TlsSessionKeysStatus.ApplicationSecretsMissing,
        TlsDecryptionProblem.UnsupportedCipherSuite => TlsSessionKeysStatus.UnsupportedCipherSuite,
        TlsDecryptionProblem.MasterSecretMissing => TlsSessionKeysStatus.MasterSecretMissing,
        TlsDecryptionProblem.TrafficSecretsMissing => TlsSessionKeysStatus.TrafficSecretsMissing,
        TlsDecryptionProblem.SecretWrongLength => TlsSessionKeysStatus.SecretWrongLength,
        TlsDecryptionProblem.RandomWrongLength => TlsSessionKeysStatus.RandomWrongLength,
        TlsDecryptionProblem.UnsupportedVersion => TlsSessionKeysStatus.UnsupportedVersion,
        TlsDecryptionProblem.CipherSuiteNotForVersion => TlsSessionKeysStatus.CipherSuiteNotForVersion,
        _ => TlsSessionKeysStatus.CipherNotAvailable,
    };
}
