using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>The TLS PRF (RFC 5246 §5, RFC 2246 §5) against known answers and OpenSSL's TLS1-PRF.</summary>
public class TlsPrfTests
{
    [Fact]
    public void Sha256_prf_matches_the_published_tls12_test_vector()
    {
        // The TLS 1.2 P_SHA256 vector posted to the IETF TLS working group list (msg03416), also what
        // `openssl kdf -keylen 100 -kdfopt digest:SHA2-256 ... TLS1-PRF` prints.
        byte[] output = new byte[100];

        TlsPrf.Derive(TlsPrfAlgorithm.Sha256, Hex.Parse("9bbe436ba940f017b17652849a71db35"), "test label",
            Hex.Parse("a0ba9f936cda311827a6f796ffd5198c"), output);

        Assert.Equal(Hex.Parse("""
            e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9c9a46b4e14baf9af
            0fa022f7077def17abfd3797c0564bab4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff701
            87347b66
            """), output);
    }

    [Fact]
    public void Sha384_prf_matches_the_published_tls12_test_vector()
    {
        // The P_SHA384 vector published alongside it; `openssl kdf -keylen 148 -kdfopt digest:SHA2-384 ... TLS1-PRF` prints the same.
        byte[] output = new byte[148];

        TlsPrf.Derive(TlsPrfAlgorithm.Sha384, Hex.Parse("b80b733d6ceefcdc71566ea48e5567df"), "test label",
            Hex.Parse("cd665cf6a8447dd6ff8b27555edb7465"), output);

        Assert.Equal(Hex.Parse("""
            7b0c18e9ced410ed1804f2cfa34a336a1c14dffb4900bb5fd7942107e81c83cde9ca0faa60be9fe34f82b1233c9146a0
            e534cb400fed2700884f9dc236f80edd8bfa961144c9e8d792eca722a7b32fc3d416d473ebc2c5fd4abfdad05d918425
            9b5bf8cd4d90fa0d31e2dec479e4f1a26066f2eea9a69236a3e52655c9e9aee691c8f3a26854308d5eaa3be85e099070
            3d73e56f
            """), output);
    }

    [Fact]
    public void Md5_sha1_prf_of_tls10_matches_openssl()
    {
        // `openssl kdf -keylen 64 -kdfopt digest:MD5-SHA1 -kdfopt hexsecret:9bbe…35 -kdfopt seed:"test label"
        //  -kdfopt hexseed:a0ba…8c TLS1-PRF` (OpenSSL 3.0).
        byte[] output = new byte[64];

        TlsPrf.Derive(TlsPrfAlgorithm.Md5Sha1, Hex.Parse("9bbe436ba940f017b17652849a71db35"), "test label",
            Hex.Parse("a0ba9f936cda311827a6f796ffd5198c"), output);

        Assert.Equal(Hex.Parse("""
            661740e6f98bc901efd2738502a71c03f76dd2f86298549b1148eff06714cf0f6b7c532cd8c69f1530e0bb680eec34c4
            95fa75a8bfcc9c335484c0d3d194ab6e
            """), output);
    }

    [Fact]
    public void A_shorter_output_is_a_prefix_of_a_longer_one()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), ArbMap.Default.ArbFor<byte[]>(), Gen.Choose(0, 300).ToArbitrary(), (secret, seed, length) =>
        {
            foreach (var algorithm in Enum.GetValues<TlsPrfAlgorithm>())
            {
                byte[] shorter = new byte[length], longer = new byte[length + 50];
                TlsPrf.Derive(algorithm, secret ?? [], "label", seed ?? [], shorter);
                TlsPrf.Derive(algorithm, secret ?? [], "label", seed ?? [], longer);
                if (!longer.AsSpan(0, length).SequenceEqual(shorter))
                    return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [OpensslFact]
    public void Random_secrets_seeds_and_lengths_agree_with_openssl_tls1_prf()
    {
        var random = new Random(8448);
        (TlsPrfAlgorithm Algorithm, string Digest)[] algorithms =
            [(TlsPrfAlgorithm.Sha256, "SHA2-256"), (TlsPrfAlgorithm.Sha384, "SHA2-384"), (TlsPrfAlgorithm.Md5Sha1, "MD5-SHA1")];
        for (int i = 0; i < 9; i++)
        {
            var (algorithm, digest) = algorithms[i % 3];
            byte[] secret = new byte[random.Next(1, 80)], seed = new byte[random.Next(1, 300)];
            random.NextBytes(secret);
            random.NextBytes(seed);
            int length = random.Next(1, 400);
            byte[] ours = new byte[length];

            TlsPrf.Derive(algorithm, secret, "key expansion", seed, ours);

            var openssl = ExternalTools.Run("openssl", ["kdf", "-keylen", length.ToString(), "-kdfopt", $"digest:{digest}",
                "-kdfopt", $"hexsecret:{Convert.ToHexString(secret)}", "-kdfopt", "seed:key expansion",
                "-kdfopt", $"hexseed:{Convert.ToHexString(seed)}", "TLS1-PRF"]);
            Assert.Equal(0, openssl.ExitCode);
            Assert.Equal(Convert.ToHexString(ours), openssl.StdOut.Replace(":", "").Trim());
        }
    }

    [Fact]
    public void A_label_given_as_bytes_or_as_text_gives_the_same_output()
    {
        byte[] fromText = new byte[40], fromBytes = new byte[40];

        TlsPrf.Derive(TlsPrfAlgorithm.Sha256, [1, 2, 3], "master secret", [4, 5], fromText);
        TlsPrf.Derive(TlsPrfAlgorithm.Sha256, [1, 2, 3], Encoding.ASCII.GetBytes("master secret"), [4, 5], fromBytes);

        Assert.Equal(fromText, fromBytes);
    }
}
