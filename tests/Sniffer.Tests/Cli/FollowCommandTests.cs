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
}
