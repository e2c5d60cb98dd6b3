using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>
/// Key log lines of the RSA era beside tshark. Wireshark's own tls12-aes256gcm capture (TLS_PSK_WITH_AES_256_GCM_SHA384,
/// PSK identity "test") has a key log, exported by Wireshark, with an "RSA Session-ID:… Master-Key:…" line and a
/// CLIENT_RANDOM line for its one session: either line alone decrypts it as tshark does, the whole file is read without
/// a warning, and the ClientKeyExchange shows tshark's "PSK Client Params". The RSA sample tls12-rsa decrypts from
/// "RSA epms8 pms" and PMS_CLIENT_RANDOM lines as in tshark.
/// </summary>
public sealed class RsaEraKeyLogGoldenTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-rsa-era-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string? Capture()
    {
        string file = Path.Combine(Corpus.WiresharkCorpus, "tls12-aes256gcm.pcap");
        if (File.Exists(file) && ExternalTools.HasTshark)
            return file;
        Console.WriteLine($"skipped: {(ExternalTools.HasTshark ? Corpus.WiresharkCorpusAbsentReason : ExternalTools.TsharkAbsentReason)}");
        return null;
    }

    /// <summary>A key log of only the lines of the capture's own key log that start with <paramref name="prefix"/>.</summary>
    private string KeyLogOf(string capture, string prefix)
    {
        var lines = File.ReadAllLines(Corpus.KeyLogFor(capture)!).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        Assert.Single(lines);
        string path = Path.Combine(_dir, prefix.Split(' ')[0] + ".keys");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Theory]
    [InlineData("RSA Session-ID:")]
    [InlineData("CLIENT_RANDOM ")]
    public void One_line_of_either_kind_decrypts_the_session_as_tshark_does(string prefix)
    {
        if (Capture() is not { } file)
            return;
        string keys = KeyLogOf(file, prefix);
        foreach (var args in new[]
        {
            (string[])["-n", "-r", file, "-o", "tls.keylog_file:" + keys, "-V"],
            ["-n", "-r", file, "-o", "tls.keylog_file:" + keys, "-Y", "http", "-T", "fields", "-e", "frame.number", "-e", "http.request.uri", "-e", "http.response.code"],
        })
        {
            var theirs = ExternalTools.Tshark(args);
            var ours = SnifferProcess.Run(["read", .. args]);
            Assert.Equal(theirs.ExitCode, ours.ExitCode);
            Assert.Equal("", ours.StdErr);
            Assert.True(theirs.StdOut == ours.StdOut, $"{string.Join(' ', args)} differs from tshark");
        }
        Assert.Contains("GET / HTTP/1.1", SnifferProcess.Run("read", "-n", "-r", file, "-o", "tls.keylog_file:" + keys).StdOut);
    }

    [Fact]
    public void The_key_log_Wireshark_exported_is_read_without_a_warning_and_the_psk_identity_is_a_field()
    {
        if (Capture() is not { } file)
            return;
        string[] args = ["-n", "-r", file, "-o", "tls.keylog_file:" + Corpus.KeyLogFor(file), "-Y", "tls.handshake.identity == \"test\"",
            "-T", "fields", "-e", "frame.number", "-e", "tls.handshake.identity_len", "-e", "tls.handshake.identity"];
        var theirs = ExternalTools.Tshark(args);
        var ours = SnifferProcess.Run(["read", .. args]);
        Assert.Equal("", ours.StdErr);
        Assert.Equal("3\t4\t74657374\n", theirs.StdOut);
        Assert.Equal(theirs.StdOut, ours.StdOut);
    }

    /// <summary>
    /// tls12-rsa.pcapng (two TLS 1.2 sessions with RSA key exchange and the extended master secret): its pre-master
    /// secrets, opened here with its throwaway server key by .NET's RSA, written as "RSA epms8 pms" lines and as
    /// PMS_CLIENT_RANDOM lines, decrypt both sessions with -V identical to tshark's reading the same key log.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pre_master_secrets_by_encrypted_prefix_or_client_random_decrypt_as_in_tshark(bool byClientRandom)
    {
        if (!ExternalTools.HasTshark)
        {
            Console.WriteLine($"skipped: {ExternalTools.TsharkAbsentReason}");
            return;
        }
        string file = Path.Combine(Corpus.SampleCaptures, "tls12-rsa.pcapng");
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(Corpus.SampleCaptures, "rsa-test-server.key")));
        string[] Field(string filter, string field) =>
            ExternalTools.Tshark("-n", "-r", file, "-Y", filter, "-T", "fields", "-e", field).StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] encrypted = Field("tls.handshake.epms", "tls.handshake.epms");
        string[] randoms = Field("tls.handshake.type == 1", "tls.handshake.random");
        Assert.Equal(2, encrypted.Length);
        Assert.Equal(2, randoms.Length);
        var lines = new List<string>();
        for (int i = 0; i < 2; i++)
        {
            byte[] preMaster = rsa.Decrypt(Convert.FromHexString(encrypted[i]), System.Security.Cryptography.RSAEncryptionPadding.Pkcs1);
            lines.Add(byClientRandom
                ? $"PMS_CLIENT_RANDOM {randoms[i]} {Convert.ToHexStringLower(preMaster)}"
                : $"RSA {encrypted[i][..16]} {Convert.ToHexStringLower(preMaster)}");
        }
        string keys = Path.Combine(_dir, "premaster.keys");
        File.WriteAllLines(keys, lines);
        string[] args = ["-n", "-r", file, "-o", "tls.keylog_file:" + keys, "-V"];
        var theirs = ExternalTools.Tshark(args);
        var ours = SnifferProcess.Run(["read", .. args]);
        Assert.Equal("", ours.StdErr);
        Assert.Contains("GET / HTTP/1.0", theirs.StdOut);
        Assert.True(theirs.StdOut == ours.StdOut, "-V with the pre-master key log differs from tshark");
    }

    [Fact]
    public void Without_a_matching_line_the_session_stays_encrypted_as_in_tshark()
    {
        if (Capture() is not { } file)
            return;
        string keys = Path.Combine(_dir, "other.keys");
        File.WriteAllText(keys, $"RSA Session-ID:{new string('a', 64)} Master-Key:{new string('1', 96)}\n");
        string[] args = ["-n", "-r", file, "-o", "tls.keylog_file:" + keys, "-Y", "http", "-T", "fields", "-e", "frame.number"];
        Assert.Equal("", ExternalTools.Tshark(args).StdOut);
        Assert.Equal("", SnifferProcess.Run(["read", .. args]).StdOut);
    }
}
