namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>The English sentences for every TLS decryption status and key log problem, in one place.</summary>
public static class TlsCryptoText
{
    public static string Describe(this TlsDecryptStatus status) => status switch
    {
        TlsDecryptStatus.Ok => "decrypted",
        TlsDecryptStatus.AuthenticationFailed => "bad key: the record's authentication tag or MAC does not match (wrong key, or altered or missing records)",
        TlsDecryptStatus.BadPadding => "bad key: the CBC padding is wrong after decryption",
        TlsDecryptStatus.RecordTooShort => "record too short for its IV, authentication tag or MAC",
        TlsDecryptStatus.NotBlockAligned => "CBC ciphertext is not a whole number of 16-byte blocks",
        TlsDecryptStatus.LengthMismatch => "record header length does not match the record's bytes",
        TlsDecryptStatus.RecordOverflow => "record longer than TLS allows (2^14 + 2048 bytes)",
        TlsDecryptStatus.DestinationTooSmall => "plaintext buffer smaller than the record",
        TlsDecryptStatus.MissingInnerContentType => "TLS 1.3 record decrypted to padding only: no content type",
        _ => status.ToString(),
    };

    public static string Describe(this TlsSessionKeysStatus status) => status switch
    {
        TlsSessionKeysStatus.Ok => "keys found",
        TlsSessionKeysStatus.NoClientRandom => "the capture started after the handshake (no ClientHello, so no client random to look up)",
        TlsSessionKeysStatus.NoServerRandom => "no ServerHello seen, so the TLS 1.2 keys cannot be derived (they depend on the server random)",
        TlsSessionKeysStatus.RandomWrongLength => "a client or server random is not 32 bytes",
        TlsSessionKeysStatus.NoKeyLogEntry => "no key-log line for this client random",
        TlsSessionKeysStatus.MasterSecretMissing => "no CLIENT_RANDOM line (master secret) for this TLS 1.2 session: only TLS 1.3 secrets logged",
        TlsSessionKeysStatus.HandshakeSecretsMissing => "TLS 1.3 handshake secrets missing (only application secrets logged)",
        TlsSessionKeysStatus.ApplicationSecretsMissing => "TLS 1.3 application secrets missing (only handshake secrets logged)",
        TlsSessionKeysStatus.TrafficSecretsMissing => "TLS 1.3 traffic secrets missing (neither handshake nor application secrets logged)",
        TlsSessionKeysStatus.SecretWrongLength => "a logged secret has the wrong length for this cipher suite",
        TlsSessionKeysStatus.UnsupportedVersion => "protocol version not supported for decryption (SSL 3.0 or unknown)",
        TlsSessionKeysStatus.UnsupportedCipherSuite => "cipher suite not supported for decryption",
        TlsSessionKeysStatus.CipherSuiteNotForVersion => "cipher suite cannot be used with the negotiated TLS version",
        TlsSessionKeysStatus.CipherNotAvailable => "cipher not available in this machine's cryptography library",
        _ => status.ToString(),
    };

    /// <summary>True when at least some records of the session can be decrypted.</summary>
    public static bool AllowsDecryption(this TlsSessionKeysStatus status) =>
        status is TlsSessionKeysStatus.Ok or TlsSessionKeysStatus.HandshakeSecretsMissing or TlsSessionKeysStatus.ApplicationSecretsMissing;

    public static string Describe(this KeyLogLineError error) => error switch
    {
        KeyLogLineError.UnknownLabel => "unknown label (expected CLIENT_RANDOM, CLIENT_HANDSHAKE_TRAFFIC_SECRET, SERVER_HANDSHAKE_TRAFFIC_SECRET, CLIENT_TRAFFIC_SECRET_0, SERVER_TRAFFIC_SECRET_0, EXPORTER_SECRET, EARLY_EXPORTER_SECRET, CLIENT_EARLY_TRAFFIC_SECRET, PMS_CLIENT_RANDOM or RSA)",
        KeyLogLineError.MissingClientRandom => "label without a client random",
        KeyLogLineError.MissingSecret => "client random without a secret",
        KeyLogLineError.TooManyFields => "more than three fields (label, client random, secret)",
        KeyLogLineError.ClientRandomNotHex => "second field is not hex",
        KeyLogLineError.ClientRandomWrongLength => "second field has the wrong length (a client random is 64 hex digits; an RSA line's prefix 16)",
        KeyLogLineError.SecretNotHex => "secret is not hex",
        KeyLogLineError.SecretWrongLength => "secret has the wrong length (a master secret is 96 hex digits; a TLS 1.3 secret 64 or 96)",
        KeyLogLineError.SessionIdWrongLength => "session ID has the wrong length (1 to 32 bytes, 2 to 64 hex digits)",
        KeyLogLineError.LineTooLong => "line too long to be a key log line",
        KeyLogLineError.StoreFull => "not kept: the key log holds more secrets than Sniffer stores (2 GiB)",
        _ => error.ToString(),
    };
}
