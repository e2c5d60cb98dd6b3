using System.Diagnostics;
using System.Text;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>
/// Key logs from issue 11's probe, built here: a million valid lines in bounded memory, a million malformed
/// lines worded a few at a time, binary garbage read in linear time with one message, and a key log that
/// is missing, binary or matches no session said in one line on standard error.
/// </summary>
public class KeyLogBoundsTests
{
    private const int Lines = 1_000_000;

    [Fact]
    public void A_million_valid_lines_are_stored_compactly()
    {
        string path = WriteLines(Lines, i => $"CLIENT_RANDOM {i:x64} {new string('b', 96)}");
        try
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var load = KeyLog.Load(path);
            clock.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(load.Succeeded, load.Message);
            Assert.Equal(Lines, load.KeyLog.SessionCount);
            // Everything allocated, transient dictionary growth included, stays under 200 MB (it was 362 MB kept).
            Assert.True(allocated < 200L * 1024 * 1024, $"{allocated >> 20} MiB allocated for {Lines} lines");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
            Assert.True(load.KeyLog.TryGetSecrets(Random(123_456), out var secrets));
            Assert.Equal(Enumerable.Repeat((byte)0xBB, 48), secrets.MasterSecret!.Value.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_later_line_for_the_same_session_and_label_wins()
    {
        var log = KeyLog.Parse($"CLIENT_RANDOM {1:x64} {new string('a', 96)}\nCLIENT_HANDSHAKE_TRAFFIC_SECRET {1:x64} {new string('c', 64)}\nCLIENT_RANDOM {1:x64} {new string('b', 96)}\n");
        Assert.True(log.TryGetSecrets(Random(1), out var secrets));
        Assert.Equal(0xBB, secrets.MasterSecret!.Value.Span[0]);
        Assert.Equal(32, secrets.ClientHandshakeTrafficSecret!.Value.Length);
        Assert.Equal(1, log.SessionCount);
        Assert.Equal(3, log.SecretLineCount);
    }

    [Fact]
    public void A_million_malformed_lines_give_a_few_warnings_and_one_summary()
    {
        string path = WriteLines(Lines, i => $"CLIENT_RANDOM {i:x64} nothex");
        try
        {
            var clock = Stopwatch.StartNew();
            var load = KeyLog.Load(path);
            clock.Stop();

            Assert.False(load.Succeeded);
            Assert.Equal(KeyLogLoadStatus.NoSecrets, load.Status);
            Assert.Equal(KeyLog.MaxPrintedProblems + 1, load.Warnings.Count);
            Assert.Equal($"key log '{path}': {Lines - KeyLog.MaxPrintedProblems} more malformed lines skipped ({Lines} in all)", load.Warnings[^1]);
            Assert.Equal(Lines, load.KeyLog.ProblemCount);
            Assert.Equal(KeyLog.MaxKeptProblems, load.KeyLog.Problems.Count);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Binary_garbage_is_read_in_linear_time_with_one_message()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-garbage-{Guid.NewGuid():N}.keys");
        var random = new Random(11);
        using (var file = File.Create(path))
        {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 64; i++)
            {
                random.NextBytes(chunk);
                file.Write(chunk);
            }
        }
        try
        {
            var clock = Stopwatch.StartNew();
            var load = KeyLog.Load(path);
            clock.Stop();

            Assert.Equal(KeyLogLoadStatus.NoSecrets, load.Status);
            Assert.Empty(load.Warnings);
            Assert.Equal($"key log '{path}' is binary data, not an NSS key log (lines of LABEL CLIENT_RANDOM SECRET, as SSLKEYLOGFILE writes); no secret read", load.Message);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"64 MiB took {clock.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_key_log_given_but_missing_binary_or_matching_no_session_is_one_line_on_stderr()
    {
        string capture = Path.Combine(Corpus.SampleCaptures, "tls13-echo.pcapng");
        string unrelated = Path.Combine(Path.GetTempPath(), $"sniffer-unrelated-{Guid.NewGuid():N}.keys");
        string binary = Path.Combine(Path.GetTempPath(), $"sniffer-binary-{Guid.NewGuid():N}.keys");
        File.WriteAllText(unrelated, $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}\n");
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0xFF, 0x0A, 0x80, 0x00]);
        try
        {
            foreach (string[] mode in new[] { new[] { "-q" }, new[] { "-T", "fields", "-e", "frame.number" }, Array.Empty<string>() })
            {
                var missing = SnifferProcess.Run(["read", "-r", capture, "--keylog", "/nonexistent.keys", .. mode]);
                Assert.Equal("sniffer: warning: key log '/nonexistent.keys' does not exist\n", missing.StdErr);
                var garbage = SnifferProcess.Run(["read", "-r", capture, "-o", "tls.keylog_file:" + binary, .. mode]);
                Assert.StartsWith($"sniffer: warning: key log '{binary}' is binary data, not an NSS key log", garbage.StdErr);
                Assert.Single(garbage.StdErr.TrimEnd('\n').Split('\n'));
                var none = SnifferProcess.Run(["read", "-r", capture, "--keylog", unrelated, .. mode]);
                Assert.Equal($"sniffer: warning: key log '{unrelated}' matches none of the TLS sessions in the capture (no client random of theirs is in it)\n", none.StdErr);
            }
        }
        finally
        {
            File.Delete(unrelated);
            File.Delete(binary);
        }
    }

    private static ClientRandom Random(int i)
    {
        ClientRandom.TryRead(Convert.FromHexString(i.ToString("x64")), out var random);
        return random;
    }

    private static string WriteLines(int count, Func<int, string> line)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-keylog-{Guid.NewGuid():N}.keys");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        for (int i = 0; i < count; i++)
            writer.Write(line(i) + "\n");
        return path;
    }
}
