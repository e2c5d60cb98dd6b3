namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// What a successful decryption produced: the real content type (for TLS 1.3 the inner type, not the outer 23),
/// how many plaintext bytes are at the start of the caller's buffer, and the sequence number the record had.
/// </summary>
public readonly record struct TlsDecryptedRecord(byte ContentType, int Length, ulong SequenceNumber);
