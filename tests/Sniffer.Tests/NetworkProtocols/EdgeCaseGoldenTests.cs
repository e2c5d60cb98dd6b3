using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>The edge-case frames (<see cref="EdgeCaseFrames"/>) written to a pcap and read by tshark and Sniffer: identical output.</summary>
public class EdgeCaseGoldenTests : IDisposable
{
    private readonly string _capture = Path.Combine(Path.GetTempPath(), $"sniffer-network-edges-{Environment.ProcessId}.pcap");

    public EdgeCaseGoldenTests()
    {
        PcapFile.Write(_capture, EdgeCaseFrames.All());
        // SNIFFER_KEEP_EDGES=path keeps a copy to look at with tshark.
        if (Environment.GetEnvironmentVariable("SNIFFER_KEEP_EDGES") is { Length: > 0 } keep)
            File.Copy(_capture, keep, overwrite: true);
    }

    public void Dispose() => File.Delete(_capture);

    [TsharkFact]
    public void Summary_lines_of_the_edge_cases_match_tshark()
    {
        var expected = ExternalTools.Tshark("-n", "-r", _capture);
        var (code, actual) = SnifferRunner.Read(_capture, []);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), _capture, "summary");
    }

    [TsharkFact]
    public void Fields_of_the_edge_cases_match_tshark()
    {
        var args = new List<string> { "-n", "-r", _capture, "-T", "fields", "-E", "header=y" };
        foreach (var f in NetworkProtocolGoldenTests.Fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.True(expected.ExitCode == 0, expected.StdErr);
        var (code, actual) = SnifferRunner.Read(_capture, NetworkProtocolGoldenTests.Fields);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, _capture);
    }

    [TsharkFact]
    public void Protocol_hierarchy_of_the_edge_cases_matches_tshark() => PhsComparison.AssertSame(_capture);
}
