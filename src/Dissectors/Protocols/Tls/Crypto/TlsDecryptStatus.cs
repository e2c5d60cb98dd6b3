namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>What came of decrypting one record. Never an exception: bad input is a reason.</summary>
public enum TlsDecryptStatus : byte
{
    Ok,
    /// <summary>The tag or MAC did not verify: a wrong key, or a record that was altered.</summary>
    AuthenticationFailed,
    RecordTooShort,
    BadPadding,
    UnsupportedCipher,
}
