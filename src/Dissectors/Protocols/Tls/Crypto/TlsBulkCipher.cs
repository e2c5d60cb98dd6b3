namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>The record cipher of a cipher suite, as far as Sniffer can decrypt it.</summary>
public enum TlsBulkCipher
{
    Aes128Gcm,
    Aes256Gcm,
    ChaCha20Poly1305,
    /// <summary>AES-128-CCM with a 16-byte tag.</summary>
    Aes128Ccm,
    /// <summary>AES-256-CCM with a 16-byte tag.</summary>
    Aes256Ccm,
    /// <summary>AES-128-CCM with an 8-byte tag (the "_CCM_8" suites).</summary>
    Aes128Ccm8,
    /// <summary>AES-256-CCM with an 8-byte tag (the "_CCM_8" suites).</summary>
    Aes256Ccm8,
    Aes128Cbc,
    Aes256Cbc,
}
