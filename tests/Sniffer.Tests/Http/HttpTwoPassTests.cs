using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Http;

/// <summary>
/// A two-pass read (-2) shows what tshark -2 shows of the request/response pairing: a request's http.response_in, the
/// next_request_in and next_response_in of both, and — where a frame carries several messages — every message with the
/// record tshark kept for the frame (one per frame). Checked on every sample capture and on pipelined exchanges.
/// </summary>
public class HttpTwoPassTests
{
    private static readonly string[] PairingFields =
    [
        "frame.number", "http.request", "http.response", "http.request_number", "http.response_number", "http.request_in",
        "http.response_in", "http.prev_request_in", "http.prev_response_in", "http.next_request_in", "http.next_response_in",
        "http.time", "http.response_for.uri",
    ];

    private static void AssertSameAsTsharkTwoPass(string capture)
    {
        var expected = ExternalTools.Tshark(["-n", "-2", "-r", capture, .. FoundationGoldenTests.TsharkKeyLog(capture), "-T", "fields", "-E", "header=y",
            .. PairingFields.SelectMany(f => new[] { "-e", f })]);
        Assert.True(expected.ExitCode == 0, expected.StdErr);
        var (code, actual) = SnifferRunner.Read(capture, PairingFields, keyLog: Corpus.KeyLogFor(capture), disabled: FoundationGoldenTests.TsharkHasNo, twoPass: true);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, capture);
    }

    public static IEnumerable<object[]> HttpSampleCaptures() => FoundationGoldenTests.SampleCaptures()
        .Where(c => ((string)c[0]).Contains("http", StringComparison.Ordinal) || ((string)c[0]).Contains("veth", StringComparison.Ordinal));

    [TsharkTheory]
    [MemberData(nameof(HttpSampleCaptures))]
    public void The_pairing_fields_of_a_two_pass_read_match_tshark_on_sample_captures(string relativePath)
        => AssertSameAsTsharkTwoPass(Path.Combine(Corpus.RepoRoot, relativePath));

    [TsharkFact]
    public void Pipelined_requests_and_interim_responses_show_the_frames_record_as_tshark_two_pass_does()
    {
        var capture = new TcpCaptureBuilder()
            .Request("GET /a HTTP/1.1\r\nHost: x\r\n\r\nHEAD /b HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
            .Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n")
            .Request("POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nx")
            .Response("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            .Request("GET /d HTTP/1.1\r\nHost: x\r\n\r\n")
            .Response("HTTP/1.1 304 Not Modified\r\nContent-Length: 2\r\n\r\nzzHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            .Fin(StreamDirection.ServerToClient)
            .Fin(StreamDirection.ClientToServer);
        string path = capture.WriteTemporaryPcap();
        try
        {
            AssertSameAsTsharkTwoPass(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
