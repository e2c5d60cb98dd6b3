namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>Why a TLS session could not be decrypted, in words a student understands.</summary>
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
}

public static class TlsDecryptionProblems
{
    public static string Describe(TlsDecryptionProblem problem) => problem switch
    {
        TlsDecryptionProblem.None => "decrypted",
        TlsDecryptionProblem.NoKeyLog => "no key log was given (use -o tls.keylog_file:FILE or --keylog FILE)",
        TlsDecryptionProblem.NoClientRandom => "the capture started after the handshake: no ClientHello, so no client random to look up",
        TlsDecryptionProblem.NoKeyLogEntry => "no key-log line for this client random",
        TlsDecryptionProblem.HandshakeSecretsMissing => "TLS 1.3 handshake secrets missing (only application secrets logged)",
        TlsDecryptionProblem.ApplicationSecretsMissing => "TLS 1.3 application secrets missing (only handshake secrets logged)",
        TlsDecryptionProblem.UnsupportedCipherSuite => "cipher suite not supported for decryption",
        TlsDecryptionProblem.NoServerHello => "no ServerHello was captured, so the cipher suite is unknown",
        TlsDecryptionProblem.AuthenticationFailed => "records fail authentication (wrong key)",
        _ => problem.ToString(),
    };
}
