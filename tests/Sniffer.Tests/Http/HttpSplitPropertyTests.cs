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
/// transactions.
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

    private static readonly byte[][] Responses = BuildResponses();

    private static byte[][] BuildResponses()
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

    private sealed record Outcome(List<(StreamDirection Direction, string Bytes, string Fields, long Frame)> Pdus, List<string> Transactions);

    private static Outcome Play(int[] pieceLengths)
        => Play(Pieces(Requests.Sum(r => r.Length), pieceLengths, 0), Pieces(Responses.Sum(r => r.Length), pieceLengths, 1));

    private static Outcome Play(List<(int Start, int End)> clientPieces, List<(int Start, int End)> serverPieces)
    {
        var client = Requests.SelectMany(r => System.Text.Encoding.Latin1.GetBytes(r)).ToArray();
        var server = Responses.SelectMany(r => r).ToArray();
        var harness = new StreamHarness(HttpDissector.OverTcp);
        int c = 0, s = 0, clientAt = 0, serverAt = 0;
        for (int i = 0; i < Requests.Length; i++)
        {
            int requestEnd = Requests.Take(i + 1).Sum(r => r.Length);
            int responseEnd = Responses.Take(i + 1).Sum(r => r.Length);
            while (clientAt < requestEnd)
            {
                var (start, end) = clientPieces[c++];
                harness.Send(StreamDirection.ClientToServer, client[start..end]);
                clientAt = end;
            }
            while (serverAt < responseEnd)
            {
                var (start, end) = serverPieces[s++];
                harness.Send(StreamDirection.ServerToClient, server[start..end]);
                serverAt = end;
            }
        }
        harness.Fin(StreamDirection.ServerToClient);

        var pdus = new List<(StreamDirection, string, string, long)>();
        foreach (var frame in harness.Frames)
            foreach (var pdu in frame.Pdus)
                pdus.Add((pdu.Direction, Convert.ToHexString(pdu.Bytes), Fingerprint(frame, pdu), pdu.Frame));
        var transactions = HttpDissector.ConversationOf(harness.Conversation)!.Transactions
            .Select(t => $"{t.Method} {t.Uri} {t.RequestVersion} -> {t.StatusCode} {t.ResponseBody} {t.InterimResponses.Count} "
                + string.Join(",", t.ContentRanges))
            .ToList();
        return new Outcome(pdus, transactions);
    }

    private static List<(int Start, int End)> Pieces(int total, int[] lengths, int phase)
    {
        var pieces = new List<(int, int)>();
        int at = 0, k = phase;
        while (at < total)
        {
            int length = lengths.Length == 0 ? total : Math.Max(1, lengths[k++ % lengths.Length]);
            int end = Math.Min(total, at + length);
            pieces.Add((at, end));
            at = end;
        }
        return pieces;
    }

    private static string Fingerprint(HarnessFrame frame, HarnessPdu pdu)
    {
        var tree = frame.Packet.Tree;
        var parts = new List<string>();
        for (int i = pdu.FirstNode; i < pdu.EndNode; i++)
        {
            var node = tree[i];
            if (OrderDependent.Contains(node.Field))
                continue;
            parts.Add(node.Field.Abbrev + "=" + Sniffer.Output.FieldValueFormatter.ToText(tree, node));
        }
        return string.Join(";", parts);
    }

    /// <summary>One segment per message.</summary>
    private static readonly Outcome Reference = Play(MessagePieces(Requests.Select(r => r.Length)), MessagePieces(Responses.Select(r => r.Length)));

    private static List<(int Start, int End)> MessagePieces(IEnumerable<int> lengths)
    {
        var pieces = new List<(int, int)>();
        int at = 0;
        foreach (int length in lengths)
        {
            pieces.Add((at, at + length));
            at += length;
        }
        return pieces;
    }

    private static IEnumerable<(string Bytes, string Fields)> InDirection(Outcome outcome, StreamDirection direction)
        => outcome.Pdus.Where(p => p.Direction == direction).Select(p => (p.Bytes, p.Fields));

    [Fact]
    public void The_reference_run_reports_every_message_once()
    {
        Assert.Equal(Requests.Length + Responses.Length + 1, Reference.Pdus.Count); // the 100 Continue is a PDU of its own
        Assert.Equal(Requests.Length, Reference.Transactions.Count);
    }

    [Fact]
    public void Cutting_a_conversation_anywhere_gives_the_same_pdus_fields_and_transactions_each_on_the_segment_holding_its_last_byte()
    {
        var property = Prop.ForAll(Gen.ArrayOf(Gen.Choose(1, 60)).ToArbitrary(), (int[] lengths) =>
        {
            var outcome = Play(lengths);
            Assert.Equal(InDirection(Reference, StreamDirection.ClientToServer), InDirection(outcome, StreamDirection.ClientToServer));
            Assert.Equal(InDirection(Reference, StreamDirection.ServerToClient), InDirection(outcome, StreamDirection.ServerToClient));
            Assert.Equal(Reference.Transactions, outcome.Transactions);
            AssertReportedOnTheirLastSegment(lengths, outcome);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    private static void AssertReportedOnTheirLastSegment(int[] lengths, Outcome outcome)
    {
        int clientEnd = 0, serverEnd = 0;
        var clientPieces = Pieces(Requests.Sum(r => r.Length), lengths, 0);
        var serverPieces = Pieces(Responses.Sum(r => r.Length), lengths, 1);
        var frameOfPiece = FrameNumbers(clientPieces, serverPieces);
        long finFrame = frameOfPiece.Values.Max() + 1;
        foreach (var (direction, bytes, _, frame) in outcome.Pdus)
        {
            int length = bytes.Length / 2;
            bool toServer = direction == StreamDirection.ClientToServer;
            int lastByte = (toServer ? clientEnd : serverEnd) + length - 1;
            if (toServer)
                clientEnd += length;
            else
                serverEnd += length;
            var pieces = toServer ? clientPieces : serverPieces;
            int piece = pieces.FindIndex(p => p.Start <= lastByte && lastByte < p.End);
            bool untilClose = !toServer && serverEnd == Responses.Sum(r => r.Length);
            long expected = untilClose ? finFrame : frameOfPiece[(direction, piece)];
            Assert.Equal(expected, frame);
        }
    }

    /// <summary>The frame number each piece gets when pieces are sent exchange by exchange, as <see cref="Play"/> sends them.</summary>
    private static Dictionary<(StreamDirection, int), long> FrameNumbers(List<(int Start, int End)> clientPieces, List<(int Start, int End)> serverPieces)
    {
        var frames = new Dictionary<(StreamDirection, int), long>();
        long next = 1;
        int c = 0, s = 0, clientAt = 0, serverAt = 0;
        for (int i = 0; i < Requests.Length; i++)
        {
            int requestEnd = Requests.Take(i + 1).Sum(r => r.Length);
            int responseEnd = Responses.Take(i + 1).Sum(r => r.Length);
            while (clientAt < requestEnd)
            {
                frames[(StreamDirection.ClientToServer, c)] = next++;
                clientAt = clientPieces[c++].End;
            }
            while (serverAt < responseEnd)
            {
                frames[(StreamDirection.ServerToClient, s)] = next++;
                serverAt = serverPieces[s++].End;
            }
        }
        return frames;
    }
}
