using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>-z io,phs of one capture, Sniffer against tshark (with the key log beside it, HTCPCP off as tshark has none).</summary>
internal static class PhsComparison
{
    public static void AssertSame(string file)
    {
        var expected = ExternalTools.Tshark(["-n", "-r", file, "-q", "-z", "io,phs", .. FoundationGoldenTests.TsharkKeyLog(file)]);
        var (code, actual) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), statistics: ["io,phs"], quiet: true,
            disabled: FoundationGoldenTests.TsharkHasNo);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "-z io,phs");
    }
}
