using System.Text;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Http;

/// <summary>
/// The writer walks the header lines the framer noted (HttpHeaderLines) when they are the message's own, and reads
/// them again when another message framed in between: either way each message shows its own headers, in order.
/// </summary>
public class HttpHeaderNotesTests
{
    private const StreamDirection ToServer = StreamDirection.ClientToServer;

    private static List<(string Field, string Value)> Headers(PacketContext packet)
    {
        var tree = packet.Tree;
        var list = new List<(string, string)>();
        foreach (ref readonly var node in tree.Nodes)
            if (node.Field.Abbrev is "http.host" or "http.user_agent" or "http.accept" or "http.request.line" or "http.request.uri")
                list.Add((node.Field.Abbrev, Encoding.ASCII.GetString(tree.ValueBytes(node))));
        return list;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_header_block_across_segments_shows_its_own_headers_whoever_framed_in_between(bool interleaved)
    {
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry());
        var a = new SyntheticTcpConnection(dissector, clientPort: 40001);
        var b = new SyntheticTcpConnection(dissector, clientPort: 40002);
        a.Send(ToServer, "GET /a HTTP/1.1\r\nHost: a.example\r\nUser-Agent: ua-a\r\n"u8);
        if (interleaved)
        {
            var other = Headers(b.Send(ToServer, "GET /b HTTP/1.1\r\nHost: b.example\r\nX-Other: 1\r\nUser-Agent: ua-b\r\nAccept: b/b\r\n\r\n"u8));
            Assert.Equal([("http.request.uri", "/b"), ("http.host", "b.example"), ("http.request.line", "Host: b.example\r\n"),
                ("http.request.line", "X-Other: 1\r\n"), ("http.user_agent", "ua-b"), ("http.request.line", "User-Agent: ua-b\r\n"),
                ("http.accept", "b/b"), ("http.request.line", "Accept: b/b\r\n")], other);
        }
        var own = Headers(a.Send(ToServer, "Accept: */*\r\n\r\n"u8));
        Assert.Equal([("http.request.uri", "/a"), ("http.host", "a.example"), ("http.request.line", "Host: a.example\r\n"),
            ("http.user_agent", "ua-a"), ("http.request.line", "User-Agent: ua-a\r\n"), ("http.accept", "*/*"),
            ("http.request.line", "Accept: */*\r\n")], own);
    }
}
