using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>
/// Key log lines of the RSA era beside tshark on Wireshark's own tls12-aes256gcm capture (TLS_PSK_WITH_AES_256_GCM_SHA384,
/// PSK identity "test"): its key log, exported by Wireshark, holds an "RSA Session-ID:… Master-Key:…" line and a
/// CLIENT_RANDOM line for the one session. Either line alone decrypts it as tshark does, the whole file is read without
/// a warning, and the ClientKeyExchange shows tshark's "PSK Client Params".
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
