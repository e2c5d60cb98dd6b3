using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

/// <summary>sniffer follow's stream argument: a bad value is one line on standard error and exit code 1, never a stack trace.</summary>
public sealed class FollowCommandTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    public void A_bad_stream_index_is_refused_in_one_line(string stream)
    {
        var r = SnifferProcess.Run("follow", "tcp", stream, "-r", Path.Combine(Corpus.SampleCaptures, "tcp-echo.pcapng"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.Equal($"sniffer: The stream index \"{stream}\" isn't a tcp.stream number (0 or more).\n", r.StdErr);
    }

    [Fact]
    public void A_udp_stream_index_is_named_as_udp_stream_and_an_unknown_protocol_is_refused()
    {
        string file = Path.Combine(Corpus.SampleCaptures, "udp-services.pcapng");
        var r = SnifferProcess.Run("follow", "udp", "x", "-r", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("sniffer: The stream index \"x\" isn't a udp.stream number (0 or more).\n", r.StdErr);
        r = SnifferProcess.Run("follow", "sctp", "0", "-r", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.Single(r.StdErr.TrimEnd('\n').Split('\n'));
    }

    /// <summary>sniffer follow tls|http|udp N prints what tshark -z follow,PROTO,MODE,N prints (TLS with --keylog).</summary>
    [TsharkTheory]
    [InlineData("tls", "tls12-echo.pcapng", "raw", true)]
    [InlineData("tls", "https.pcapng", "yaml", true)]
    [InlineData("http", "http-chunked.pcapng", "ascii", false)]
    [InlineData("udp", "udp-services.pcapng", "hex", false)]
    public void Follow_prints_what_tshark_prints(string protocol, string capture, string mode, bool keys)
    {
        string file = Path.Combine(Corpus.SampleCaptures, capture);
        string keyLog = Path.ChangeExtension(file, ".keys");
        var tsharkArgs = new List<string> { "-n", "-q", "-r", file, "-z", $"follow,{protocol},{mode},0" };
        var snifferArgs = new List<string> { "follow", protocol, "0", "-r", file, "--" + mode };
        if (keys)
        {
            tsharkArgs.AddRange(["-o", "tls.keylog_file:" + keyLog]);
            snifferArgs.AddRange(["--keylog", keyLog]);
        }
        var expected = ExternalTools.Tshark([.. tsharkArgs]);
        var actual = SnifferProcess.Run([.. snifferArgs]);
        Assert.Equal(0, actual.ExitCode);
        Assert.Equal(expected.StdOut, actual.StdOut);
    }
}
