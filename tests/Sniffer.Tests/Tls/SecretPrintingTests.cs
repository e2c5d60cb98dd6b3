using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>No type of the TLS crypto layer prints a key or secret, however it is logged or shown.</summary>
public class SecretPrintingTests
{
    private const string Random = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static readonly string MasterSecret = "5ec12e7" + new string('a', 89);
    private static readonly string TrafficSecret = "5ec12e7" + new string('b', 57);

    [Fact]
    public void To_string_of_every_type_holding_secrets_prints_no_secret_and_no_key()
    {
        var log = KeyLog.Parse($"""
            CLIENT_RANDOM {Random} {MasterSecret}
            CLIENT_HANDSHAKE_TRAFFIC_SECRET {Random} {TrafficSecret}
            SERVER_HANDSHAKE_TRAFFIC_SECRET {Random} {TrafficSecret}
            CLIENT_TRAFFIC_SECRET_0 {Random} {TrafficSecret}
            SERVER_TRAFFIC_SECRET_0 {Random} {TrafficSecret}
            CLIENT_RANDOM {Random} {MasterSecret}x
            """);
        log.TryGetSecrets(Convert.FromHexString(Random), out var secrets);
        byte[] clientRandom = Convert.FromHexString(Random);
        TlsSessionKeys.TryCreate(TlsVersions.Tls12, 0xC013, clientRandom, clientRandom, log, out var tls12);
        TlsSessionKeys.TryCreate(TlsVersions.Tls13, 0x1301, clientRandom, [], log, out var tls13);
        CipherSuites.TryGet(0xC013, out var suite);
        Tls12KeyMaterial.TryDerive(suite!, TlsVersions.Tls12, Convert.FromHexString(MasterSecret), clientRandom, clientRandom, out var material);

        string[] printed =
        [
            log.ToString(), secrets!.ToString(), log.Problems.Single().ToString(), tls12!.ToString(), tls13!.ToString(),
            tls12.Client!.ToString(), tls13.ServerHandshake!.ToString(), material!.ToString(),
            KeyLog.Load("/nonexistent/sniffer.keys").ToString(),
        ];

        var forbidden = new List<string> { "5ec12e7", "5EC12E7", Convert.ToHexString(material.ClientWriteKey), Convert.ToHexStringLower(material.ClientWriteKey) };
        foreach (string text in printed)
            foreach (string secret in forbidden)
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("CLIENT_RANDOM, CLIENT_HANDSHAKE_TRAFFIC_SECRET", secrets.ToString());   // which secrets, not what they are
        Assert.Contains(Random, secrets.ToString());               // the random is public and names the session
    }
}
