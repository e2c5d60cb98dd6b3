using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

/// <summary>
/// Cutting a valid multi-message conversation at random points must not change what comes out: the same
/// PDUs with the same field values, each reported on the segment that holds its last byte, and the same
/// transactions. The cuts stay inside each message (see <see cref="ConversationSplitter"/>).
/// </summary>
public class HttpSplitPropertyTests
{
    private static readonly string[] Requests =
    [
        HttpFixtures.SimpleGet.Text,
        "POST /up HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world",
        "GET /chunks HTTP/1.1\r\nHost: a\r\n\r\n",
        "HEAD /big HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /gone HTTP/1.1\r\nHost: a\r\nCookie: a=1; b=2\r\n\r\n",
        "GET /zipped HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip\r\n\r\n",
        "GET /parts HTTP/1.1\r\nHost: a\r\nRange: bytes=0-3,10-13\r\n\r\n",
        "GET /last HTTP/1.0\r\n\r\n",
    ];

    private static byte[][] Responses()
    {
        var gzipStream = new MemoryStream();
        using (var z = new GZipStream(gzipStream, CompressionLevel.Optimal))
            z.Write("compressed text compressed text"u8);
        var gzip = gzipStream.ToArray();
        const string parts = "--B\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-3/20\r\n\r\nabcd\r\n"
            + "--B\r\nContent-Type: text/plain\r\nContent-Range: bytes 10-13/20\r\n\r\nklmn\r\n--B--\r\n";
        var latin1 = System.Text.Encoding.Latin1;
        return
        [
            latin1.GetBytes(HttpFixtures.TextResponse.Text),
            latin1.GetBytes("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"),
            latin1.GetBytes(HttpFixtures.ChunkedResponse.Text),
            latin1.GetBytes(HttpFixtures.HeadResponse.Text),
            latin1.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\nnot here!"),
            [.. latin1.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: {gzip.Length}\r\n\r\n"), .. gzip],
            latin1.GetBytes($"HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=B\r\nContent-Length: {parts.Length}\r\n\r\n{parts}"),
            latin1.GetBytes("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the server closes"),
        ];
    }

    /// <summary>Fields whose values depend on which frame or in which order messages were reported, not on their bytes.</summary>
    private static readonly HashSet<FieldDef> OrderDependent =
    [
        HttpFields.RequestNumber, HttpFields.ResponseNumber, HttpFields.RequestIn, HttpFields.PrevRequestIn,
        HttpFields.PrevResponseIn, HttpFields.ResponseForUri, HttpFields.Time,
    ];

    private static readonly ConversationSplitter Splitter = new(() => HttpDissector.OverTcp,
        Requests.Select(System.Text.Encoding.Latin1.GetBytes).ToArray(), Responses(), OrderDependent, lastResponseRunsUntilClose: true);

    private static readonly ConversationSplitter.Outcome Reference = Splitter.PlayWhole();

    private static List<string> Transactions(ConversationSplitter.Outcome outcome)
        => HttpDissector.ConversationOf(outcome.Harness.Conversation)!.Transactions
            .Select(t => $"{t.Method} {t.Uri} {t.RequestVersion} -> {t.StatusCode} {t.ResponseBody} {t.ResponseIsInterim} "
                + string.Join(",", t.ContentRanges))
            .ToList();

    [Fact]
    public void The_reference_run_reports_every_message_once()
    {
        Assert.Equal(Requests.Length + Requests.Length + 1, Reference.Pdus.Count); // the 100 Continue is a PDU of its own
        // ... and, as tshark numbers responses, it answers the POST: the 201 after it is a response of its own.
        Assert.Equal(Requests.Length + 1, Transactions(Reference).Count);
    }

    [Fact]
    public void Cutting_a_conversation_anywhere_gives_the_same_pdus_fields_and_transactions_each_on_the_segment_holding_its_last_byte()
    {
        var property = Prop.ForAll(Gen.ArrayOf(Gen.Choose(1, 60)).ToArbitrary(), (int[] lengths) =>
        {
            var outcome = Splitter.PlayCut(lengths);
            Assert.Equal(Reference.InDirection(StreamDirection.ClientToServer), outcome.InDirection(StreamDirection.ClientToServer));
            Assert.Equal(Reference.InDirection(StreamDirection.ServerToClient), outcome.InDirection(StreamDirection.ServerToClient));
            Assert.Equal(Transactions(Reference), Transactions(outcome));
            Splitter.AssertEachPduOnItsLastSegment(lengths, outcome);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
