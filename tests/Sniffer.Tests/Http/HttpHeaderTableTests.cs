using System.Text;
using Sniffer.Dissectors.Protocols.Http;
using Xunit;

namespace Sniffer.Tests.Http;

/// <summary>
/// The header table's word-at-a-time lookup against the plain definition: a name finds an entry exactly when it
/// equals that entry's name ignoring ASCII case, for every header-name character and every case of the known names.
/// </summary>
public class HttpHeaderTableTests
{
    private static readonly string[] Known =
    [
        "authorization", "proxy-authorization", "proxy-authenticate", "www-authenticate", "content-type", "content-length",
        "content-encoding", "transfer-encoding", "upgrade", "user-agent", "host", "connection", "cookie", "accept", "referer",
        "accept-language", "accept-encoding", "date", "cache-control", "server", "location", "sec-websocket-accept",
        "sec-websocket-extensions", "sec-websocket-key", "sec-websocket-protocol", "sec-websocket-version", "set-cookie",
        "last-modified", "x-forwarded-for", "http2-settings", "range", "content-range",
    ];

    [Fact]
    public void Every_known_name_is_found_in_any_case()
    {
        var random = new Random(7);
        foreach (var name in Known)
        {
            for (int round = 0; round < 20; round++)
            {
                var mixed = new StringBuilder();
                foreach (char c in name)
                    mixed.Append(random.Next(2) == 0 ? char.ToUpperInvariant(c) : c);
                Assert.True(HttpHeaderTable.TryFind(Encoding.ASCII.GetBytes(mixed.ToString()), out _, out _), mixed.ToString());
            }
        }
    }

    [Fact]
    public void A_name_one_byte_away_from_a_known_one_is_not_found()
    {
        // Every byte value in every position of every known name: only the two cases of a letter still match.
        foreach (var name in Known)
        {
            var bytes = Encoding.ASCII.GetBytes(name);
            for (int at = 0; at < bytes.Length; at++)
            {
                byte original = bytes[at];
                for (int b = 0; b < 256; b++)
                {
                    bytes[at] = (byte)b;
                    bool sameIgnoringCase = b == original || (original is >= (byte)'a' and <= (byte)'z' && b == original - 32);
                    Assert.Equal(sameIgnoringCase, HttpHeaderTable.TryFind(bytes, out _, out _));
                }
                bytes[at] = original;
            }
        }
    }

    [Fact]
    public void Longer_shorter_and_empty_names_are_not_found()
    {
        Assert.False(HttpHeaderTable.TryFind([], out _, out _));
        Assert.False(HttpHeaderTable.TryFind("hostx"u8, out _, out _));
        Assert.False(HttpHeaderTable.TryFind("hos"u8, out _, out _));
        Assert.False(HttpHeaderTable.TryFind("sec-websocket-extensionsX"u8, out _, out _));
        Assert.True(HttpHeaderTable.TryFind("Host"u8, out var field, out var role));
        Assert.Equal("http.host", field!.Abbrev);
        Assert.Equal(HttpHeaderRole.Host, role);
    }
}
