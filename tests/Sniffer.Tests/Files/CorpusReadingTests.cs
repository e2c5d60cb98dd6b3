using System.Globalization;
using System.Text.RegularExpressions;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Files;

/// <summary>The third-party captures of ../shared/corpus, read by Sniffer and compared with capinfos and tshark 4.0.</summary>
public sealed partial class CorpusReadingTests
{
    public static TheoryData<string> Captures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Corpus.SharedCaptures())
            data.Add(Path.GetRelativePath(Corpus.SharedCorpus, path));
        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(Captures))]
    public void Every_corpus_capture_reads_to_the_end_without_error_from_a_file_and_from_a_pipe(string relativePath)
    {
        string path = Path.Combine(Corpus.SharedCorpus, relativePath);

        var fromFile = CaptureReading.ReadAll(CaptureFileReader.Open(path));
        var fromPipe = CaptureReading.ReadAll(CaptureFileReader.Open(new NonSeekableStream(File.ReadAllBytes(path), 1000), "-"));

        Assert.Null(fromFile.Error);
        Assert.Null(fromPipe.Error);
        Assert.NotEmpty(fromFile.Frames);
        Assert.Equal(fromFile.Frames, fromPipe.Frames, FrameComparer.Instance);
        Assert.Equal(Enumerable.Range(1, fromFile.Frames.Count).Select(n => (long)n), fromFile.Frames.Select(f => f.Number));
    }

    [CorpusTsharkFact]
    public void Every_corpus_capture_has_the_frame_count_capinfos_reports()
    {
        var mismatches = new List<string>();
        foreach (var path in Corpus.SharedCaptures())
        {
            var capinfos = ExternalTools.Run("capinfos", ["-c", "-M", path]);
            var count = PacketCountLine().Match(capinfos.StdOut);
            Assert.True(count.Success, $"capinfos said: {capinfos.StdOut}{capinfos.StdErr}");
            var read = CaptureReading.ReadAll(CaptureFileReader.Open(path));
            if (read.Frames.Count != int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture))
                mismatches.Add($"{path}: {read.Frames.Count} frames, capinfos says {count.Groups[1].Value}");
        }
        Assert.Empty(mismatches);
    }

    [CorpusTsharkFact]
    public void Every_frame_of_every_corpus_capture_has_tsharks_time_lengths_and_interface()
    {
        foreach (var path in Corpus.SharedCaptures())
        {
            var tshark = ExternalTools.Tshark("-r", path, "-T", "fields", "-E", "separator=/t",
                "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "frame.cap_len",
                "-e", "frame.interface_id", "-e", "frame.interface_name", "-e", "frame.interface_description");
            Assert.True(tshark.ExitCode == 0, tshark.StdErr);
            string[] lines = tshark.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var read = CaptureReading.ReadAll(CaptureFileReader.Open(path));
            Assert.Equal(lines.Length, read.Frames.Count);

            for (int i = 0; i < lines.Length; i++)
            {
                string[] f = lines[i].Split('\t');
                var frame = read.Frames[i];
                string where = $"{Path.GetFileName(path)} frame {i + 1}";
                Assert.True(long.Parse(f[0], CultureInfo.InvariantCulture) == frame.Number, where);
                Assert.True(EpochNanoseconds(f[1]) == frame.Timestamp, $"{where}: tshark {f[1]}, Sniffer {frame.Timestamp}");
                Assert.True(int.Parse(f[2], CultureInfo.InvariantCulture) == frame.OriginalLength, $"{where}: frame.len");
                Assert.True(int.Parse(f[3], CultureInfo.InvariantCulture) == frame.Data.Length, $"{where}: frame.cap_len");
                if (read.Reader.Format != CaptureFormat.PcapNg)
                    continue;
                Assert.True(int.Parse(f[4], CultureInfo.InvariantCulture) == frame.InterfaceId, $"{where}: frame.interface_id");
                var iface = read.Reader.Interfaces[frame.InterfaceId];
                Assert.True(f[5] == (iface.Name ?? ""), $"{where}: frame.interface_name");
                Assert.True(f[6] == (iface.Description ?? ""), $"{where}: frame.interface_description");
            }
        }
    }

    [CorpusFact]
    public void The_injected_decryption_secrets_block_holds_the_key_log_editcap_was_given()
    {
        string capture = Path.Combine(Corpus.SharedCorpus, "local", "https_dsb.pcapng");
        byte[] keyLog = File.ReadAllBytes(Path.Combine(Corpus.SharedCorpus, "local", "https.keys"));

        var read = CaptureReading.ReadAll(CaptureFileReader.Open(capture));

        var secret = Assert.Single(read.Reader.DecryptionSecrets);
        Assert.Equal(DecryptionSecret.TlsKeyLog, secret.SecretsType);
        Assert.Equal(keyLog, secret.Data.ToArray());
    }

    /// <summary>tshark prints frame.time_epoch as seconds, a dot and 9 digits: parsed exactly, no floating point.</summary>
    internal static long EpochNanoseconds(string text)
    {
        var parts = text.Split('.');
        long seconds = long.Parse(parts[0], CultureInfo.InvariantCulture);
        string fraction = parts.Length > 1 ? parts[1].PadRight(9, '0') : "0";
        return seconds * 1_000_000_000 + long.Parse(fraction, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Number of packets:\s+(\d+)")]
    private static partial Regex PacketCountLine();
}
