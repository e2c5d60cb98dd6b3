using System.Text.Json;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issue 15: the options that shape packet details and the machine formats (-O, -P, -x with -V, -j/-J, -e, -x with
/// JSON and EK, jsonraw, --no-duplicate-keys), run through the command line as a user types them, against tshark
/// given the same arguments on the same capture.
/// </summary>
public class DetailOptionsGoldenTests
{
    private static string Sample(string name) => Path.Combine(Corpus.SampleCaptures, name);

    public static IEnumerable<object[]> Cases() =>
    [
        ["http11-keepalive.pcapng", new[] { "-O", "tcp,http", "-P" }],
        ["http-chunked.pcapng", new[] { "-V", "-x" }],
        ["http-chunked.pcapng", new[] { "-V", "-P", "-x" }],
        ["tls13-echo.pcapng", new[] { "-V", "-x" }],
        ["tls12-records.pcapng", new[] { "-O", "tls", "-x" }],
        ["http11-keepalive.pcapng", new[] { "-T", "json", "-j", "frame tcp", "-x" }],
        ["http11-keepalive.pcapng", new[] { "-T", "json", "-J", "http" }],
        ["http11-keepalive.pcapng", new[] { "-T", "json", "-e", "frame.number", "-e", "ip.src", "-e", "tcp.seq", "-e", "http.request.uri" }],
        ["http-chunked.pcapng", new[] { "-T", "json", "-x" }],
        ["tls13-echo.pcapng", new[] { "-T", "json", "--no-duplicate-keys" }],
        ["http11-keepalive.pcapng", new[] { "-T", "jsonraw" }],
        ["http11-keepalive.pcapng", new[] { "-T", "ek", "-e", "frame.number", "-e", "tcp.srcport", "-e", "http.request.uri" }],
        ["http11-keepalive.pcapng", new[] { "-T", "ek", "-j", "http tcp" }],
        ["http-chunked.pcapng", new[] { "-T", "ek", "-x" }],
        ["http11-keepalive.pcapng", new[] { "-T", "pdml", "-j", "http" }],
    ];

    [TsharkTheory]
    [MemberData(nameof(Cases))]
    public void Output_matches_tshark_with_the_same_options(string capture, string[] options)
    {
        string file = Sample(capture);
        var keys = FoundationGoldenTests.TsharkKeyLog(file);
        var expected = ExternalTools.Tshark(["-n", "-r", file, .. keys, .. options]);
        Assert.Equal(0, expected.ExitCode);
        var actual = SnifferProcess.Run(["read", "-n", "-r", file, .. keys, .. options]);
        Assert.True(actual.ExitCode == 0, actual.StdErr);
        string what = string.Join(' ', options);
        GoldenComparison.AssertSameLines(DetailGoldenTests.WithoutCreator(expected.StdOut), DetailGoldenTests.WithoutCreator(actual.StdOut), file, what);
        if (options.Contains("json") || options.Contains("jsonraw"))
            JsonDocument.Parse(actual.StdOut).Dispose();
        if (options.Contains("ek"))
            DetailGoldenTests.AssertBulkFormat(actual.StdOut);
    }

    [TsharkFact]
    public void The_pdml_preamble_has_tsharks_shape()
    {
        var r = SnifferProcess.Run("read", "-r", Sample("tcp-echo.pcapng"), "-T", "pdml", "-c", "1");
        var lines = r.StdOut.Split('\n');
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>", lines[0]);
        Assert.Equal("<?xml-stylesheet type=\"text/xsl\" href=\"pdml2html.xsl\"?>", lines[1]);
        Assert.Matches("^<pdml version=\"0\" creator=\"sniffer/[0-9.]+\" time=\"[A-Z][a-z]{2} [A-Z][a-z]{2} [ 123][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4}\" capture_file=\".*tcp-echo.pcapng\">$", lines[3]);
        Assert.Equal("</pdml>", r.StdOut.TrimEnd('\n').Split('\n')[^1]);
    }
}
