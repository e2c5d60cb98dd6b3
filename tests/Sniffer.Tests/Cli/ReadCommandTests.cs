using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

/// <summary>`sniffer read` as a user meets it: exit codes, one-line errors, no stack traces.</summary>
public class ReadCommandTests
{
    private static string Capture(string name) => Path.Combine(Corpus.SharedCorpus, "local", name);

    [CorpusFact]
    public void A_truncated_file_prints_every_whole_frame_then_one_error_line_with_the_offset()
    {
        var whole = File.ReadAllBytes(Capture("tcpdump_http10.pcap"));
        string cut = Path.Combine(Path.GetTempPath(), $"sniffer-cut-{Guid.NewGuid():N}.pcap");
        File.WriteAllBytes(cut, whole[..(whole.Length - 10)]);
        try
        {
            var r = SnifferProcess.Run("read", "-r", cut);
            Assert.Equal(2, r.ExitCode);
            Assert.Equal(39, r.StdOut.TrimEnd('\n').Split('\n').Length);
            var error = Assert.Single(r.StdErr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith($"sniffer: {cut}: ", error);
            Assert.Matches("at 0x[0-9A-Fa-f]+", error);
            Assert.DoesNotContain("   at ", r.StdErr);
        }
        finally
        {
            File.Delete(cut);
        }
    }

    [Fact]
    public void A_missing_file_is_one_error_line()
    {
        var r = SnifferProcess.Run("read", "-r", "/nonexistent/capture.pcapng");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("sniffer: /nonexistent/capture.pcapng:", r.StdErr);
        Assert.Single(r.StdErr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_file_that_is_not_a_capture_says_so()
    {
        string junk = Path.Combine(Path.GetTempPath(), $"sniffer-junk-{Guid.NewGuid():N}.pcap");
        File.WriteAllText(junk, "this is not a capture file at all");
        try
        {
            var r = SnifferProcess.Run("read", "-r", junk);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("magic", r.StdErr);
            Assert.Empty(r.StdOut);
        }
        finally
        {
            File.Delete(junk);
        }
    }

    [CorpusFact]
    public void Standard_input_is_read_with_a_dash()
    {
        var bytes = File.ReadAllBytes(Capture("any_sll2_http.pcapng"));
        var r = SnifferProcess.Run(bytes, "read", "-r", "-", "-T", "fields", "-e", "frame.number");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => i.ToString()), r.StdOut.TrimEnd('\n').Split('\n'));
    }

    [CorpusFact]
    public void Count_limits_the_frames()
    {
        var r = SnifferProcess.Run("read", "-r", Capture("https.pcapng"), "-c", "5");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(5, r.StdOut.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void An_unknown_field_is_refused_before_reading()
    {
        var r = SnifferProcess.Run("read", "-r", "/nonexistent", "-T", "fields", "-e", "no.such.field");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no.such.field", r.StdErr);
    }

    [CorpusTsharkFact]
    public void Write_copies_frames_and_secrets_into_a_pcapng_tshark_reads_cleanly()
    {
        string output = Path.Combine(Path.GetTempPath(), $"sniffer-copy-{Guid.NewGuid():N}.pcapng");
        try
        {
            var r = SnifferProcess.Run("read", "-r", Capture("https_dsb.pcapng"), "-q", "-w", output);
            Assert.Equal(0, r.ExitCode);
            var fields = new[] { "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "http.request.uri" };
            var original = ExternalTools.Tshark(["-n", "-r", Capture("https_dsb.pcapng"), .. fields]);
            var copy = ExternalTools.Tshark(["-n", "-r", output, .. fields]);
            Assert.Equal("", copy.StdErr);
            Assert.Equal(original.StdOut, copy.StdOut);
            Assert.Contains("/hello.txt", copy.StdOut); // the Decryption Secrets Block came along
        }
        finally
        {
            File.Delete(output);
        }
    }
}
