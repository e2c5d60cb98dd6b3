using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// frame.time_delta_displayed under -Y counts from the previous frame the filter let through, and is 0 on the first
/// one (there is no previous displayed frame), as tshark's single pass has it.
/// </summary>
public class DisplayedDeltaTests
{
    [TsharkTheory]
    [InlineData("http11-keepalive.pcapng", "http")]
    [InlineData("tls12-echo.pcapng", "tcp.len > 0")]
    [InlineData("dns-icmp-arp.pcapng", "icmp")]
    public void Delta_from_the_previous_displayed_frame_is_tsharks(string capture, string filter)
    {
        string file = Path.Combine(Corpus.SampleCaptures, capture);
        string[] fields = ["-T", "fields", "-e", "frame.number", "-e", "frame.time_delta_displayed", "-e", "frame.time_delta"];
        var expected = ExternalTools.Tshark(["-n", "-r", file, "-Y", filter, .. fields]);
        Assert.Equal(0, expected.ExitCode);
        var actual = SnifferProcess.Run(["read", "-n", "-r", file, "-Y", filter, .. fields]);
        Assert.True(actual.ExitCode == 0, actual.StdErr);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual.StdOut), file, "-Y " + filter);
    }
}
