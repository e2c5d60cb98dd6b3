using System.IO.Compression;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

public class HttpDissectorTests
{
    private static StreamHarness NewHarness(ushort serverPort = 80) => new(HttpDissector.OverTcp, serverPort: serverPort);

    private static HttpConversation Conversation(StreamHarness h) => HttpDissector.ConversationOf(h.Conversation)!;

    [Fact]
    public void A_request_shows_its_first_line_in_info_with_a_trailing_space_and_http_as_protocol()
    {
        var frame = NewHarness().Request(HttpFixtures.SimpleGet.Text);
        Assert.Equal("GET /hello.txt HTTP/1.1 ", frame.Info);
        Assert.Equal("HTTP", frame.Protocol);
        Assert.Equal("GET", frame.Value(HttpFields.RequestMethod));
        Assert.Equal("/hello.txt", frame.Value(HttpFields.RequestUri));
        Assert.Equal("HTTP/1.1", frame.Value(HttpFields.RequestVersion));
        Assert.Equal("http://example.com/hello.txt", frame.Value(HttpFields.RequestFullUri));
        Assert.Equal(["GET /hello.txt HTTP/1.1\\r\\n"], frame.Texts(TextItem.Field).Take(1));
        Assert.Equal("HTTP request 1/1", frame.Texts(HttpFields.RequestNumber).Single());
    }

    [Fact]
    public void A_response_with_a_body_and_a_type_appends_the_media_type_to_info()
    {
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        var frame = h.Response(HttpFixtures.TextResponse.Text);
        Assert.Equal("HTTP/1.0 200 OK  (text/plain)", frame.Info);
        Assert.Equal("200", frame.Value(HttpFields.ResponseCode));
        Assert.Equal("OK", frame.Value(HttpFields.ResponseCodeDesc));
        Assert.Equal("5", frame.Value(HttpFields.ContentLength));
        Assert.Equal("hello", frame.Value(HttpFields.FileData));
        Assert.Equal("File Data: 5 bytes", frame.Texts(HttpFields.FileData).Single());
    }

    [Fact]
    public void A_response_without_content_type_or_body_keeps_the_bare_first_line_in_info()
    {
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        Assert.Equal("HTTP/1.1 204 No Content ", h.Response(HttpFixtures.NoContent.Text).Info);
    }

    [Fact]
    public void Two_messages_in_one_segment_both_appear_in_info_behind_the_fence()
    {
        var frame = NewHarness().Request("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n");
        Assert.Equal("GET /a HTTP/1.1 GET /b HTTP/1.1 ", frame.Info);
        Assert.Equal(2, frame.Pdus.Count);
    }

    [Fact]
    public void A_message_still_incomplete_shows_its_first_line_once_that_line_is_whole()
    {
        var h = NewHarness();
        var partialLine = h.Request("GET /x HT");
        Assert.Equal("", partialLine.Info);
        Assert.True(partialLine.Incomplete);
        var h2 = NewHarness();
        var wholeLine = h2.Response("HTTP/1.0 200 OK\r\nContent-Le");
        Assert.Equal("HTTP/1.0 200 OK ", wholeLine.Info);
        Assert.Empty(wholeLine.Pdus);
    }

    [Fact]
    public void Pipelined_requests_are_paired_as_tshark_pairs_them_and_the_records_say_the_same()
    {
        var h = NewHarness();
        h.Request("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n");
        var responses = h.Response("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb");
        // tshark pairs a response with the latest request: the first response answers /b, the second none.
        Assert.Equal(["1"], responses.Values(HttpFields.RequestIn));
        Assert.Equal(["http://h/b", "http://h/b"], responses.Values(HttpFields.ResponseForUri));
        var transactions = Conversation(h).Transactions;
        Assert.Equal(
            [("/a", (long?)null), ("/b", 2), (null, 2)],
            transactions.Select(t => (t.Uri, t.ResponseFrame)).ToArray());
    }

    [Fact]
    public void An_interim_100_continue_before_the_request_is_whole_is_a_record_of_its_own_as_tshark_numbers_it()
    {
        var h = NewHarness();
        h.Request("POST /up HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        var interim = h.Response("HTTP/1.1 100 Continue\r\n\r\n");
        h.Request("hello");
        var final = h.Response("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
        // tshark: the 100 is "HTTP response 1" with no request; the POST, whole in frame 3, is request 2, answered by frame 4.
        Assert.Equal("1", interim.Value(HttpFields.ResponseNumber));
        Assert.False(interim.Has(HttpFields.RequestIn));
        Assert.Equal("3", final.Value(HttpFields.RequestIn));
        Assert.Equal("2", final.Value(HttpFields.ResponseNumber));
        var transactions = Conversation(h).Transactions;
        Assert.Equal(2, transactions.Count);
        Assert.True(transactions[0].ResponseIsInterim);
        Assert.False(transactions[0].HasRequest);
        Assert.Equal(("POST", 3L, 201, 4L), (transactions[1].Method, transactions[1].RequestFrame, transactions[1].StatusCode, transactions[1].ResponseFrame));
    }

    [Fact]
    public void A_head_response_waits_for_no_body_but_keeps_the_body_bytes_that_came_with_it_as_tshark_does()
    {
        var h = NewHarness();
        h.Request("HEAD /c HTTP/1.1\r\nHost: h\r\n\r\n");
        var alone = h.Response(HttpFixtures.HeadResponse.Text);
        Assert.Single(alone.Pdus);
        Assert.Equal(HttpBodyKind.None, Conversation(h).Transactions[0].ResponseBody.Kind);
        h.Request("HEAD /c HTTP/1.1\r\nHost: h\r\n\r\n");
        var followed = h.Response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n" + HttpFixtures.TextResponse.Text);
        // tshark takes the Content-Length's worth of what follows as the HEAD response's body, the rest is a continuation.
        Assert.Equal(2, followed.Pdus.Count);
        Assert.Equal("Continuation", followed.Info[followed.Info.LastIndexOf('C')..]);
    }

    [Fact]
    public void A_response_delimited_by_close_is_reported_on_the_fin()
    {
        var h = NewHarness();
        h.Request("GET /x HTTP/1.0\r\n\r\n");
        var first = h.Response("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nabc");
        h.Response("def");
        var fin = h.Fin(StreamDirection.ServerToClient);
        Assert.Empty(first.Pdus);
        Assert.Equal("HTTP/1.0 200 OK ", first.Info);
        Assert.Single(fin.Pdus);
        Assert.Equal("abcdef", fin.Value(HttpFields.FileData));
        Assert.Equal(HttpBodyKind.UntilClose, Conversation(h).Transactions[0].ResponseBody.Kind);
    }

    [Fact]
    public void A_message_cut_by_the_end_of_the_stream_is_reported_not_dropped_and_its_record_says_so()
    {
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        h.Response("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this");
        var fin = h.Fin(StreamDirection.ServerToClient);
        Assert.Equal("only this", fin.Value(HttpFields.FileData));
        Assert.True(Conversation(h).Transactions[0].ResponseTruncated);
    }

    [Fact]
    public void A_response_with_no_request_is_reported_as_such()
    {
        var h = NewHarness();
        var frame = h.Response(HttpFixtures.TextResponse.Text);
        Assert.False(frame.Has(HttpFields.RequestIn));
        var t = Assert.Single(Conversation(h).Transactions);
        Assert.False(t.HasRequest);
        Assert.Equal(200, t.StatusCode);
    }

    [Fact]
    public void Content_length_and_chunked_together_raise_te_and_length_and_chunked_wins()
    {
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        var frame = h.Response(HttpFixtures.TransferEncodingAndLength.Text);
        Assert.True(frame.Has(HttpExperts.TeAndLength));
        Assert.Equal("0", frame.Value(HttpFields.ChunkSize));
        Assert.Equal(HttpBodyKind.Chunked, Conversation(h).Transactions[0].ResponseBody.Kind);
    }

    [Fact]
    public void A_chunked_body_is_dechunked_into_its_own_data_source()
    {
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        var frame = h.Response(HttpFixtures.ChunkedResponse.Text);
        Assert.Equal(["4", "5", "14", "0"], frame.Values(HttpFields.ChunkSize));
        Assert.Equal("Wikipedia in\r\n\r\nchunks.", System.Text.Encoding.ASCII.GetString(SourceNamed(frame, "De-chunked entity body")));
        Assert.Equal("Expires: never\\r\\nX-Trail: 1\\r\\n", frame.Value(HttpFields.ChunkedTrailerPart));
        Assert.Contains("Data chunk (4 octets)", frame.Texts(TextItem.Field));
        Assert.Contains("End of chunked encoding", frame.Texts(TextItem.Field));
        Assert.False(frame.Has(HttpFields.ContentLength));
    }

    [Fact]
    public void A_chunk_split_over_many_segments_and_a_size_line_split_in_two_are_reassembled()
    {
        var text = HttpFixtures.ChunkedUpperHex.Text;
        int sizeLine = text.IndexOf("1A\r\n", StringComparison.Ordinal);
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        var cuts = new[] { sizeLine + 1, sizeLine + 3, sizeLine + 10, sizeLine + 15, sizeLine + 20, text.Length - 2 };
        int at = 0;
        HarnessFrame? last = null;
        foreach (int cut in cuts.Append(text.Length))
        {
            last = h.Response(text[at..cut]);
            at = cut;
            if (cut < text.Length)
            {
                Assert.Empty(last.Pdus);
                Assert.True(last.Incomplete);
            }
        }
        Assert.Equal("abcdefghijklmnopqrstuvwxyz", last!.Value(HttpFields.FileData));
        Assert.Equal(["26", "0"], last.Values(HttpFields.ChunkSize));
    }

    [Fact]
    public void Gzip_raw_deflate_and_zlib_deflate_bodies_are_shown_uncompressed()
    {
        foreach (var (coding, compressed) in new[]
        {
            ("gzip", Compress(s => new GZipStream(s, CompressionLevel.Optimal))),
            ("deflate", Compress(s => new ZLibStream(s, CompressionLevel.Optimal))),
            ("deflate", Compress(s => new DeflateStream(s, CompressionLevel.Optimal))),
        })
        {
            var h = NewHarness();
            h.Request(HttpFixtures.SimpleGet.Text);
            var head = $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: {coding}\r\nContent-Length: {compressed.Length}\r\n\r\n";
            var frame = h.Send(StreamDirection.ServerToClient, [.. System.Text.Encoding.ASCII.GetBytes(head), .. compressed]);
            Assert.Equal("a body that compresses well well well well", frame.Value(HttpFields.FileData));
            Assert.Contains($"Content-encoded entity body ({coding}): {compressed.Length} bytes -> 42 bytes", frame.Texts(TextItem.Field));
            Assert.NotEmpty(SourceNamed(frame, "Uncompressed entity body"));
        }
    }

    [Fact]
    public void A_body_that_does_not_decompress_is_flagged_and_shown_as_data()
    {
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        var frame = h.Response("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5\r\n\r\nabcde");
        Assert.True(frame.Has(HttpExperts.DecompressionFailed));
        Assert.False(frame.Has(HttpFields.FileData));
        Assert.Equal("6162636465", frame.Value(CommonFields.Data));
    }

    [Fact]
    public void Partial_content_records_each_range_single_multipart_and_unsatisfiable()
    {
        const string parts = "--XX\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-3/100\r\n\r\nabcd\r\n"
            + "--XX\r\nContent-Type: text/plain\r\nContent-Range: bytes 10-13/100\r\n\r\nefgh\r\n--XX--\r\n";
        var h = NewHarness();
        h.Request("GET /f HTTP/1.1\r\nHost: a\r\nRange: bytes=0-3\r\n\r\n");
        h.Response("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-3/100\r\nContent-Length: 4\r\n\r\nabcd");
        h.Request("GET /f HTTP/1.1\r\nHost: a\r\nRange: bytes=0-3,10-13\r\n\r\n");
        var multipart = h.Response($"HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=XX\r\nContent-Length: {parts.Length}\r\n\r\n{parts}");
        h.Request("GET /f HTTP/1.1\r\nHost: a\r\nRange: bytes=200-300\r\n\r\n");
        h.Response("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */100\r\nContent-Length: 0\r\n\r\n");

        var t = Conversation(h).Transactions;
        Assert.Equal("bytes=0-3", t[0].Range);
        Assert.Equal([new HttpContentRange("bytes", 0, 3, 100)], t[0].ContentRanges);
        Assert.Equal([new HttpContentRange("bytes", 0, 3, 100), new HttpContentRange("bytes", 10, 13, 100)], t[1].ContentRanges);
        Assert.Equal(416, t[2].StatusCode);
        Assert.True(t[2].ContentRanges.Single().IsUnsatisfied);
        Assert.Equal(["text/plain", "text/plain"], multipart.Values(MimeMultipartFields.HeaderContentType));
        Assert.Equal("HTTP/1.1 206 Partial Content  (text/plain) (text/plain)", multipart.Info);
    }

    [Fact]
    public void Cookie_pairs_basic_credentials_and_query_parameters_get_their_fields()
    {
        var frame = NewHarness().Request("GET /s?a=1&&b=2 HTTP/1.1\r\nHost: h\r\nCookie: x=1; y=2 ;z\r\nAuthorization: Basic dXNlcjpwYXNz\r\n\r\n");
        Assert.Equal(["x=1", "y=2 ", "z"], frame.Values(HttpFields.CookiePair));
        Assert.Equal("user:pass", frame.Value(HttpFields.Authbasic));
        Assert.Equal("/s", frame.Value(HttpFields.RequestUriPath));
        Assert.Equal(["a=1", "b=2"], frame.Values(HttpFields.RequestUriQueryParameter));
    }

    [Fact]
    public void Unknown_headers_are_request_lines_and_bad_header_names_are_flagged()
    {
        var frame = NewHarness().Request("GET / HTTP/1.1\r\nX-Thing: 1\r\nBad Name: 2\r\n\r\n");
        Assert.Equal(["X-Thing: 1\\r\\n", "Bad Name: 2\\r\\n"], frame.Values(HttpFields.RequestLine));
        Assert.True(frame.Has(HttpExperts.BadHeaderName));
    }

    [Fact]
    public void A_leading_crlf_before_a_request_is_flagged()
    {
        var frame = NewHarness().Request("\r\nGET / HTTP/1.1\r\n\r\n");
        Assert.True(frame.Has(HttpExperts.LeadingCrlf));
        Assert.Equal("GET / HTTP/1.1 ", frame.Info);
    }

    [Fact]
    public void Plain_http_on_the_tls_port_is_flagged()
    {
        var frame = NewHarness(serverPort: 443).Request(HttpFixtures.SimpleGet.Text);
        Assert.True(frame.Has(HttpExperts.TlsPort));
    }

    [Fact]
    public void The_tls_ports_come_from_the_http_tls_port_preference()
    {
        var preferences = new Preferences(FieldCatalog.Shared);
        Assert.Null(preferences.Set("http.tls.port:8443,9443"));
        var http = (HttpDissector)DefaultDissectors.CreateRegistry(preferences: preferences).ByName("http")!;
        Assert.True(new StreamHarness(http, serverPort: 8443).Request(HttpFixtures.SimpleGet.Text).Has(HttpExperts.TlsPort));
        Assert.True(new StreamHarness(http, serverPort: 9443).Request(HttpFixtures.SimpleGet.Text).Has(HttpExperts.TlsPort));
        Assert.False(new StreamHarness(http, serverPort: 443).Request(HttpFixtures.SimpleGet.Text).Has(HttpExperts.TlsPort));
        var byDefault = (HttpDissector)DefaultDissectors.CreateRegistry().ByName("http")!;
        Assert.True(new StreamHarness(byDefault, serverPort: 443).Request(HttpFixtures.SimpleGet.Text).Has(HttpExperts.TlsPort));
        Assert.False(new StreamHarness(byDefault, serverPort: 8443).Request(HttpFixtures.SimpleGet.Text).Has(HttpExperts.TlsPort));
    }

    [Fact]
    public void Bytes_that_are_not_http_are_taken_silently_before_http_is_seen_and_are_continuation_after()
    {
        // packet-http.c's dissect_http_tcp claims the whole segment even when nothing in it is HTTP yet: no HTTP, no data.
        var before = NewHarness().Request("\u0016\u0003\u0001binary");
        Assert.Equal(0, before.NotMineBytes);
        Assert.False(before.Has(HttpFields.Protocol));
        Assert.False(before.Has(CommonFields.Data));
        var unknownMethod = NewHarness().Request("BREW /pot-1 HTTP/1.1\r\nHost: h\r\n\r\n");
        Assert.Equal(0, unknownMethod.NotMineBytes);
        Assert.False(unknownMethod.Has(HttpFields.Protocol));
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        h.Response(HttpFixtures.TextResponse.Text);
        var after = h.Response("stray text\r\nHTTP/1.1 204 No Content\r\n\r\n");
        Assert.Equal("Continuation", after.Info[..12]);
        Assert.Equal(2, after.Pdus.Count);
        Assert.Equal("stray text\\r\\n", after.Value(HttpFields.FileData));
    }

    [Fact]
    public void After_switching_protocols_the_bytes_are_left_to_others()
    {
        var h = NewHarness();
        h.Request("GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        h.Response("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        var frame = h.Response("\u0081\u0002hi");
        Assert.Equal(4, frame.NotMineBytes);
        Assert.True(Conversation(h).SwitchedProtocols);
    }

    [Fact]
    public void A_101_without_an_upgrade_header_does_not_switch_as_in_tshark()
    {
        var h = NewHarness();
        h.Request(HttpFixtures.SimpleGet.Text);
        h.Response("HTTP/1.1 101 Switching Protocols\r\n\r\n");
        h.Request(HttpFixtures.SimpleGet.Text);
        Assert.Single(h.Response(HttpFixtures.TextResponse.Text).Pdus);
        Assert.False(Conversation(h).SwitchedProtocols);
    }

    [Fact]
    public void Lines_ending_in_bare_lf_are_understood()
    {
        var frame = NewHarness().Request(HttpFixtures.BareLineFeeds.Text);
        Assert.Equal("/lf", frame.Value(HttpFields.RequestUri));
        Assert.Equal("a", frame.Value(HttpFields.Host));
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n", true)]
    [InlineData("HTTP/1.1 200 OK\r\n", true)]
    [InlineData("PROPFIND /dav HTTP/1.1\r\n", true)]
    [InlineData("FOO /x HTTP/1.1\r\n", true)]
    [InlineData("GET", false)]
    [InlineData("BREW coffee://pot-1 HTCPCP/1.0\r\n", false)]
    [InlineData("GET coffee://pot-1 HTCPCP/1.0\r\n", false)]
    [InlineData("\u0016\u0003\u0001", false)]
    [InlineData("", false)]
    public void The_heuristic_claims_only_lines_that_are_surely_http(string firstBytes, bool expected)
    {
        Assert.Equal(expected, HttpDissector.OverTcp.LooksLikeMine(System.Text.Encoding.Latin1.GetBytes(firstBytes), StreamDirection.ClientToServer));
    }

    private static byte[] SourceNamed(HarnessFrame frame, string name)
    {
        var tree = frame.Packet.Tree;
        for (int i = 0; i < tree.Sources.Count; i++)
            if (tree.Sources[i].Name == name)
                return tree.SourceBytes(i).ToArray();
        return [];
    }

    private static byte[] Compress(Func<Stream, Stream> wrap)
    {
        var output = new MemoryStream();
        using (var compressor = wrap(output))
            compressor.Write("a body that compresses well well well well"u8);
        return output.ToArray();
    }
}
