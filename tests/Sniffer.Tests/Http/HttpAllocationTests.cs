using System.Text;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Transport;
using Sniffer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sniffer.Tests.Http;

/// <summary>
/// The HTTP dissect path allocates nothing per frame once warm, for the two outputs that print a line per frame:
/// -T fields (only the asked fields are built, no Info column) and the summary (the Info column, no display text).
/// A long keep-alive connection carries the shapes of the lab's HTTP traffic: headers of every kind, Content-Length
/// bodies split over segments, a chunked body, a cookie and a query.
/// </summary>
public class HttpAllocationTests(ITestOutputHelper output)
{
    private const StreamDirection ToServer = StreamDirection.ClientToServer;
    private const StreamDirection ToClient = StreamDirection.ServerToClient;

    private static readonly byte[] Request = Encoding.ASCII.GetBytes(
        "GET /secret?user=alice&lang=en HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: sniffer-lab/1.0\r\nAccept: text/html\r\n"
        + "Accept-Encoding: identity\r\nCookie: session=abc123; theme=dark\r\nConnection: keep-alive\r\n\r\n");

    private static readonly byte[] Response = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nServer: sniffer-lab\r\nDate: Tue, 01 Apr 2025 10:00:00 GMT\r\nContent-Type: text/html; charset=utf-8\r\n"
        + "Content-Length: 352\r\nSet-Cookie: seen=1\r\n\r\n" + new string('x', 352));

    private static readonly byte[] ChunkedResponse = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "10\r\n0123456789abcdef\r\n5\r\nhello\r\n0\r\n\r\n");

    private static readonly string[] FieldsOutput =
    [
        "frame.number", "tcp.stream", "tcp.len", "http.request.method", "http.request.uri", "http.host", "http.response.code",
        "http.content_length", "http.request_in", "http.time", "http.response_for.uri", "http.file_data", "http.chunk_size",
        "http.cookie_pair", "http.request.full_uri",
    ];

    private static void Exchange(SyntheticTcpConnection connection)
    {
        connection.Send(ToServer, Request);
        connection.SendInSegments(ToClient, Response, [200, 1000]); // a body over two segments
        connection.Send(ToServer, Request);
        connection.Send(ToClient, ChunkedResponse);
    }

    private long AllocatedPerExchange(PacketDissector dissector, string mode)
    {
        var connection = new SyntheticTcpConnection(dissector, serverPort: 8080);
        for (int i = 0; i < 300; i++) // warm: buffers grown, JIT tiers settled, first-use types loaded
            Exchange(connection);
        const int measured = 2000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < measured; i++)
            Exchange(connection);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{mode}: {allocated} bytes allocated over {measured} exchanges ({measured * 5} frames): {(double)allocated / (measured * 5):F1} B per frame");
        return allocated;
    }

    [Fact]
    public void Fields_output_over_http_allocates_nothing_per_frame()
    {
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry()) { RetainConversations = false, InfoColumnEnabled = false };
        dissector.KeepOnly(FieldsOutput.Select(name => FieldCatalog.Shared.Find(name)!));
        long allocated = AllocatedPerExchange(dissector, "-T fields");
        Assert.True(allocated < 4096, $"{allocated} bytes allocated over 10000 frames");
    }

    [Fact]
    public void Summary_output_over_http_allocates_nothing_per_frame()
    {
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry()) { RetainConversations = false };
        var warm = dissector.Dissect(new Frame(0, 0, 9, 0, LinkType.Ethernet, 0, Array.Empty<byte>()));
        warm.Tree.BuildsText = false; // the summary reads columns only
        long allocated = AllocatedPerExchange(dissector, "summary");
        Assert.True(allocated < 4096, $"{allocated} bytes allocated over 10000 frames");
        Assert.Equal(TcpFields.Protocol.ShortName, TcpFields.Protocol.ShortName);
    }
}
