using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Http;

/// <summary>
/// The built captures through the whole read pipeline (pcap reader, TCP reassembly, registry, HTTP) against
/// tshark: summary lines and the HTTP fields, as a user running `sniffer read` would see them.
/// </summary>
public class HttpPipelineTests
{
    private static void AssertPipelineMatchesTshark(TcpCaptureBuilder capture)
    {
        string path = capture.WriteTemporaryPcap();
        try
        {
            var summary = ExternalTools.Tshark("-n", "-r", path);
            var (code, ours) = SnifferRunner.Read(path, []);
            Assert.Equal(0, code);
            GoldenComparison.AssertSameLines(GoldenComparison.Lines(summary.StdOut), GoldenComparison.Lines(ours), path, "summary");

            var fields = TsharkComparison.ComparedFields.Select(f => f.Abbrev).Prepend("frame.number").ToArray();
            var args = new List<string> { "-n", "-r", path, "-T", "fields", "-E", "header=y" };
            foreach (var f in fields)
                args.AddRange(["-e", f]);
            var expected = ExternalTools.Tshark([.. args]);
            var (fieldsCode, actual) = SnifferRunner.Read(path, fields);
            Assert.Equal(0, fieldsCode);
            GoldenComparison.AssertSameFields(expected.StdOut, actual, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TsharkFact]
    public void Messages_with_bodies_over_several_segments_read_through_the_pipeline_match_tshark()
    {
        AssertPipelineMatchesTshark(new TcpCaptureBuilder()
            .SendInPieces(StreamDirection.ClientToServer, "GET /x HTTP/1.1\r\nHost: h\r\n\r\n", 19)
            .SendInPieces(StreamDirection.ServerToClient, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\n0123456789", 65, 3)
            .Request("GET /chunks HTTP/1.1\r\nHost: h\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\n")
            .Request("GET /last HTTP/1.0\r\n\r\n")
            .Response("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nabc")
            .Response("def")
            .Fin(StreamDirection.ServerToClient)
            .Fin(StreamDirection.ClientToServer));
    }

    [TsharkFact]
    public void An_htcpcp_session_on_port_5030_reads_through_the_pipeline_as_htcpcp()
    {
        var capture = new TcpCaptureBuilder(serverPort: 5030)
            .Request("BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\nContent-Length: 5\r\n\r\nstart")
            .Response("HTCPCP/1.0 418 I'm a teapot\r\nContent-Type: message/coffeepot\r\nstart\r\n")
            .Fin(StreamDirection.ServerToClient);
        string path = capture.WriteTemporaryPcap();
        try
        {
            var (code, summary) = SnifferRunner.Read(path, []);
            Assert.Equal(0, code);
            var lines = GoldenComparison.Lines(summary);
            Assert.Matches(@"10\.0\.0\.1 → 10\.0\.0\.2 +HTCPCP \d+ BREW coffee://pot-1 HTCPCP/1\.0 $", lines[3]);
            // The pot's reply has neither a length nor a blank line: it ends when the pot closes, on the FIN.
            Assert.Matches(@"10\.0\.0\.2 → 10\.0\.0\.1 +TCP ", lines[4]);
            Assert.Matches(@"10\.0\.0\.2 → 10\.0\.0\.1 +HTCPCP \d+ HTCPCP/1\.0 418 I'm a teapot $", lines[5]);
            var (_, fields) = SnifferRunner.Read(path, ["frame.number", "htcpcp.request.method", "htcpcp.response.code", "htcpcp.body", "htcpcp.request_in"]);
            Assert.Contains("4\tBREW\t\tstart\t", fields);
            Assert.Contains("6\t\t418\tstart\t4", fields);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
