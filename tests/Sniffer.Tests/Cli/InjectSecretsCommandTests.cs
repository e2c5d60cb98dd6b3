using System.Text;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

public class InjectSecretsCommandTests
{
    [CorpusTsharkFact]
    public void Tshark_decrypts_the_result_with_no_option_and_only_used_keys_go_in()
    {
        string capture = Path.Combine(Corpus.SharedCorpus, "local", "https.pcapng");
        string keys = Path.Combine(Path.GetTempPath(), $"sniffer-keys-{Guid.NewGuid():N}.log");
        string output = Path.Combine(Path.GetTempPath(), $"sniffer-inject-{Guid.NewGuid():N}.pcapng");
        string unrelated = $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}";
        File.WriteAllText(keys, File.ReadAllText(Path.Combine(Corpus.SharedCorpus, "local", "https.keys")) + unrelated + "\n");
        try
        {
            var r = SnifferProcess.Run("inject-secrets", "-r", capture, "--keylog", keys, "-w", output, "--only-used");
            Assert.Equal(0, r.ExitCode);
            var fields = new[] { "-T", "fields", "-e", "frame.number", "-e", "http.request.uri", "-e", "tls.handshake.type" };
            var withKeys = ExternalTools.Tshark(["-n", "-r", capture, "-o", "tls.keylog_file:" + keys, .. fields]);
            var injected = ExternalTools.Tshark(["-n", "-r", output, .. fields]);
            Assert.Equal("", injected.StdErr);
            Assert.Equal(withKeys.StdOut, injected.StdOut);
            Assert.Contains("/big.txt", injected.StdOut);

            using var reader = CaptureFileReader.Open(output);
            while (reader.TryReadNext(out _)) { }
            var secret = Assert.Single(reader.DecryptionSecrets);
            string text = Encoding.ASCII.GetString(secret.Data.Span);
            Assert.DoesNotContain(unrelated, text);
            Assert.Contains("CLIENT_TRAFFIC_SECRET_0", text);
        }
        finally
        {
            File.Delete(keys);
            File.Delete(output);
        }
    }

    [Fact]
    public void A_missing_key_log_is_one_error_line()
    {
        var r = SnifferProcess.Run("inject-secrets", "-r", "/nonexistent.pcapng", "--keylog", "/nonexistent.keys", "-w", "/tmp/never.pcapng");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("sniffer: key log '/nonexistent.keys' does not exist\n", r.StdErr);
    }
}
