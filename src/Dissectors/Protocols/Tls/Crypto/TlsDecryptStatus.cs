namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The result of decrypting one record. Only <see cref="Ok"/> leaves plaintext in the caller's buffer; it and
/// <see cref="MissingInnerContentType"/> (a record that authenticated) advance the sequence number.
/// <see cref="TlsCryptoText.Describe(TlsDecryptStatus)"/> says each in words.
/// </summary>
public enum TlsDecryptStatus
{
    Ok,
    /// <summary>The AEAD tag or the HMAC does not match: wrong key, wrong sequence number, or altered bytes.</summary>
    AuthenticationFailed,
    /// <summary>CBC padding is inconsistent after decryption (usually a wrong key).</summary>
    BadPadding,
    /// <summary>The record is shorter than its IV, tag or MAC and minimum padding require.</summary>
    RecordTooShort,
    /// <summary>The CBC ciphertext is not a whole number of 16-byte blocks.</summary>
    NotBlockAligned,
    /// <summary>The record header's length field disagrees with the bytes given.</summary>
    LengthMismatch,
    /// <summary>The fragment exceeds 2^14 + 2048 bytes, more than any TLS record may carry.</summary>
    RecordOverflow,
    /// <summary>The caller's plaintext buffer is smaller than the ciphertext (give it <see cref="TlsRecordDecryptor.MaxFragmentLength"/> bytes).</summary>
    DestinationTooSmall,
    /// <summary>A TLS 1.3 record decrypted to zeros only, so its real content type is missing.</summary>
    MissingInnerContentType,
}
