namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The record decryptors of one TLS session, made from its version, cipher suite, randoms and the key log —
/// or the reason there are none. TLS 1.2: one decryptor per direction from the master secret's key block.
/// TLS 1.3: handshake decryptors, then application decryptors after each side's Finished.
/// </summary>
public sealed class TlsSessionKeys : IDisposable
{
    private TlsSessionKeys(TlsDecryptionProblem problem) => Problem = problem;

    public TlsDecryptionProblem Problem { get; private set; }
    public TlsRecordDecryptor? ClientHandshake { get; private set; }
    public TlsRecordDecryptor? ServerHandshake { get; private set; }
    public Tls13Decryptor? ClientApplication { get; private set; }
    public Tls13Decryptor? ServerApplication { get; private set; }

    public static TlsSessionKeys Create(ushort version, CipherSuite? suite, byte[]? clientRandom, byte[]? serverRandom,
        bool encryptThenMac, KeyLog? log)
    {
        if (log is null || log.SessionCount == 0)
            return new(TlsDecryptionProblem.NoKeyLog);
        if (clientRandom is null)
            return new(TlsDecryptionProblem.NoClientRandom);
        if (suite is null || serverRandom is null)
            return new(suite is null && serverRandom is not null ? TlsDecryptionProblem.UnsupportedCipherSuite : TlsDecryptionProblem.NoServerHello);
        if (!suite.Decryptable)
            return new(TlsDecryptionProblem.UnsupportedCipherSuite);
        var secrets = log.Find(clientRandom);
        if (secrets is null)
            return new(TlsDecryptionProblem.NoKeyLogEntry);
        return version == 0x0304 ? ForTls13(suite, secrets) : ForTls12(suite, secrets, clientRandom, serverRandom, encryptThenMac);
    }

    private static TlsSessionKeys ForTls12(CipherSuite suite, TlsSecrets secrets, byte[] clientRandom, byte[] serverRandom, bool encryptThenMac)
    {
        if (secrets.MasterSecret is null || suite.Tls13)
            return new(TlsDecryptionProblem.NoKeyLogEntry);
        int mac = suite.IsAead ? 0 : suite.MacLength, key = suite.KeyLength, iv = suite.IsAead ? suite.FixedIvLength : 0;
        var block = TlsKeyDerivation.Prf(suite.PrfHash, secrets.MasterSecret, "key expansion", [.. serverRandom, .. clientRandom], 2 * (mac + key + iv));
        int at = 0;
        byte[] Take(int n)
        {
            var part = block.AsSpan(at, n).ToArray();
            at += n;
            return part;
        }
        byte[] clientMac = Take(mac), serverMac = Take(mac), clientKey = Take(key), serverKey = Take(key), clientIv = Take(iv), serverIv = Take(iv);
        var keys = new TlsSessionKeys(TlsDecryptionProblem.None);
        if (suite.IsAead)
        {
            keys.ClientHandshake = new Tls12AeadDecryptor(suite, clientKey, clientIv);
            keys.ServerHandshake = new Tls12AeadDecryptor(suite, serverKey, serverIv);
        }
        else
        {
            keys.ClientHandshake = new Tls12CbcDecryptor(suite, clientKey, clientMac, encryptThenMac);
            keys.ServerHandshake = new Tls12CbcDecryptor(suite, serverKey, serverMac, encryptThenMac);
        }
        return keys;
    }

    private static TlsSessionKeys ForTls13(CipherSuite suite, TlsSecrets secrets)
    {
        if (!secrets.HasTls13HandshakeSecrets && !secrets.HasTls13ApplicationSecrets)
            return new(TlsDecryptionProblem.NoKeyLogEntry);
        var keys = new TlsSessionKeys(secrets.HasTls13HandshakeSecrets
            ? secrets.HasTls13ApplicationSecrets ? TlsDecryptionProblem.None : TlsDecryptionProblem.ApplicationSecretsMissing
            : TlsDecryptionProblem.HandshakeSecretsMissing);
        if (secrets.HasTls13HandshakeSecrets)
        {
            keys.ClientHandshake = new Tls13Decryptor(suite, secrets.ClientHandshakeTrafficSecret!);
            keys.ServerHandshake = new Tls13Decryptor(suite, secrets.ServerHandshakeTrafficSecret!);
        }
        if (secrets.HasTls13ApplicationSecrets)
        {
            keys.ClientApplication = new Tls13Decryptor(suite, secrets.ClientTrafficSecret0!);
            keys.ServerApplication = new Tls13Decryptor(suite, secrets.ServerTrafficSecret0!);
        }
        return keys;
    }

    /// <summary>Records that a record failed authentication, which tells the user the key is wrong.</summary>
    public void NoteAuthenticationFailure()
    {
        if (Problem == TlsDecryptionProblem.None)
            Problem = TlsDecryptionProblem.AuthenticationFailed;
    }

    public void Dispose()
    {
        ClientHandshake?.Dispose();
        ServerHandshake?.Dispose();
        ClientApplication?.Dispose();
        ServerApplication?.Dispose();
    }
}
