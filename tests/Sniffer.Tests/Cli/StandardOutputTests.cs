using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

/// <summary>
/// Standard output and error as a shell user redirects them, compared with tshark: `&gt; log 2&gt;&amp;1` keeps every line
/// (both streams write at the file's shared offset), a closed pipe (`| head`) ends the run quietly with tshark's exit
/// code, and a file that cannot be opened prints only its error — no printer preamble.
/// </summary>
public class StandardOutputTests
{
    private static string Capture(string name) => Path.Combine(Corpus.SampleCaptures, name);

    private static ExternalTools.Result Shell(string script) => ExternalTools.Run("bash", ["-c", script]);

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";

    [Fact]
    public void Output_and_error_redirected_to_one_file_keep_every_line_in_order()
    {
        string truncated = Path.Combine(Path.GetTempPath(), $"sniffer-truncated-{Guid.NewGuid():N}.pcapng");
        string log = truncated + ".log";
        try
        {
            File.WriteAllBytes(truncated, File.ReadAllBytes(Capture("http11-keepalive.pcapng"))[..3000]);
            var expected = SnifferProcess.Run("read", "-r", truncated);
            Assert.Equal(2, expected.ExitCode);
            Assert.NotEmpty(expected.StdOut);
            Assert.NotEmpty(expected.StdErr);

            var r = Shell($"echo before > {Quote(log)}; {SnifferProcess.ShellCommand} read -r {Quote(truncated)} >> {Quote(log)} 2>&1; "
                + $"{SnifferProcess.ShellCommand} read -r /nonexistent-{Guid.NewGuid():N} >> {Quote(log)} 2>&1; echo after >> {Quote(log)}");
            Assert.Equal(0, r.ExitCode);
            var lines = File.ReadAllText(log);
            string first = "before\n" + expected.StdOut + expected.StdErr;
            Assert.StartsWith(first, lines);
            Assert.EndsWith("after\n", lines);
            Assert.Contains("cannot open", lines[first.Length..]);
        }
        finally
        {
            File.Delete(truncated);
            File.Delete(log);
        }
    }

    /// <summary>Runs <paramref name="command"/> into `head -c 1`: its exit code, then its standard error.</summary>
    private static (int Code, string Error) IntoHead(string command)
    {
        var r = ExternalTools.Run("bash", ["-c", $"{command} 2>/tmp/sniffer-pipe-$$ | head -c 1 >/dev/null; "
            + "echo \"${PIPESTATUS[0]}\"; grep -v 'This could be dangerous' /tmp/sniffer-pipe-$$; rm -f /tmp/sniffer-pipe-$$"]);
        var parts = r.StdOut.Split('\n', 2);
        return (int.Parse(parts[0]), parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>A classic pcap of <paramref name="frames"/> copies of one small Ethernet frame: far more than a pipe holds.</summary>
    private static string ManyFrames(int frames)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-many-{Guid.NewGuid():N}.pcap");
        using var w = new BinaryWriter(File.Create(path));
        w.Write(0xa1b2c3d4u); w.Write((ushort)2); w.Write((ushort)4); w.Write(0); w.Write(0u); w.Write(65535u); w.Write(1u);
        var frame = new byte[60];
        frame[12] = 0x08; frame[13] = 0x06; // ARP, cut short: a malformed frame is fine, the point is the amount of output
        for (int i = 0; i < frames; i++)
        {
            w.Write((uint)i); w.Write(0u); w.Write((uint)frame.Length); w.Write((uint)frame.Length);
            w.Write(frame);
        }
        return path;
    }

    [Theory]
    [InlineData("-V")]
    [InlineData("-T json")]
    [InlineData("")]
    [InlineData("-w -")]
    public void A_closed_pipe_ends_the_read_as_tshark_ends_it(string options)
    {
        string file = ManyFrames(20_000);
        try
        {
            var theirs = IntoHead($"tshark -r {Quote(file)} {options}");
            var ours = IntoHead($"{SnifferProcess.ShellCommand} read -r {Quote(file)} {options}");
            Assert.Equal(theirs.Code, ours.Code);
            // Printing packets: no word (tshark's exit code 2 alone); a copy to "-": tshark's one line.
            Assert.Equal(theirs.Error.Replace("tshark:", "sniffer:"), ours.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("-T", "pdml")]
    [InlineData("-T", "psml")]
    [InlineData("-T", "json")]
    [InlineData("-T", "ek")]
    [InlineData("-E", "header=y")]
    public void A_file_that_cannot_be_opened_prints_only_its_error(string option, string value)
    {
        string missing = $"/nonexistent-{Guid.NewGuid():N}.pcapng";
        var args = option == "-E" ? new[] { "read", "-r", missing, "-T", "fields", "-e", "frame.number", option, value }
            : new[] { "read", "-r", missing, option, value };
        var ours = SnifferProcess.Run(args);
        var theirs = ExternalTools.Run("tshark", args[1..]);
        Assert.Equal(theirs.ExitCode, ours.ExitCode);
        Assert.Equal(theirs.StdOut, ours.StdOut);
        Assert.Equal("", ours.StdOut);
        Assert.Single(ours.StdErr.TrimEnd('\n').Split('\n'));
    }
}
