using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// -z io,stat and -z expert beside the live tshark 4.0 on every sample and shared capture: one tshark run per capture
/// answers all the io,stat forms (several -z in one run print in tshark's order), another the expert tables, and
/// Sniffer's output must be the same bytes. The refusals of bad arguments are compared with tshark's words and exit codes.
/// </summary>
public sealed class StatisticsGoldenTests
{
    /// <summary>
    /// Frames and bytes per second and over the whole capture, a fractional interval, COUNT and SUM of frame fields,
    /// MIN/MAX/AVG of a relative time, filters as columns, AVG of an integer field and of a time.
    /// </summary>
    private static readonly string[] IoStatistics =
    [
        "io,stat,1", "io,stat,0", "io,stat,0.5,COUNT(frame)frame,SUM(frame.len)frame.len",
        "io,stat,1,MIN(tcp.time_delta)tcp.time_delta,MAX(tcp.time_delta)tcp.time_delta,AVG(tcp.time_delta)tcp.time_delta",
        "io,stat,2,tcp,udp,ip.len>100", "io,stat,1,AVG(tcp.len)tcp.len,MAX(frame.time_delta)frame.time_delta",
        "io,stat,0.01,SUM(tcp.len)tcp.len && tcp.srcport>1024",
    ];

    /// <summary>
    /// Three expert tables in one run: tshark keeps one lowest level for all of them, the last one given ("expert"
    /// gives none), so all three print chats and above.
    /// </summary>
    private static readonly string[] ExpertStatistics = ["expert,error", "expert", "expert,chat"];

    /// <summary>
    /// Captures whose expert items differ for reasons outside the statistic, each a dissector gap or choice:
    /// htcpcp-lab (tshark's HTTP heuristic misreads the lab's BREW requests, see FoundationGoldenTests); the three Wi-Fi
    /// captures (802.11 retry analysis, wlan.fc.retry.expert, not made).
    /// </summary>
    private static readonly string[] ExpertItemsDiffer =
    [
        "htcpcp-lab.pcapng",
        "wifi-80211.pcap", "wifi-ppi.pcap", "wifi-radiotap.pcap",
    ];

    public static IEnumerable<object[]> SampleCaptures() => FoundationGoldenTests.SampleCaptures();

    public static IEnumerable<object[]> SharedCaptures() => FoundationGoldenTests.SharedCaptures();

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Io_stat_matches_tshark_on_sample_captures(string relativePath) => AssertSameStatistics(relativePath, IoStatistics);

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Io_stat_matches_tshark_on_the_shared_corpus(string relativePath) => AssertSameStatistics(relativePath, IoStatistics);

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Expert_matches_tshark_on_sample_captures(string relativePath)
    {
        if (ExpertItemsDiffer.Contains(Path.GetFileName(relativePath)))
            return;
        AssertSameStatistics(relativePath, ExpertStatistics);
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Expert_matches_tshark_on_the_shared_corpus(string relativePath) => AssertSameStatistics(relativePath, ExpertStatistics);

    private static void AssertSameStatistics(string relativePath, string[] statistics)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var args = new List<string> { "-n", "-q", "-r", file };
        args.AddRange(FoundationGoldenTests.TsharkKeyLog(file));
        foreach (var z in statistics)
            args.AddRange(["-z", z]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, [], keyLog: Corpus.KeyLogFor(file), statistics: statistics, quiet: true,
            disabled: FoundationGoldenTests.TsharkHasNo);
        Assert.Equal(0, code);
        Assert.Equal(expected.StdOut, actual);
    }

    /// <summary>Bad statistic arguments: tshark's message (after its program name) and its exit code.</summary>
    [TsharkTheory]
    [InlineData("io,stat")]
    [InlineData("io,stat,abc")]
    [InlineData("io,stat,1,SUM(no.such.field)")]
    [InlineData("io,stat,1,MAX(tcp.len")]
    [InlineData("io,stat,1,SUM(tcp.flags.str)tcp")]
    [InlineData("io,stat,1,FRAMES(frame.len)")]
    [InlineData("io,stat,1,tcp.port==")]
    [InlineData("conv,ip,bogus")]
    [InlineData("endpoints,tcp,bogus")]
    [InlineData("follow,tcp,ascii,::1:50159,::1:8443")]
    [InlineData("follow,tcp,ascii,1.2.3:5,1.2.3.4:6")]
    [InlineData("follow,tcp,ascii,1.2.3.4:x,1.2.3.4:6")]
    [InlineData("follow,tcp,ascii,1.2.3.4:5,[::1]:6")]
    public void A_refused_statistic_says_what_tshark_says(string argument)
    {
        string file = Path.Combine(Corpus.SampleCaptures, "tcp-echo.pcapng");
        var expected = ExternalTools.Tshark("-n", "-q", "-r", file, "-z", argument);
        var actual = SnifferProcess.Run("-n", "-q", "-r", file, "-z", argument);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        string tsharkLine = expected.StdErr.Split('\n').Single(l => l.StartsWith("tshark: ", StringComparison.Ordinal));
        Assert.Equal(tsharkLine["tshark: ".Length..], actual.StdErr.TrimEnd('\n')["sniffer: ".Length..]);
        Assert.Equal("", actual.StdOut);
    }

    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Http_trees_and_credentials_match_tshark_on_sample_captures(string relativePath)
    {
        // htcpcp-lab: tshark misreads it (FoundationGoldenTests); htcpcp-brew: tshark counts its BREW messages in
        // http,tree as other HTTP packets, a difference of that statistic, not of these.
        string name = Path.GetFileName(relativePath);
        if (FoundationGoldenTests.TsharkMisreadsWithoutHtcpcp.Contains(name) || name == "htcpcp-brew.pcapng")
            return;
        AssertSameStatistics(relativePath, HttpStatistics);
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Http_trees_and_credentials_match_tshark_on_the_shared_corpus(string relativePath) =>
        AssertSameStatistics(relativePath, HttpStatistics);

    /// <summary>The HTTP statistics and credentials, one tshark run per capture (http,stat with and without a filter).</summary>
    private static readonly string[] HttpStatistics =
        ["http_req,tree", "http_srv,tree", "credentials", "http,stat", "http_seq,tree", "http,stat,tcp.port==8080 || udp"];

    /// <summary>
    /// -z http,stat and -z http_seq,tree on built exchanges beside tshark: 36 request methods (GLib's string table grows
    /// from 8 to 64 buckets while they arrive) and every status code of packet-http.c's table plus codes outside it
    /// (each class's "Others" row; 99, 600 and 999 not counted), so the order tshark prints its hash tables in is checked
    /// on many keys; Referer chains (a page first requested from another stays under it, a second referer for the same
    /// page, a query), and redirects in every form determine_http_location_target resolves (relative, absolute path,
    /// query only, protocol-relative, absolute, empty, "../") and a Location longer than its offset, which tshark cuts.
    /// </summary>
    [TsharkFact]
    public void Http_stat_and_request_sequences_match_tshark_on_built_exchanges()
    {
        string[] methods =
        [
            "GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST", "BCOPY", "BMOVE", "MKCOL", "TRACE", "PATCH", "LABEL",
            "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE", "BDELETE", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT",
            "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "VERSION-CONTROL",
            "BASELINE-CONTROL", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
        ];
        int[] codes =
        [
            .. Dissectors.Protocols.Http.HttpStatusCodes.Table.Select(e => e.Code).Where(c => c % 100 != 99),
            150, 250, 350, 450, 550, 99, 600, 999,
        ];
        const string ok = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        var exchanges = new List<(string, string?)>();
        for (int i = 0; i < Math.Max(methods.Length, codes.Length); i++)
        {
            string method = methods[i % methods.Length];
            exchanges.Add(($"{method} /m{i} HTTP/1.1\r\nHost: lab\r\n\r\n", $"HTTP/1.1 {codes[i % codes.Length]} X\r\nContent-Length: 0\r\n\r\n"));
        }
        foreach (var (uri, referer) in new (string, string?)[]
                 {
                     ("/", null), ("/a", "http://lab/"), ("/b", "http://lab/a"), ("/c", "http://lab/b"), ("/a", "http://lab/c"),
                     ("/x", "http://lab/"), ("/b", "http://other/"), ("/d?q=1", "http://lab/c"),
                 })
        {
            exchanges.Add(($"GET {uri} HTTP/1.1\r\nHost: lab\r\n" + (referer is null ? "" : $"Referer: {referer}\r\n") + "\r\n", ok));
        }
        string[] locations =
        [
            "next", "/abs/path", "?q=2", "//cdn.example/x", "https://secure.example/login", "", "../up",
            "http://lab/a-very-long-location-target-that-is-longer-than-its-offset",
        ];
        for (int i = 0; i < locations.Length; i++)
        {
            exchanges.Add(($"GET /dir/page{i}?old=1#frag HTTP/1.1\r\nHost: lab:8080\r\n\r\n",
                $"HTTP/1.1 302 Found\r\nLocation: {locations[i]}\r\nContent-Length: 0\r\n\r\n"));
        }
        string capture = Path.Combine(Path.GetTempPath(), $"sniffer-http-stat-{Guid.NewGuid():N}.pcap");
        try
        {
            File.WriteAllBytes(capture, Exchanges(exchanges));
            AssertSameStatistics(capture, ["http,stat", "http_seq,tree", "http,stat,http.response.code >= 400"]);
        }
        finally
        {
            File.Delete(capture);
        }
    }

    /// <summary>
    /// -z credentials on requests carrying Basic credentials (Authorization and Proxy-Authorization, a value with no
    /// colon, a user name longer than its column) and the HTTP trees over the same frames, beside tshark.
    /// </summary>
    [TsharkFact]
    public void Credentials_and_http_trees_match_tshark_on_basic_authentication()
    {
        static string B64(string s) => Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(s));
        string[] requests =
        [
            $"GET /a HTTP/1.1\r\nHost: lab\r\nAuthorization: Basic {B64("alice:s3cret")}\r\n\r\n",
            $"GET http://x/ HTTP/1.1\r\nHost: x\r\nProxy-Authorization: Basic {B64("bob:pw")}\r\n\r\n",
            $"GET /c HTTP/1.1\r\nHost: lab\r\nAuthorization: Basic {B64("nocolon")}\r\n\r\n",
            $"GET /d?q=1 HTTP/1.1\r\nHost: lab\r\nAuthorization: Basic {B64("averyveryverylongusername:x")}\r\n\r\n",
        ];
        string capture = Path.Combine(Path.GetTempPath(), $"sniffer-credentials-{Guid.NewGuid():N}.pcap");
        try
        {
            File.WriteAllBytes(capture, OneSegmentPerRequest(requests));
            AssertSameStatistics(capture, ["credentials", "http_req,tree", "http_srv,tree"]);
        }
        finally
        {
            File.Delete(capture);
        }
    }

    /// <summary>A pcap of Ethernet/IPv4/TCP frames from 127.0.0.1 to 127.0.0.2:80, one request each, a second apart.</summary>
    private static byte[] OneSegmentPerRequest(string[] requests) => Exchanges([.. requests.Select(r => (r, (string?)null))]);

    /// <summary>
    /// A pcap of request/response exchanges between 127.0.0.1 and 127.0.0.2:80, each on its own connection (client port
    /// 40000 + i), a second apart; each message one segment, the response (when given) a millisecond after its request.
    /// </summary>
    private static byte[] Exchanges(IReadOnlyList<(string Request, string? Response)> exchanges)
    {
        var file = new List<byte>();
        file.AddRange([0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 1, 0, 0, 0]);
        for (int i = 0; i < exchanges.Count; i++)
        {
            var (request, response) = exchanges[i];
            byte[] ask = System.Text.Encoding.ASCII.GetBytes(request);
            AddFrame(file, 1_700_000_000 + i, 0, client: true, 40000 + i, 1, 1, ask);
            if (response is not null)
                AddFrame(file, 1_700_000_000 + i, 1000, client: false, 40000 + i, 1, 1 + (uint)ask.Length, System.Text.Encoding.ASCII.GetBytes(response));
        }
        return [.. file];
    }

    private static void AddFrame(List<byte> file, int seconds, int microseconds, bool client, int port, uint seq, uint ack, byte[] payload)
    {
        var frame = new List<byte> { 2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0 };
        int ipLength = 40 + payload.Length;
        byte from = client ? (byte)1 : (byte)2, to = client ? (byte)2 : (byte)1;
        var ip = new byte[] { 0x45, 0, (byte)(ipLength >> 8), (byte)ipLength, 0, 1, 0, 0, 64, 6, 0, 0, 127, 0, 0, from, 127, 0, 0, to };
        int sum = 0;
        for (int j = 0; j < 20; j += 2)
            sum += (ip[j] << 8) | ip[j + 1];
        sum = (sum & 0xffff) + (sum >> 16);
        sum = ~((sum & 0xffff) + (sum >> 16)) & 0xffff;
        ip[10] = (byte)(sum >> 8);
        ip[11] = (byte)sum;
        frame.AddRange(ip);
        int sport = client ? port : 80, dport = client ? 80 : port;
        frame.AddRange([(byte)(sport >> 8), (byte)sport, (byte)(dport >> 8), (byte)dport]);
        frame.AddRange([(byte)(seq >> 24), (byte)(seq >> 16), (byte)(seq >> 8), (byte)seq, (byte)(ack >> 24), (byte)(ack >> 16), (byte)(ack >> 8), (byte)ack]);
        frame.AddRange([0x50, 0x18, 0xff, 0xff, 0, 0, 0, 0]);
        frame.AddRange(payload);
        file.AddRange(BitConverter.GetBytes(seconds));
        file.AddRange(BitConverter.GetBytes(microseconds));
        file.AddRange(BitConverter.GetBytes(frame.Count));
        file.AddRange(BitConverter.GetBytes(frame.Count));
        file.AddRange(frame);
    }

    /// <summary>follow,tcp in yaml mode for the first streams of every capture (a stream that does not exist prints empty peers).</summary>
    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Follow_yaml_matches_tshark_on_sample_captures(string relativePath) =>
        AssertSameStatistics(relativePath, ["follow,tcp,yaml,0", "follow,tcp,yaml,1", "follow,tcp,yaml,3"]);

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Follow_yaml_matches_tshark_on_the_shared_corpus(string relativePath) =>
        AssertSameStatistics(relativePath, ["follow,tcp,yaml,0", "follow,tcp,yaml,1", "follow,tcp,yaml,3"]);

    /// <summary>
    /// follow,udp (each datagram's payload), follow,tls (each decrypted application-data record, with the capture's key
    /// log) and follow,http (each message's header block, then its de-chunked, uncompressed body) in every mode, on the
    /// first streams of every capture, in one tshark run per capture. htcpcp-lab is left out: tshark misreads it as HTTP.
    /// </summary>
    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Follow_udp_tls_and_http_match_tshark_on_sample_captures(string relativePath)
    {
        if (FoundationGoldenTests.TsharkMisreadsWithoutHtcpcp.Contains(Path.GetFileName(relativePath)))
            return;
        AssertSameStatistics(relativePath, FollowOtherProtocols);
    }

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Follow_udp_tls_and_http_match_tshark_on_the_shared_corpus(string relativePath) =>
        AssertSameStatistics(relativePath, FollowOtherProtocols);

    private static readonly string[] FollowOtherProtocols =
    [
        "follow,udp,ascii,0", "follow,udp,hex,1", "follow,udp,raw,2", "follow,udp,yaml,0",
        "follow,tls,ascii,0", "follow,tls,hex,1", "follow,tls,raw,0", "follow,tls,yaml,2",
        "follow,http,ascii,0", "follow,http,hex,1", "follow,http,raw,2", "follow,http,yaml,0", "follow,http,ascii,99",
    ];

    /// <summary>
    /// The address:port form of follow's stream argument, the server's endpoint first: the endpoints of each capture's
    /// first TCP stream come from tshark, then ascii and yaml follow them as tshark does (its Filter line included).
    /// </summary>
    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Follow_by_endpoints_matches_tshark_on_sample_captures(string relativePath) => AssertFollowByEndpoints(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(SharedCaptures))]
    public void Follow_by_endpoints_matches_tshark_on_the_shared_corpus(string relativePath) => AssertFollowByEndpoints(relativePath);

    private static void AssertFollowByEndpoints(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var first = ExternalTools.Tshark("-n", "-r", file, "-Y", "tcp.stream == 0 && !icmp && !icmpv6", "-c", "1", "-T", "fields",
            "-E", "separator=,", "-e", "ip.src", "-e", "ipv6.src", "-e", "tcp.srcport", "-e", "ip.dst", "-e", "ipv6.dst", "-e", "tcp.dstport");
        if (first.StdOut.Trim().Length == 0)
            return; // no TCP in this capture
        var f = first.StdOut.Trim().Split(',');
        Assert.Equal(6, f.Length);
        string Endpoint(string v4, string v6, string port) => v4.Length > 0 ? $"{v4}:{port}" : $"[{v6}]:{port}";
        string client = Endpoint(f[0], f[1], f[2]), server = Endpoint(f[3], f[4], f[5]);
        AssertSameStatistics(relativePath, [$"follow,tcp,ascii,{server},{client}", $"follow,tcp,yaml,{client},{server}",
            $"follow,http,hex,{server},{client}", $"follow,tls,ascii,{client},{server}"]);
    }

    /// <summary>follow,udp by endpoints: the endpoints of each capture's first UDP stream, either order, its Filter line naming udp ports.</summary>
    [TsharkTheory]
    [MemberData(nameof(SampleCaptures))]
    public void Follow_udp_by_endpoints_matches_tshark_on_sample_captures(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var first = ExternalTools.Tshark("-n", "-r", file, "-Y", "udp.stream == 0 && !icmp && !icmpv6", "-c", "1", "-T", "fields",
            "-E", "separator=,", "-e", "ip.src", "-e", "ipv6.src", "-e", "udp.srcport", "-e", "ip.dst", "-e", "ipv6.dst", "-e", "udp.dstport");
        if (first.StdOut.Trim().Length == 0)
            return; // no UDP in this capture
        var f = first.StdOut.Trim().Split(',');
        string Endpoint(string v4, string v6, string port) => v4.Length > 0 ? $"{v4}:{port}" : $"[{v6}]:{port}";
        string client = Endpoint(f[0], f[1], f[2]), server = Endpoint(f[3], f[4], f[5]);
        AssertSameStatistics(relativePath, [$"follow,udp,ascii,{server},{client}", $"follow,udp,raw,{client},{server}"]);
    }

    /// <summary>
    /// -z htcpcp,tree (Sniffer's own; tshark has no HTCPCP): shaped as http,tree, and each method's and status's row
    /// counts the messages Sniffer's own htcpcp.request.method and htcpcp.response.code fields show.
    /// </summary>
    [Theory]
    [InlineData("htcpcp-brew.pcapng")]
    [InlineData("htcpcp-lab.pcapng")]
    public void Htcpcp_tree_counts_the_messages_the_fields_show(string name)
    {
        string file = Path.Combine(Corpus.SampleCaptures, name);
        var (code, table) = SnifferRunner.Read(file, [], statistics: ["htcpcp,tree"], quiet: true);
        Assert.Equal(0, code);
        var (code2, fields) = SnifferRunner.Read(file, ["htcpcp.request.method", "htcpcp.response.code"]);
        Assert.Equal(0, code2);
        var lines = GoldenComparison.Lines(table);
        int count = lines.Single(l => l.StartsWith("Topic / Item", StringComparison.Ordinal)).IndexOf("Count", StringComparison.Ordinal);
        var rows = lines.Skip(5).Where(l => l.Length > 0 && !l.StartsWith('-'))
            .ToDictionary(l => l[..count].Trim(), l => long.Parse(l[count..(count + 14)].Trim(), System.Globalization.CultureInfo.InvariantCulture));
        var values = GoldenComparison.Lines(fields).Skip(1).Select(l => l.Split('\t')).ToList();
        var methods = values.SelectMany(v => v[0].Split(',')).Where(m => m.Length > 0).ToList();
        var codes = values.SelectMany(v => v[1].Split(',')).Where(c => c.Length > 0).ToList();
        Assert.NotEmpty(methods);
        Assert.Equal(methods.Count + codes.Count, rows["Total HTCPCP Packets"]);
        Assert.Equal(methods.Count, rows["HTCPCP Request Packets"]);
        Assert.Equal(codes.Count, rows["HTCPCP Response Packets"]);
        foreach (var group in methods.GroupBy(m => m))
            Assert.Equal(group.Count(), rows[group.Key]);
        foreach (var group in codes.GroupBy(c => c))
            Assert.Equal(group.Count(), rows.Single(r => r.Key.StartsWith(group.Key + " ", StringComparison.Ordinal)).Value);
        Assert.StartsWith("\n=", table, StringComparison.Ordinal);
        Assert.Contains("HTCPCP/Packet Counter:\nTopic / Item", table, StringComparison.Ordinal);
    }
}
