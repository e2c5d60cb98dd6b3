using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Tests.Http;

namespace Sniffer.Tests.Htcpcp;

public class HtcpcpSmokeTests
{
    [Fact]
    public void Brew_and_teapot_reply_are_reported()
    {
        var h = new StreamHarness(HtcpcpDissector.Instance, serverPort: 5030);
        var req = h.Request("BREW coffee://pot-1 HTCPCP/1.0\r\nAccept-Additions: Cream, Whole-milk;q=0.5\r\nContent-Type: message/coffeepot\r\nContent-Length: 5\r\n\r\nstart");
        var res = h.Response("HTCPCP/1.0 418 I'm a teapot\r\nContent-Length: 0\r\n\r\n");
        Assert.Equal("BREW coffee://pot-1 HTCPCP/1.0 ", req.Info);
        Assert.Equal("HTCPCP/1.0 418 I'm a teapot ", res.Info);
        Assert.Equal(["Cream", "Whole-milk"], req.Values(HtcpcpFields.AcceptAdditions));
        Assert.Equal("pot-1", req.Value(HtcpcpFields.UriPot));
        Assert.Equal("start", req.Value(HtcpcpFields.Body));
        Assert.Equal(req.Number.ToString(), res.Value(HtcpcpFields.RequestIn));
    }
}
