using System.Security.Cryptography;
using System.Text;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// Servers' RSA private keys (PEM, optionally encrypted), as tshark 4.0 takes them: the <c>rsa_keys</c> table
/// (<c>-o uat:rsa_keys:"server.key","password"</c>) and the older <c>tls.keys_list</c> preference
/// (<c>ip,port,protocol,keyfile[,password]</c> entries separated by ';'). With one, a TLS 1.0–1.2 session whose key
/// exchange is RSA decrypts without a key log: the ClientKeyExchange's pre-master secret is decrypted (PKCS #1 v1.5,
/// .NET's RSA) and the master secret derived from it, as RFC 5246 §8.1 and RFC 7627 (extended master secret) say.
/// </summary>
public sealed class TlsRsaKeys : IDisposable
{
    /// <summary>RFC 5246 §7.4.7.1: the pre-master secret is two version bytes and 46 random ones.</summary>
    public const int PreMasterSecretLength = 48;

    private readonly List<RSA> _keys = new();

    public int Count => _keys.Count;

    /// <summary>The keys of both preferences; the values were checked when the options were read.</summary>
    public static TlsRsaKeys FromPreferences(string keysList, string uatRecords)
    {
        var keys = new TlsRsaKeys();
        foreach (var (path, password) in Entries(keysList, uatRecords))
            if (TryLoad(path, password, out var rsa, out _))
                keys._keys.Add(rsa);
        return keys;
    }

    /// <summary>Checks a <c>tls.keys_list</c> value: every entry names a readable PEM private key. Null when fine.</summary>
    public static string? CheckKeysList(string value)
    {
        foreach (var entry in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(',');
            if (parts.Length is < 4 or > 5)
                return $"\"{entry}\" is not ip,port,protocol,keyfile[,password]";
            if (!TryLoad(parts[3].Trim(), parts.Length == 5 ? parts[4] : "", out var rsa, out string? why))
                return why;
            rsa.Dispose();
        }
        return null;
    }

    /// <summary>Checks one <c>rsa_keys</c> record ("keyfile","password"). Null when fine.</summary>
    public static string? CheckUatRecord(string record)
    {
        if (!TryParseRecord(record, out var fields) || fields.Count != 2)
            return "an rsa_keys record is \"key file\",\"password\" (two quoted fields)";
        if (!TryLoad(fields[0], fields[1], out var rsa, out string? why))
            return why;
        rsa.Dispose();
        return null;
    }

    /// <summary>
    /// Decrypts an RSA-encrypted pre-master secret with each key in turn; true with the 48 bytes when one key opens it.
    /// </summary>
    public bool TryDecryptPreMasterSecret(ReadOnlySpan<byte> encrypted, Span<byte> preMasterSecret)
    {
        byte[] cipher = encrypted.ToArray();
        foreach (var rsa in _keys)
        {
            if (cipher.Length != rsa.KeySize / 8)
                continue; // another server's key: its modulus has another length
            try
            {
                byte[] plain = rsa.Decrypt(cipher, RSAEncryptionPadding.Pkcs1);
                if (plain.Length == PreMasterSecretLength)
                {
                    plain.CopyTo(preMasterSecret);
                    return true;
                }
            }
            catch (CryptographicException)
            {
                // not this key
            }
        }
        return false;
    }

    /// <summary>
    /// The master secret from the pre-master secret: PRF(pms, "master secret", client_random + server_random), or with
    /// the extended master secret extension PRF(pms, "extended master secret", session_hash) over the handshake so far.
    /// </summary>
    public static void DeriveMasterSecret(CipherSuite suite, ushort version, ReadOnlySpan<byte> preMasterSecret,
        ReadOnlySpan<byte> clientRandom, ReadOnlySpan<byte> serverRandom, ReadOnlySpan<byte> transcript, bool extendedMasterSecret,
        Span<byte> masterSecret)
    {
        var prf = suite.PrfFor(version);
        if (extendedMasterSecret)
        {
            Span<byte> hash = stackalloc byte[64];
            int length = SessionHash(prf, transcript, hash);
            TlsPrf.Derive(prf, preMasterSecret, "extended master secret", hash[..length], masterSecret);
            return;
        }
        Span<byte> seed = stackalloc byte[64];
        clientRandom.CopyTo(seed);
        serverRandom.CopyTo(seed[32..]);
        TlsPrf.Derive(prf, preMasterSecret, "master secret", seed, masterSecret);
    }

    private static int SessionHash(TlsPrfAlgorithm prf, ReadOnlySpan<byte> transcript, Span<byte> hash) => prf switch
    {
        TlsPrfAlgorithm.Sha384 => SHA384.HashData(transcript, hash),
        TlsPrfAlgorithm.Sha256 => SHA256.HashData(transcript, hash),
        _ => MD5.HashData(transcript, hash) + SHA1.HashData(transcript, hash[16..]),
    };

    private static IEnumerable<(string Path, string Password)> Entries(string keysList, string uatRecords)
    {
        foreach (var entry in keysList.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(',');
            if (parts.Length is 4 or 5)
                yield return (parts[3].Trim(), parts.Length == 5 ? parts[4] : "");
        }
        foreach (var record in uatRecords.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            if (TryParseRecord(record, out var fields) && fields.Count == 2)
                yield return (fields[0], fields[1]);
    }

    private static bool TryLoad(string path, string password, out RSA rsa, out string? why)
    {
        rsa = RSA.Create();
        why = null;
        string pem;
        try
        {
            pem = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            why = $"cannot read the RSA private key {path}: {e.Message}";
            rsa.Dispose();
            return false;
        }
        try
        {
            if (password.Length > 0 || pem.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal))
                rsa.ImportFromEncryptedPem(pem, password);
            else
                rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            why = $"{path} is not a PEM RSA private key this password opens: {e.Message}";
            rsa.Dispose();
            return false;
        }
    }

    /// <summary>A UAT record: comma-separated fields, each in double quotes with \x hex escapes, as Wireshark writes them.</summary>
    private static bool TryParseRecord(string record, out List<string> fields)
    {
        fields = new List<string>();
        int i = 0;
        var field = new StringBuilder();
        while (i < record.Length)
        {
            while (i < record.Length && record[i] == ' ')
                i++;
            if (i >= record.Length || record[i] != '"')
                return false;
            i++;
            field.Clear();
            while (i < record.Length && record[i] != '"')
            {
                if (record[i] == '\\' && i + 3 < record.Length && record[i + 1] == 'x'
                    && byte.TryParse(record.AsSpan(i + 2, 2), System.Globalization.NumberStyles.HexNumber, null, out byte b))
                {
                    field.Append((char)b);
                    i += 4;
                    continue;
                }
                field.Append(record[i++]);
            }
            if (i >= record.Length)
                return false;
            i++;
            fields.Add(field.ToString());
            while (i < record.Length && record[i] == ' ')
                i++;
            if (i < record.Length && record[i++] != ',')
                return false;
        }
        return fields.Count > 0;
    }

    public void Dispose()
    {
        foreach (var rsa in _keys)
            rsa.Dispose();
        _keys.Clear();
    }
}
