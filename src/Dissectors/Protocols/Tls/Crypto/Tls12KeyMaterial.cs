using System.Security.Cryptography;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The TLS 1.0–1.2 key block (RFC 5246 §6.3): key_block = PRF(master_secret, "key expansion",
/// server_random ‖ client_random), cut into client and server MAC keys, write keys and IVs, in that order.
/// Each part is as long as the suite says (MAC keys are empty for AEAD suites). <see cref="ToString"/> names the
/// suite and lengths, never the keys.
/// </summary>
public sealed class Tls12KeyMaterial : IDisposable
{
    public const int RandomLength = 32;
    public const int MasterSecretLength = 48;

    private const string KeyExpansionLabel = "key expansion";

    private readonly byte[] _keyBlock;
    private readonly int _macLength, _keyLength, _ivLength;

    private Tls12KeyMaterial(CipherSuite suite, ushort version, byte[] keyBlock)
    {
        Suite = suite;
        Version = version;
        _keyBlock = keyBlock;
        _macLength = suite.MacLength;
        _keyLength = suite.KeyLength;
        _ivLength = suite.FixedIvLength;
    }

    public CipherSuite Suite { get; }

    public ushort Version { get; }

    public ReadOnlySpan<byte> ClientWriteMacKey => _keyBlock.AsSpan(0, _macLength);

    public ReadOnlySpan<byte> ServerWriteMacKey => _keyBlock.AsSpan(_macLength, _macLength);

    public ReadOnlySpan<byte> ClientWriteKey => _keyBlock.AsSpan(2 * _macLength, _keyLength);

    public ReadOnlySpan<byte> ServerWriteKey => _keyBlock.AsSpan(2 * _macLength + _keyLength, _keyLength);

    /// <summary>The client's IV: the 4-byte GCM/CCM salt, the 12-byte ChaCha20 IV, or the 16-byte CBC IV.</summary>
    public ReadOnlySpan<byte> ClientWriteIv => _keyBlock.AsSpan(2 * (_macLength + _keyLength), _ivLength);

    public ReadOnlySpan<byte> ServerWriteIv => _keyBlock.AsSpan(2 * (_macLength + _keyLength) + _ivLength, _ivLength);

    /// <summary>
    /// Expands <paramref name="masterSecret"/> with the PRF of <paramref name="version"/> and the suite. Fails with a
    /// reason (never throws) for a version or suite it cannot use, a master secret that is not 48 bytes, or a
    /// random that is not 32 bytes.
    /// </summary>
    public static TlsSessionKeysStatus TryDerive(CipherSuite suite, ushort version, ReadOnlySpan<byte> masterSecret,
        ReadOnlySpan<byte> clientRandom, ReadOnlySpan<byte> serverRandom, out Tls12KeyMaterial? keys)
    {
        keys = null;
        if (version is < TlsVersions.Tls10 or > TlsVersions.Tls12)
            return TlsSessionKeysStatus.UnsupportedVersion;
        if (!suite.IsValidFor(version))
            return TlsSessionKeysStatus.CipherSuiteNotForVersion;
        if (masterSecret.Length != MasterSecretLength)
            return TlsSessionKeysStatus.SecretWrongLength;
        if (clientRandom.Length != RandomLength || serverRandom.Length != RandomLength)
            return TlsSessionKeysStatus.RandomWrongLength;

        Span<byte> seed = stackalloc byte[2 * RandomLength];
        serverRandom.CopyTo(seed);
        clientRandom.CopyTo(seed[RandomLength..]);
        byte[] keyBlock = new byte[2 * (suite.MacLength + suite.KeyLength + suite.FixedIvLength)];
        TlsPrf.Derive(suite.PrfFor(version), masterSecret, KeyExpansionLabel, seed, keyBlock);
        keys = new Tls12KeyMaterial(suite, version, keyBlock);
        return TlsSessionKeysStatus.Ok;
    }

    /// <summary>
    /// A decryptor for the records the client sends, starting at sequence number 0 (the client's Finished).
    /// <paramref name="encryptThenMac"/> matters for CBC suites only: pass true when the ServerHello echoed the
    /// encrypt_then_mac extension (RFC 7366).
    /// </summary>
    public TlsRecordDecryptor CreateClientDecryptor(bool encryptThenMac = false) =>
        Create(ClientWriteMacKey, ClientWriteKey, ClientWriteIv, encryptThenMac);

    /// <summary>A decryptor for the records the server sends, starting at sequence number 0.</summary>
    public TlsRecordDecryptor CreateServerDecryptor(bool encryptThenMac = false) =>
        Create(ServerWriteMacKey, ServerWriteKey, ServerWriteIv, encryptThenMac);

    private TlsRecordDecryptor Create(ReadOnlySpan<byte> macKey, ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, bool encryptThenMac) =>
        Suite.IsCbc
            ? new Tls12CbcRecordDecryptor(Suite, Version, macKey, key, iv, encryptThenMac)
            : new Tls12AeadRecordDecryptor(Suite, Version, key, iv);

    public void Dispose() => CryptographicOperations.ZeroMemory(_keyBlock);

    public override string ToString() =>
        $"{TlsVersions.NameOf(Version)} key block for {Suite.Name}: MAC keys {_macLength}, write keys {_keyLength}, IVs {_ivLength} bytes";
}
