namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>Why a key log line was skipped. <see cref="TlsCryptoText.Describe(KeyLogLineError)"/> says it in words.</summary>
public enum KeyLogLineError
{
    /// <summary>The line names a label that no key log writer uses (often a typo).</summary>
    UnknownLabel,
    /// <summary>The label is not followed by a client random.</summary>
    MissingClientRandom,
    /// <summary>The client random is not followed by a secret.</summary>
    MissingSecret,
    /// <summary>More than three fields.</summary>
    TooManyFields,
    /// <summary>The client random contains a character that is not a hex digit, or an odd number of them.</summary>
    ClientRandomNotHex,
    /// <summary>The client random is not 32 bytes (64 hex digits).</summary>
    ClientRandomWrongLength,
    /// <summary>The secret contains a character that is not a hex digit, or an odd number of them.</summary>
    SecretNotHex,
    /// <summary>The secret has the wrong length for its label (48 bytes for CLIENT_RANDOM, 32 or 48 for TLS 1.3).</summary>
    SecretWrongLength,
    /// <summary>An RSA Session-ID line's session ID is empty or longer than 32 bytes.</summary>
    SessionIdWrongLength,
    /// <summary>The line is longer than any valid key log line can be.</summary>
    LineTooLong,
    /// <summary>The key log holds more secrets than the store keeps (2 GiB of them).</summary>
    StoreFull,
}
