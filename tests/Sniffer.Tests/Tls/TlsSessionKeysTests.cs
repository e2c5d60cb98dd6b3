using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>Building a session's decryptors, and every reason it cannot, in words a student understands.</summary>
public class TlsSessionKeysTests
{
    private static readonly byte[] ClientRandom = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] ServerRandom = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
    private static readonly string Random = Convert.ToHexStringLower(ClientRandom);
    private static readonly string Secret32 = new('1', 64), Secret48 = new('2', 96);

    private static TlsSessionKeysStatus Create(ushort version, ushort suite, string keyLog, out TlsSessionKeys? keys,
        byte[]? clientRandom = null, byte[]? serverRandom = null) =>
        TlsSessionKeys.TryCreate(version, suite, clientRandom ?? ClientRandom, serverRandom ?? ServerRandom, KeyLog.Parse(keyLog), out keys);

    private static string Tls13Lines(string secret, params string[] labels) =>
        string.Join('\n', labels.Select(label => $"{label} {Random} {secret}"));

    [Fact]
    public void A_tls12_session_with_its_master_secret_gets_client_and_server_decryptors_only()
    {
        var status = Create(TlsVersions.Tls12, 0xC02F, $"CLIENT_RANDOM {Random} {Secret48}", out var keys);

        Assert.Equal(TlsSessionKeysStatus.Ok, status);
        Assert.NotNull(keys!.Client);
        Assert.NotNull(keys.Server);
        Assert.Null(keys.ClientHandshake);
        Assert.Null(keys.ServerHandshake);
        keys.Dispose();
    }

    [Fact]
    public void A_tls13_session_with_all_four_traffic_secrets_gets_handshake_and_application_decryptors()
    {
        var status = Create(TlsVersions.Tls13, 0x1301, Tls13Lines(Secret32, "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
            "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"), out var keys);

        Assert.Equal(TlsSessionKeysStatus.Ok, status);
        Assert.All([keys!.ClientHandshake, keys.ServerHandshake, keys.Client, keys.Server], Assert.NotNull);
        Assert.Null(keys.ClientEarlyData);
        keys.Dispose();
    }

    [Fact]
    public void Without_a_client_random_the_capture_started_after_the_handshake()
    {
        var status = Create(TlsVersions.Tls12, 0xC02F, "", out var keys, clientRandom: []);

        Assert.Equal(TlsSessionKeysStatus.NoClientRandom, status);
        Assert.Null(keys);
        Assert.Equal("the capture started after the handshake (no ClientHello, so no client random to look up)", status.Describe());
    }

    [Fact]
    public void A_key_log_line_for_another_session_is_no_entry_for_this_one()
    {
        string otherRandom = new('f', 64);

        var status = Create(TlsVersions.Tls12, 0xC02F, $"CLIENT_RANDOM {otherRandom} {Secret48}", out var keys);

        Assert.Equal(TlsSessionKeysStatus.NoKeyLogEntry, status);
        Assert.Null(keys);
        Assert.Equal("no key-log line for this client random", status.Describe());
    }

    [Fact]
    public void Tls13_with_only_application_secrets_still_decrypts_application_data_and_says_what_is_missing()
    {
        var status = Create(TlsVersions.Tls13, 0x1302, Tls13Lines(Secret48, "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"), out var keys);

        Assert.Equal(TlsSessionKeysStatus.HandshakeSecretsMissing, status);
        Assert.True(status.AllowsDecryption());
        Assert.Equal("TLS 1.3 handshake secrets missing (only application secrets logged)", status.Describe());
        Assert.Null(keys!.ClientHandshake);
        Assert.NotNull(keys.Client);
        Assert.NotNull(keys.Server);
        Assert.Equal(status, keys.Status);
        keys.Dispose();
    }

    [Fact]
    public void Tls13_with_only_handshake_secrets_decrypts_the_handshake_only()
    {
        var status = Create(TlsVersions.Tls13, 0x1301, Tls13Lines(Secret32, "CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET"), out var keys);

        Assert.Equal(TlsSessionKeysStatus.ApplicationSecretsMissing, status);
        Assert.NotNull(keys!.ServerHandshake);
        Assert.Null(keys.Server);
        keys.Dispose();
    }

    [Fact]
    public void Tls13_with_only_exporter_secrets_has_no_traffic_secrets()
    {
        var status = Create(TlsVersions.Tls13, 0x1301, Tls13Lines(Secret32, "EXPORTER_SECRET"), out var keys);

        Assert.Equal(TlsSessionKeysStatus.TrafficSecretsMissing, status);
        Assert.False(status.AllowsDecryption());
        Assert.Null(keys);
    }

    [Fact]
    public void A_tls12_session_whose_entry_has_only_tls13_secrets_lacks_its_master_secret()
    {
        var status = Create(TlsVersions.Tls12, 0xC02F, Tls13Lines(Secret32, "CLIENT_TRAFFIC_SECRET_0"), out _);

        Assert.Equal(TlsSessionKeysStatus.MasterSecretMissing, status);
    }

    [Fact]
    public void A_tls12_session_without_a_server_random_cannot_derive_keys()
    {
        var status = Create(TlsVersions.Tls12, 0xC02F, $"CLIENT_RANDOM {Random} {Secret48}", out _, serverRandom: []);

        Assert.Equal(TlsSessionKeysStatus.NoServerRandom, status);
    }

    [Fact]
    public void A_tls13_secret_of_the_wrong_hash_length_for_the_suite_is_reported()
    {
        // TLS_AES_256_GCM_SHA384 needs 48-byte secrets.
        var status = Create(TlsVersions.Tls13, 0x1302, Tls13Lines(Secret32, "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"), out _);

        Assert.Equal(TlsSessionKeysStatus.SecretWrongLength, status);
    }

    [Theory]
    [InlineData(TlsVersions.Tls12, 0x0005, TlsSessionKeysStatus.UnsupportedCipherSuite)]   // RC4
    [InlineData(TlsVersions.Tls12, 0x1234, TlsSessionKeysStatus.UnsupportedCipherSuite)]   // no such suite
    [InlineData(TlsVersions.Tls12, 0x1301, TlsSessionKeysStatus.CipherSuiteNotForVersion)]
    [InlineData(TlsVersions.Tls13, 0xC02F, TlsSessionKeysStatus.CipherSuiteNotForVersion)]
    [InlineData(TlsVersions.Tls10, 0xC02F, TlsSessionKeysStatus.CipherSuiteNotForVersion)]
    [InlineData(TlsVersions.Ssl30, 0x002F, TlsSessionKeysStatus.UnsupportedVersion)]
    [InlineData(0x7F1C, 0x1301, TlsSessionKeysStatus.UnsupportedVersion)]                  // a TLS 1.3 draft
    public void Versions_and_suites_that_cannot_be_decrypted_say_why(ushort version, ushort suite, TlsSessionKeysStatus expected)
    {
        var status = Create(version, suite, $"CLIENT_RANDOM {Random} {Secret48}", out var keys);

        Assert.Equal(expected, status);
        Assert.Null(keys);
        Assert.DoesNotContain("TlsSessionKeysStatus", status.Describe());
    }

    [Fact]
    public void A_client_random_of_the_wrong_length_is_reported()
    {
        Assert.Equal(TlsSessionKeysStatus.RandomWrongLength, Create(TlsVersions.Tls12, 0xC02F, "", out _, clientRandom: new byte[31]));
        Assert.Equal(TlsSessionKeysStatus.RandomWrongLength,
            Create(TlsVersions.Tls12, 0xC02F, $"CLIENT_RANDOM {Random} {Secret48}", out _, serverRandom: new byte[33]));
    }

    [Fact]
    public void Every_status_has_its_own_sentence()
    {
        var sentences = Enum.GetValues<TlsSessionKeysStatus>().Select(s => s.Describe()).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
        Assert.All(Enum.GetValues<TlsDecryptStatus>(), s => Assert.NotEqual(s.ToString(), s.Describe()));
        Assert.All(Enum.GetValues<KeyLogLineError>(), e => Assert.NotEqual(e.ToString(), e.Describe()));
    }
}
