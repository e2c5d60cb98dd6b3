using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// A generated capture (bench/make-capture.py: hundreds of keep-alive HTTP connections, bodies over several
/// segments, port numbers reused) read by Sniffer and by tshark: every summary line and field identical.
/// </summary>
public class SyntheticCaptureGoldenTests
{
    [TsharkFact]
    public void A_generated_multi_connection_http_capture_reads_exactly_as_tshark_reads_it()
    {
        if (ExternalTools.FindOnPath("python3") is null)
            Assert.Fail("python3 is needed to generate the capture (it is on every machine this project targets)");
        string capture = Path.Combine(Path.GetTempPath(), $"sniffer-synthetic-{Guid.NewGuid():N}.pcapng");
        try
        {
            var made = ExternalTools.Run("python3", [Path.Combine(Corpus.RepoRoot, "bench", "make-capture.py"), capture, "2"]);
            Assert.Equal(0, made.ExitCode);
            var summary = ExternalTools.Tshark("-n", "-r", capture);
            var (code, ours) = SnifferRunner.Read(capture, []);
            Assert.Equal(0, code);
            GoldenComparison.AssertSameLines(GoldenComparison.Lines(summary.StdOut), GoldenComparison.Lines(ours), capture, "summary");

            foreach (var set in new[] { ProtocolGoldenTests.ApplicationFields, FoundationGoldenTests.TransportFields })
            {
                var args = new List<string> { "-n", "-r", capture, "-T", "fields", "-E", "header=y" };
                foreach (var f in set)
                    args.AddRange(["-e", f]);
                var fields = ExternalTools.Tshark([.. args]);
                var (code2, ourFields) = SnifferRunner.Read(capture, set);
                Assert.Equal(0, code2);
                GoldenComparison.AssertSameFields(fields.StdOut, ourFields, capture);
            }
        }
        finally
        {
            File.Delete(capture);
        }
    }
}
