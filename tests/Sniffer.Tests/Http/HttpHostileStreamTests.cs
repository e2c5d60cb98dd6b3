using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sniffer.Tests.Http;

/// <summary>
/// Issue 11's hostile HTTP shapes, each pushed through the whole stack (TCP, the PDU stream, the HTTP framer and
/// writer) and held to bounds far below what quadratic work would take: a time bound generous for a busy 2-core
/// machine, an allocation bound, and — where the framer does the searching — a count of the bytes it examined, which
/// must stay a small multiple of the bytes sent however they are cut.
/// </summary>
public class HttpHostileStreamTests(ITestOutputHelper output)
{
    private const StreamDirection ToServer = StreamDirection.ClientToServer;
    private const StreamDirection ToClient = StreamDirection.ServerToClient;

    /// <summary>A -T fields style run: only the named fields are built, no Info column.</summary>
    private static PacketDissector FieldsDissector(DissectorRegistry? registry, params FieldDef[] fields)
    {
        var dissector = new PacketDissector(registry ?? DefaultDissectors.CreateRegistry());
        dissector.KeepOnly(fields);
        dissector.InfoColumnEnabled = false;
        return dissector;
    }

    private static HttpConversation Http(PacketDissector dissector) => HttpDissector.ConversationOf(dissector.Conversations.All[0].State)!;

    /// <summary>The lines Sniffer writes where one of its limits cut the tree (text items: tshark has no such expert).</summary>
    private static int LimitLines(PacketContext packet, string words)
    {
        int n = 0;
        var tree = packet.Tree;
        foreach (ref readonly var node in tree.Nodes)
            if (ReferenceEquals(node.Field, TextItem.Field) && System.Text.Encoding.UTF8.GetString(tree.TextBytes(node)).Contains(words, StringComparison.Ordinal))
                n++;
        return n;
    }

    private const string ChunksNotShown = "more chunks not listed (preference http.max_chunks_shown)";
    private const string UncompressedBodyLimit = "Uncompressed entity body cut at ";

    private static int Count(PacketContext packet, FieldDef field)
    {
        int n = 0;
        foreach (ref readonly var node in packet.Tree.Nodes)
            if (ReferenceEquals(node.Field, field))
                n++;
        return n;
    }

    private void Report(string what, Stopwatch clock, long allocated, HttpConversation http, long bytes)
        => output.WriteLine($"{what}: {clock.Elapsed.TotalSeconds:F2} s, {allocated / (1024 * 1024)} MiB allocated, "
            + $"framer: {http.FramerCalls} calls, {http.FramerBytesExamined} bytes examined for {bytes} bytes ({(double)http.FramerBytesExamined / bytes:F2} per byte)");

    [Fact]
    public void A_header_block_in_a_million_one_byte_segments_is_read_in_linear_time()
    {
        var text = Encoding.ASCII.GetBytes("GET /long HTTP/1.1\r\nHost: h\r\nX-Long: " + new string('a', 999_940) + "\r\n\r\n");
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry()); // summary: Info column on, whole tree
        dissector.KeepOnly([HttpFields.RequestMethod, HttpFields.RequestUri]);
        var connection = new SyntheticTcpConnection(dissector);
        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        string? infoOnLast = null;
        int requests = 0;
        connection.SendInSegments(ToServer, text, [1], packet =>
        {
            requests += Count(packet, HttpFields.RequestMethod);
            if (requests == 1 && infoOnLast is null)
                infoOnLast = packet.Columns.Info.ToString();
        });
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();
        var http = Http(dissector);
        Report("1e6 one-byte segments of one header block", clock, allocated, http, text.Length);

        Assert.Equal(1, requests);
        Assert.Equal("GET /long HTTP/1.1 ", infoOnLast);
        Assert.True(http.FramerCalls <= text.Length + 1, $"{http.FramerCalls} framer calls for {text.Length} segments");
        Assert.True(http.FramerBytesExamined <= 3L * text.Length, $"{http.FramerBytesExamined} bytes examined for {text.Length}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.True(allocated < 1024L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_million_headers_in_one_message_are_read_and_shown_in_linear_time()
    {
        var builder = new StringBuilder("GET /many HTTP/1.1\r\n", 7_000_100);
        for (int i = 0; i < 1_000_000; i++)
            builder.Append("a: b\r\n");
        var text = Encoding.ASCII.GetBytes(builder.Append("\r\n").ToString());
        var dissector = FieldsDissector(null, HttpFields.RequestMethod, HttpFields.RequestLine);
        var connection = new SyntheticTcpConnection(dissector);
        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int lines = 0;
        connection.SendInSegments(ToServer, text, [1460, 65000, 7], packet => lines += Count(packet, HttpFields.RequestLine));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();
        var http = Http(dissector);
        Report("1e6 headers in one message", clock, allocated, http, text.Length);

        Assert.Equal(1_000_000, lines);
        Assert.True(http.FramerBytesExamined <= 3L * text.Length, $"{http.FramerBytesExamined} bytes examined for {text.Length}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.True(allocated < 2048L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_million_pipelined_requests_are_each_reported_once_in_linear_time()
    {
        var one = "GET / HTTP/1.1\r\n\r\n"u8;
        var text = new byte[one.Length * 1_000_000];
        for (int i = 0; i < 1_000_000; i++)
            one.CopyTo(text.AsSpan(i * one.Length));
        var dissector = FieldsDissector(null, HttpFields.Request, HttpFields.RequestNumber);
        dissector.RetainConversations = false; // -T fields: no report reads the transaction records
        var connection = new SyntheticTcpConnection(dissector);
        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int requests = 0;
        connection.SendInSegments(ToServer, text, [65000, 1, 333], packet => requests += Count(packet, HttpFields.Request));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();
        var http = Http(dissector);
        Report("1e6 pipelined requests", clock, allocated, http, text.Length);

        Assert.Equal(1_000_000, requests);
        Assert.Equal(1_000_000, http.RequestCount);
        Assert.True(http.FramerBytesExamined <= 3L * text.Length, $"{http.FramerBytesExamined} bytes examined for {text.Length}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.True(allocated < 512L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_body_of_a_million_one_byte_chunks_lists_only_the_first_chunks_and_says_so()
    {
        var builder = new StringBuilder("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", 6_000_100);
        for (int i = 0; i < 1_000_000; i++)
            builder.Append("1\r\nx\r\n");
        var text = Encoding.ASCII.GetBytes(builder.Append("0\r\n\r\n").ToString());
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry()); // the whole tree, as -V builds it
        var connection = new SyntheticTcpConnection(dissector);
        connection.Send(ToServer, "GET /drip HTTP/1.1\r\nHost: h\r\n\r\n"u8);
        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int sizes = 0, notes = 0, fileDataLength = -1;
        connection.SendInSegments(ToClient, text, [65000], packet =>
        {
            sizes += Count(packet, HttpFields.ChunkSize);
            notes += LimitLines(packet, ChunksNotShown);
            int node = packet.Tree.Find(HttpFields.FileData);
            if (node >= 0)
                fileDataLength = packet.Tree.ValueBytes(packet.Tree[node]).Length;
        });
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();
        var http = Http(dissector);
        Report("1e6 one-byte chunks", clock, allocated, http, text.Length);

        Assert.Equal(HttpOptions.DefaultMaxChunksShown + 1, sizes); // the listed chunks, and the last chunk's size
        Assert.Equal(1, notes);
        Assert.Equal(1_000_000, fileDataLength);
        Assert.True(http.FramerBytesExamined <= 3L * text.Length, $"{http.FramerBytesExamined} bytes examined for {text.Length}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.True(allocated < 512L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public void A_compression_bomb_is_expanded_only_up_to_the_limit_and_a_note_says_so(string coding)
    {
        const int expanded = 256 * 1024 * 1024;
        byte[] bomb = Compress(coding, expanded);
        var dissector = FieldsDissector(null, HttpFields.FileData, TextItem.Field, HttpExperts.DecompressionFailed);
        var connection = new SyntheticTcpConnection(dissector);
        connection.Send(ToServer, "GET /bomb HTTP/1.1\r\nHost: h\r\n\r\n"u8);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Encoding: {coding}\r\nContent-Length: {bomb.Length}\r\n\r\n");
        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int fileDataLength = -1, notes = 0;
        connection.SendInSegments(ToClient, [.. head, .. bomb], [65000], packet =>
        {
            notes += LimitLines(packet, UncompressedBodyLimit);
            int node = packet.Tree.Find(HttpFields.FileData);
            if (node >= 0)
                fileDataLength = packet.Tree.ValueBytes(packet.Tree[node]).Length;
        });
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();
        output.WriteLine($"{coding} bomb of {bomb.Length} bytes ({expanded} expanded): {clock.Elapsed.TotalSeconds:F2} s, {allocated / (1024 * 1024)} MiB allocated");

        Assert.Equal(HttpOptions.DefaultMaxUncompressedBody, fileDataLength);
        Assert.Equal(1, notes);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.True(allocated < 6L * HttpOptions.DefaultMaxUncompressedBody, $"{allocated} bytes allocated");
    }

    [Fact]
    public void The_uncompressed_body_limit_and_the_chunk_list_limit_are_preferences()
    {
        var preferences = new Preferences(FieldCatalog.Shared);
        Assert.Null(preferences.Set("http.max_uncompressed_body:1000"));
        Assert.Null(preferences.Set("http.max_chunks_shown:2"));
        Assert.NotNull(preferences.Set("http.max_chunks_shown:lots"));
        var dissector = FieldsDissector(DefaultDissectors.CreateRegistry(preferences: preferences),
            HttpFields.FileData, HttpFields.ChunkSize, TextItem.Field);
        var connection = new SyntheticTcpConnection(dissector);
        connection.Send(ToServer, "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"u8);
        byte[] gzip = Compress("gzip", 5000);
        var packet = connection.Send(ToClient, [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: {gzip.Length}\r\n\r\n"), .. gzip]);
        Assert.Equal(1000, packet.Tree.ValueBytes(packet.Tree[packet.Tree.Find(HttpFields.FileData)]).Length);
        Assert.Equal(1, LimitLines(packet, UncompressedBodyLimit));
        connection.Send(ToServer, "GET /b HTTP/1.1\r\nHost: h\r\n\r\n"u8);
        packet = connection.Send(ToClient, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n1\r\nb\r\n1\r\nc\r\n0\r\n\r\n"u8);
        Assert.Equal(3, Count(packet, HttpFields.ChunkSize));
        Assert.Equal(1, LimitLines(packet, ChunksNotShown));
    }

    [Theory]
    [InlineData(new[] { 1 }, 1)]
    [InlineData(new[] { 1460 }, 64)]
    [InlineData(new[] { 65000 }, 64)]
    [InlineData(new[] { 1, 65000, 7, 1460, 300, 32768, 2 }, 64)]
    public void A_chunked_body_in_segments_of_any_size_costs_the_framer_work_linear_in_its_bytes(int[] segmentSizes, int mebibytes)
    {
        // 4 KiB chunks; 1-byte segments carry a 1 MiB body (a million frames), the others 64 MiB.
        var chunk = Encoding.ASCII.GetBytes("1000\r\n" + new string('c', 4096) + "\r\n");
        var head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"u8;
        int chunks = mebibytes * 256;
        var text = new byte[head.Length + chunks * chunk.Length + 5];
        head.CopyTo(text);
        for (int i = 0; i < chunks; i++)
            chunk.CopyTo(text, head.Length + i * chunk.Length);
        "0\r\n\r\n"u8.CopyTo(text.AsSpan(text.Length - 5));

        var limits = new ReassemblyLimits(maxPerDirection: 96 * 1024 * 1024, maxTotal: 128L * 1024 * 1024);
        var dissector = FieldsDissector(DefaultDissectors.CreateRegistry(limits: limits), HttpFields.Response, HttpFields.ChunkSize);
        var connection = new SyntheticTcpConnection(dissector);
        connection.Send(ToServer, "GET /big HTTP/1.1\r\nHost: h\r\n\r\n"u8);
        var clock = Stopwatch.StartNew();
        int responses = 0;
        connection.SendInSegments(ToClient, text, segmentSizes, packet => responses += Count(packet, HttpFields.Response));
        clock.Stop();
        var http = Http(dissector);
        long segments = connection.Frames - 4;
        Report($"{mebibytes} MiB chunked body in segments of {string.Join("/", segmentSizes)} bytes", clock, 0, http, text.Length);

        Assert.Equal(1, responses);
        Assert.True(http.FramerCalls <= segments + 2, $"{http.FramerCalls} framer calls for {segments} segments");
        Assert.True(http.FramerBytesExamined <= 2L * text.Length, $"{http.FramerBytesExamined} bytes examined for {text.Length}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    private static byte[] Compress(string coding, int letters)
    {
        var output = new MemoryStream();
        using (Stream compressor = coding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
        })
        {
            var block = new byte[1 << 20];
            block.AsSpan().Fill((byte)'a');
            for (int written = 0; written < letters; written += block.Length)
                compressor.Write(block, 0, Math.Min(block.Length, letters - written));
        }
        return output.ToArray();
    }
}
