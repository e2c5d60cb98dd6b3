namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The record decryptors of one TLS session, built from what the handshake shows (version, cipher suite,
/// client and server randoms) and the secrets a <see cref="KeyLog"/> holds for its client random.
/// <list type="bullet">
/// <item>TLS 1.0–1.2: <see cref="Client"/> and <see cref="Server"/> decrypt every record after each side's
/// ChangeCipherSpec, starting with its Finished.</item>
/// <item>TLS 1.3: <see cref="ClientHandshake"/> and <see cref="ServerHandshake"/> decrypt the encrypted handshake
/// (the server's EncryptedExtensions … Finished, the client's Finished); <see cref="Client"/> and
/// <see cref="Server"/> decrypt everything after each side's Finished; <see cref="ClientEarlyData"/> decrypts 0-RTT
/// data when the key log has it.</item>
/// </list>
/// A decryptor is null when its secret was not logged. Dispose the keys when the session ends.
/// </summary>
public sealed class TlsSessionKeys : IDisposable
{
    private TlsSessionKeys(ushort version, CipherSuite suite, TlsSessionKeysStatus status)
    {
        Version = version;
        Suite = suite;
        Status = status;
    }

    public ushort Version { get; }

    public CipherSuite Suite { get; }

    /// <summary>Ok, or the partial status (<see cref="TlsSessionKeysStatus.HandshakeSecretsMissing"/>, <see cref="TlsSessionKeysStatus.ApplicationSecretsMissing"/>) these keys were built with.</summary>
    public TlsSessionKeysStatus Status { get; }

    /// <summary>TLS 1.3 0-RTT records from the client (CLIENT_EARLY_TRAFFIC_SECRET); usually null.</summary>
    public TlsRecordDecryptor? ClientEarlyData { get; private init; }

    /// <summary>TLS 1.3 handshake records from the client (CLIENT_HANDSHAKE_TRAFFIC_SECRET); null in TLS 1.2.</summary>
    public TlsRecordDecryptor? ClientHandshake { get; private init; }

    /// <summary>TLS 1.3 handshake records from the server (SERVER_HANDSHAKE_TRAFFIC_SECRET); null in TLS 1.2.</summary>
    public TlsRecordDecryptor? ServerHandshake { get; private init; }

    /// <summary>Records from the client after its Finished (TLS 1.3) or from its Finished on (TLS 1.2).</summary>
    public TlsRecordDecryptor? Client { get; private init; }

    /// <summary>Records from the server after its Finished (TLS 1.3) or from its Finished on (TLS 1.2).</summary>
    public TlsRecordDecryptor? Server { get; private init; }

    /// <summary>
    /// Builds the decryptors of a session. <paramref name="version"/> is the negotiated version (for TLS 1.3 the
    /// ServerHello's supported_versions value 0x0304, not its legacy 0x0303); <paramref name="clientRandom"/> is
    /// empty when no ClientHello was captured; <paramref name="serverRandom"/> is needed for TLS 1.0–1.2 only;
    /// <paramref name="encryptThenMac"/> is true when the ServerHello echoed encrypt_then_mac (CBC suites).
    /// Returns <see cref="TlsSessionKeysStatus.Ok"/> with every decryptor, a partial status with some of them
    /// (<paramref name="keys"/> is then non-null too), or the reason nothing can be decrypted. Never throws.
    /// </summary>
    public static TlsSessionKeysStatus TryCreate(ushort version, ushort cipherSuite, ReadOnlySpan<byte> clientRandom,
        ReadOnlySpan<byte> serverRandom, KeyLog keyLog, out TlsSessionKeys? keys, bool encryptThenMac = false)
    {
        keys = null;
        if (clientRandom.IsEmpty)
            return TlsSessionKeysStatus.NoClientRandom;
        if (clientRandom.Length != Tls12KeyMaterial.RandomLength)
            return TlsSessionKeysStatus.RandomWrongLength;
        if (version is not (TlsVersions.Tls10 or TlsVersions.Tls11 or TlsVersions.Tls12 or TlsVersions.Tls13))
            return TlsSessionKeysStatus.UnsupportedVersion;
        if (!CipherSuites.TryGet(cipherSuite, out var suite))
            return TlsSessionKeysStatus.UnsupportedCipherSuite;
        if (!suite.IsValidFor(version))
            return TlsSessionKeysStatus.CipherSuiteNotForVersion;
        if (!suite.IsAvailable)
            return TlsSessionKeysStatus.CipherNotAvailable;
        if (!keyLog.TryGetSecrets(clientRandom, out var secrets))
            return TlsSessionKeysStatus.NoKeyLogEntry;
        return version == TlsVersions.Tls13
            ? CreateTls13(suite, secrets, out keys)
            : CreateTls12(version, suite, secrets, clientRandom, serverRandom, encryptThenMac, out keys);
    }

    /// <summary>
    /// TLS 1.0–1.2 decryptors from a master secret Sniffer derived itself (RSA key exchange with the server's private
    /// key) rather than one a key log gave.
    /// </summary>
    public static TlsSessionKeysStatus TryCreateFromMasterSecret(ushort version, ushort cipherSuite, ReadOnlySpan<byte> clientRandom,
        ReadOnlySpan<byte> serverRandom, ReadOnlySpan<byte> masterSecret, out TlsSessionKeys? keys, bool encryptThenMac = false)
    {
        keys = null;
        if (version is not (TlsVersions.Tls10 or TlsVersions.Tls11 or TlsVersions.Tls12))
            return TlsSessionKeysStatus.UnsupportedVersion;
        if (!CipherSuites.TryGet(cipherSuite, out var suite))
            return TlsSessionKeysStatus.UnsupportedCipherSuite;
        if (!suite.IsValidFor(version))
            return TlsSessionKeysStatus.CipherSuiteNotForVersion;
        if (!suite.IsAvailable)
            return TlsSessionKeysStatus.CipherNotAvailable;
        var status = Tls12KeyMaterial.TryDerive(suite, version, masterSecret, clientRandom, serverRandom, out var material);
        if (material is null)
            return status;
        using (material)
        {
            keys = new TlsSessionKeys(version, suite, TlsSessionKeysStatus.Ok)
            {
                Client = material.CreateClientDecryptor(encryptThenMac),
                Server = material.CreateServerDecryptor(encryptThenMac),
            };
        }
        return TlsSessionKeysStatus.Ok;
    }

    private static TlsSessionKeysStatus CreateTls12(ushort version, CipherSuite suite, TlsSecrets secrets, ReadOnlySpan<byte> clientRandom,
        ReadOnlySpan<byte> serverRandom, bool encryptThenMac, out TlsSessionKeys? keys)
    {
        keys = null;
        if (secrets.MasterSecret is not { } masterSecret)
            return TlsSessionKeysStatus.MasterSecretMissing;
        if (serverRandom.IsEmpty)
            return TlsSessionKeysStatus.NoServerRandom;
        var status = Tls12KeyMaterial.TryDerive(suite, version, masterSecret.Span, clientRandom, serverRandom, out var material);
        if (material is null)
            return status;
        using (material)
        {
            keys = new TlsSessionKeys(version, suite, TlsSessionKeysStatus.Ok)
            {
                Client = material.CreateClientDecryptor(encryptThenMac),
                Server = material.CreateServerDecryptor(encryptThenMac),
            };
        }
        return TlsSessionKeysStatus.Ok;
    }

    private static TlsSessionKeysStatus CreateTls13(CipherSuite suite, TlsSecrets secrets, out TlsSessionKeys? keys)
    {
        keys = null;
        ReadOnlyMemory<byte>? clientHandshake = secrets.ClientHandshakeTrafficSecret, serverHandshake = secrets.ServerHandshakeTrafficSecret,
            client = secrets.ClientTrafficSecret0, server = secrets.ServerTrafficSecret0, early = secrets.ClientEarlyTrafficSecret;
        foreach (var secret in (ReadOnlySpan<ReadOnlyMemory<byte>?>)[clientHandshake, serverHandshake, client, server, early])
            if (secret is { } present && present.Length != suite.HashLength)
                return TlsSessionKeysStatus.SecretWrongLength;

        bool handshakeMissing = clientHandshake is null || serverHandshake is null;
        bool applicationMissing = client is null || server is null;
        if (clientHandshake is null && serverHandshake is null && client is null && server is null)
            return TlsSessionKeysStatus.TrafficSecretsMissing;
        var status = handshakeMissing ? TlsSessionKeysStatus.HandshakeSecretsMissing
            : applicationMissing ? TlsSessionKeysStatus.ApplicationSecretsMissing
            : TlsSessionKeysStatus.Ok;
        keys = new TlsSessionKeys(TlsVersions.Tls13, suite, status)
        {
            ClientEarlyData = Tls13(suite, early),
            ClientHandshake = Tls13(suite, clientHandshake),
            ServerHandshake = Tls13(suite, serverHandshake),
            Client = Tls13(suite, client),
            Server = Tls13(suite, server),
        };
        return status;
    }

    private static Tls13RecordDecryptor? Tls13(CipherSuite suite, ReadOnlyMemory<byte>? secret) =>
        secret is { } present ? new Tls13RecordDecryptor(suite, present.Span) : null;

    public void Dispose()
    {
        ClientEarlyData?.Dispose();
        ClientHandshake?.Dispose();
        ServerHandshake?.Dispose();
        Client?.Dispose();
        Server?.Dispose();
    }

    public override string ToString() =>
        $"{TlsVersions.NameOf(Version)} {Suite.Name} session keys ({Status.Describe()}): " +
        (Version == TlsVersions.Tls13
            ? $"client handshake {Has(ClientHandshake)}, server handshake {Has(ServerHandshake)}, client application {Has(Client)}, server application {Has(Server)}"
            : $"client {Has(Client)}, server {Has(Server)}");

    private static string Has(TlsRecordDecryptor? decryptor) => decryptor is null ? "missing" : "ready";
}
