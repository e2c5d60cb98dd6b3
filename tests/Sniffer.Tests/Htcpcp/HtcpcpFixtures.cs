namespace Sniffer.Tests.Htcpcp;

/// <summary>HTCPCP messages after the examples of RFC 2324 and RFC 7168, and as the lab pot sends them.</summary>
public static class HtcpcpFixtures
{
    public sealed record Message(string Name, string Text, bool RunsUntilClose = false)
    {
        public byte[] Bytes => System.Text.Encoding.Latin1.GetBytes(Text);
        public override string ToString() => Name;
    }

    public static readonly Message Brew = new("BREW with Accept-Additions and a start body",
        "BREW coffee://pot-1 HTCPCP/1.0\r\nAccept-Additions: Cream, Whole-milk;q=0.5\r\nContent-Type: message/coffeepot\r\nContent-Length: 5\r\n\r\nstart");

    public static readonly Message Teapot = new("418 I'm a teapot", "HTCPCP/1.0 418 I'm a teapot\r\nContent-Length: 0\r\n\r\n");

    public static readonly Message Propfind = new("PROPFIND for the pot's metadata",
        "PROPFIND coffee://pot-0 HTCPCP/1.0\r\nAccept: message/coffeepot\r\n\r\n");

    public static readonly Message When = new("WHEN to stop the milk", "WHEN coffee://pot-1 HTCPCP/1.0\r\n\r\n");

    public static readonly Message TeaBrew = new("BREW for a tea variety (RFC 7168)",
        "BREW /pot-0/darjeeling HTCPCP/1.1\r\nContent-Type: message/teapot\r\nAccept-Additions: Sugar; Stevia\r\nContent-Length: 5\r\n\r\nstart");

    public static readonly Message NotAcceptable = new("406 with a reason in the body",
        "HTCPCP/1.0 406 Not Acceptable\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n\r\nWhisky is not served");

    public static readonly Message LabReply = new("lab server reply with no blank line before its body",
        "HTCPCP/1.0 200 OK\r\nContent-Type: message/coffeepot\r\nstart\r\n", RunsUntilClose: true);

    public static readonly Message LabRequest = new("lab client BREW in HTTP/1.1 with no blank line",
        "BREW /pot-1 HTTP/1.1\r\nHost: pot.lab\r\nContent-Type: message/coffeepot\r\nstop\r\n");

    public static readonly Message ChunkedReply = new("chunked 503",
        "HTCPCP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nno pot\r\n0\r\n\r\n");

    public static IEnumerable<object[]> All() =>
        new[] { Brew, Teapot, Propfind, When, TeaBrew, NotAcceptable, LabReply, LabRequest, ChunkedReply }.Select(m => new object[] { m });
}
