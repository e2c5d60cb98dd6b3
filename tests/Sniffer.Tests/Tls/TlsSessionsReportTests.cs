using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>The --tls-sessions view tells a student why decryption did or did not work.</summary>
public class TlsSessionsReportTests
{
    private static string Illustrated(string name) => Path.Combine(Corpus.SharedCorpus, "illustrated-tls", name);

    private static string Report(string capture, string? keyLogText)
    {
        string? keys = null;
        if (keyLogText is not null)
        {
            keys = Path.Combine(Path.GetTempPath(), $"sniffer-keys-{Guid.NewGuid():N}.log");
            File.WriteAllText(keys, keyLogText);
        }
        try
        {
            var settings = new Sniffer.Pipeline.ReadSettings { File = capture, Quiet = true, TlsSessions = true, KeyLogFile = keys };
            var output = new StringWriter();
            Assert.Equal(0, Sniffer.Pipeline.ReadPipeline.Run(settings, output));
            return output.ToString();
        }
        finally
        {
            if (keys is not null)
                File.Delete(keys);
        }
    }

    [CorpusFact]
    public void Correct_keys_say_found_and_succeeded()
    {
        var report = Report(Illustrated("illustrated-tls13.pcap"), File.ReadAllText(Illustrated("illustrated-tls13.keys")));
        Assert.Contains("TLS 1.3, TLS_AES_256_GCM_SHA384", report);
        Assert.Contains("SNI: example.ulfheim.net", report);
        Assert.Contains("keys: found in the key log", report);
        Assert.Contains("decryption: succeeded", report);
    }

    [CorpusFact]
    public void A_wrong_secret_is_reported_as_failed_authentication_and_never_printed()
    {
        var text = File.ReadAllText(Illustrated("illustrated-tls12.keys")).Trim();
        var parts = text.Split(' ');
        char last = parts[2][^1];
        parts[2] = parts[2][..^1] + (last == '0' ? '1' : '0');
        var report = Report(Illustrated("illustrated-tls12.pcap"), string.Join(' ', parts));
        Assert.Contains("records fail authentication (wrong key)", report);
        Assert.DoesNotContain(parts[2][..16], report, StringComparison.OrdinalIgnoreCase);
    }

    [CorpusFact]
    public void Only_application_secrets_decrypt_the_data_and_name_the_missing_handshake_secrets()
    {
        var lines = File.ReadAllLines(Illustrated("illustrated-tls13.keys")).Where(l => l.Contains("_TRAFFIC_SECRET_0"));
        var report = Report(Illustrated("illustrated-tls13.pcap"), string.Join('\n', lines));
        Assert.Contains("TLS 1.3 handshake secrets missing (only application secrets logged)", report);
        Assert.Contains("records decrypted", report);
    }

    [CorpusFact]
    public void Keys_for_another_session_say_no_key_log_line()
    {
        var report = Report(Illustrated("illustrated-tls12.pcap"), $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}");
        Assert.Contains("no key-log line for this client random", report);
    }

    [CorpusFact]
    public void Without_a_key_log_the_view_says_how_to_give_one()
    {
        var report = Report(Illustrated("illustrated-tls12.pcap"), null);
        Assert.Contains("no key log was given", report);
    }

    [CorpusFact]
    public void A_key_log_that_matches_no_session_says_so()
    {
        var report = Report(Illustrated("illustrated-tls12.pcap"), $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}");
        Assert.Contains("Key log: secrets for 1 session(s), none of them a session of this capture", report);
        Assert.Contains("keys: not in the key log", report);
    }

    [CorpusFact]
    public void A_tls13_draft_session_is_named_and_not_decrypted_with_the_reason_and_its_keys_found()
    {
        // The illustrated TLS 1.3 capture with its ServerHello's supported_versions turned into draft 20 (0x7f14).
        byte[] capture = File.ReadAllBytes(Illustrated("illustrated-tls13.pcap"));
        byte[] final = [0x00, 0x2b, 0x00, 0x02, 0x03, 0x04];
        int at = capture.AsSpan().IndexOf(final);
        Assert.True(at > 0, "the ServerHello's supported_versions extension is in the capture");
        capture[at + 4] = 0x7f;
        capture[at + 5] = 0x14;
        string file = Path.Combine(Path.GetTempPath(), $"sniffer-draft20-{Guid.NewGuid():N}.pcap");
        File.WriteAllBytes(file, capture);
        try
        {
            var report = Report(file, File.ReadAllText(Illustrated("illustrated-tls13.keys")));
            Assert.Contains("TLS 1.3 (draft 20), TLS_AES_256_GCM_SHA384", report);
            Assert.Contains("keys: found in the key log", report);
            Assert.Contains("decryption: failed — the session uses a TLS 1.3 draft version", report);
            Assert.DoesNotContain("no key log was given", report);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The keys line and the decryption line come from one verdict: they never contradict each other.</summary>
    [CorpusFact]
    public void The_keys_and_decryption_lines_never_contradict_on_any_corpus_capture()
    {
        var captures = Corpus.SharedCaptures().Concat(Corpus.WiresharkCaptures()).Concat(Corpus.SampleCaptureFiles())
            .Where(f => !f.EndsWith(".gz", StringComparison.Ordinal));
        foreach (var capture in captures)
        {
            foreach (var keys in new[] { Corpus.KeyLogFor(capture), null }.Distinct())
            {
                var report = Report(capture, keys is null ? null : File.ReadAllText(keys));
                var lines = report.Split('\n');
                for (int i = 0; i + 1 < lines.Length; i++)
                {
                    if (!lines[i].StartsWith("  keys: ", StringComparison.Ordinal))
                        continue;
                    string verdict = lines[i + 1];
                    Assert.StartsWith("  decryption: ", verdict);
                    if (lines[i].Contains("found in the key log", StringComparison.Ordinal))
                        Assert.DoesNotContain("no key log was given", verdict);
                    if (lines[i].Contains("no key log given", StringComparison.Ordinal))
                        Assert.DoesNotContain("succeeded", verdict);
                }
            }
        }
    }

    [Fact]
    public void A_renegotiated_session_decrypts_after_its_second_handshake_and_says_it_was_renegotiated()
    {
        string capture = Path.Combine(Corpus.SampleCaptures, "tls12-renegotiation.pcapng");
        var report = Report(capture, File.ReadAllText(Path.Combine(Corpus.SampleCaptures, "tls12-renegotiation.keys")));
        Assert.Contains("renegotiated: 2 handshakes", report);
        Assert.Contains("decryption: succeeded (12 records decrypted)", report);
    }
}
