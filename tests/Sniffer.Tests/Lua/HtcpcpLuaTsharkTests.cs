using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Files;
using Sniffer.Output;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Http;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Lua;

/// <summary>
/// Issue 9's "how it is checked": the real tshark 4.0 running the committed dissector-lua/htcpcp.lua agrees with
/// Sniffer's C# dissector, frame by frame, on every HTCPCP capture in sample_captures (the lab pot's format included)
/// and on built captures (a message over three segments, two messages in one segment, the odd cases): every htcpcp
/// field and expert in -T fields, the summary lines, the four filters, and — against tshark's own HTTP as an answer
/// key, on the capture rewritten to equal-length HTTP — the frames messages are reported on.
/// </summary>
public class HtcpcpLuaTsharkTests
{
    private static string Lua => Path.Combine(Corpus.RepoRoot, "dissector-lua", "htcpcp.lua");

    private static readonly string[] Fields =
    [
        "frame.number",
        .. HtcpcpFields.Declaration.Fields.Select(f => f.Abbrev),
        .. HtcpcpFields.Declaration.Experts.Select(e => e.Abbrev),
    ];

    public static IEnumerable<object[]> Captures()
    {
        foreach (var file in Corpus.SampleCaptureFiles().Where(f => Path.GetFileName(f).StartsWith("htcpcp", StringComparison.Ordinal)).Order())
            yield return [Path.GetFileName(file)];
        foreach (var name in BuiltCaptures.Keys)
            yield return [name];
    }

    /// <summary>Captures built here, each one connection on port 5030.</summary>
    private static readonly Dictionary<string, Func<TcpCaptureBuilder>> BuiltCaptures = new()
    {
        ["built: one message over three segments"] = () => new TcpCaptureBuilder(serverPort: 5030)
            .SendInPieces(StreamDirection.ClientToServer,
                "BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Type: message/coffeepot\r\nAccept-Additions: Cream; Whole-milk;q=0.5\r\nContent-Length: 5\r\n\r\nstart", 23, 60)
            .SendInPieces(StreamDirection.ServerToClient, "HTCPCP/1.0 200 OK\r\nContent-Type: message/coffeepot\r\nContent-Length: 14\r\n\r\npot-1 brewing.", 10, 40)
            .Fin(StreamDirection.ServerToClient).Fin(StreamDirection.ClientToServer),
        ["built: two messages in one segment"] = () => new TcpCaptureBuilder(serverPort: 5030)
            .Request("BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Length: 5\r\n\r\nstartWHEN coffee://pot-1 HTCPCP/1.0\r\n\r\n")
            .Response("HTCPCP/1.0 418 I'm a teapot\r\nContent-Length: 0\r\n\r\nHTCPCP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nwhen")
            .Fin(StreamDirection.ServerToClient).Fin(StreamDirection.ClientToServer),
        ["built: lab quirks and odd lines"] = () => new TcpCaptureBuilder(serverPort: 5030)
            .Request("BREW coffee://ducky HTTP/1.1\r\nContent-Type: message/coffeepot\r\n\r\nstart")
            .Response("HTCPCP/1.0 406 Not Acceptable\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n\r\nWhisky is not served")
            .Request("WHEN koffie://pot-2 HTCPCP/1.0\r\n\r\nSTIR coffee://pot-1 HTCPCP/1.0\r\n\r\n")
            .Response("HTCPCP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nno pot\r\n0\r\n\r\nHTCPCP/1.0 teapot\r\nContent-Length: 0\r\n\r\n")
            .Request("BREW /pot-0/darjeeling HTCPCP/1.1\r\nContent-Type: message/teapot\r\nstop\r\n")
            .Request("leftover\r\n")
            .Response("HTCPCP/1.1 418 I'm a teapot\r\nContent-Type: message/teapot\r\nno tea here\r\n")
            .Fin(StreamDirection.ServerToClient).Fin(StreamDirection.ClientToServer),
    };

    /// <summary>The capture's path: a sample capture, or a built one written where its content names it (so tshark's answers are cached).</summary>
    private static string PathOf(string name)
    {
        if (!BuiltCaptures.TryGetValue(name, out var build))
            return Path.Combine(Corpus.SampleCaptures, name);
        var bytes = build().ToPcap();
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-htcpcp-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.pcap");
        if (!File.Exists(path))
            File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ExternalTools.Result TsharkWithLua(string capture, params string[] more)
        => ExternalTools.Tshark(["-n", "-r", capture, "-X", "lua_script:" + Lua, .. more]);

    /// <summary>tshark+Lua's -T fields of every htcpcp field, with the Lua error column checked empty and dropped.</summary>
    private static string LuaFields(string capture, params string[] options)
    {
        var run = TsharkWithLua(capture, [.. options, "-T", "fields", "-E", "header=y", .. Fields.SelectMany(f => new[] { "-e", f }), "-e", "_ws.lua.error"]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.DoesNotContain("Lua", run.StdErr);
        var lines = GoldenComparison.Lines(run.StdOut);
        foreach (var line in lines.Skip(1))
            Assert.True(line.EndsWith('\t'), $"Lua error in {Path.GetFileName(capture)}: {line[(line.LastIndexOf('\t') + 1)..]}");
        return string.Join('\n', lines.Select(l => l[..l.LastIndexOf('\t')])) + "\n";
    }

    [TsharkTheory]
    [MemberData(nameof(Captures))]
    public void Every_htcpcp_field_and_expert_is_the_same_in_tshark_with_the_lua_as_in_sniffer_frame_by_frame(string name)
    {
        string capture = PathOf(name);
        var (code, sniffer) = SnifferRunner.Read(capture, Fields);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(LuaFields(capture), sniffer, capture);
    }

    [TsharkTheory]
    [MemberData(nameof(Captures))]
    public void Summary_lines_protocol_and_info_columns_are_the_same(string name)
    {
        string capture = PathOf(name);
        var tshark = TsharkWithLua(capture);
        var (code, sniffer) = SnifferRunner.Read(capture, []);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(tshark.StdOut), GoldenComparison.Lines(sniffer), capture, "summary (tshark with htcpcp.lua)");
    }

    /// <summary>The issue's four filters.</summary>
    public static IEnumerable<object[]> Filters() =>
        from capture in Captures()
        from filter in new[] { "htcpcp", "htcpcp.request.method == \"BREW\"", "htcpcp.response.code == 418", "htcpcp.accept_additions contains \"milk\"" }
        select new object[] { capture[0], filter };

    [TsharkTheory]
    [MemberData(nameof(Filters))]
    public void The_issues_filters_select_the_same_frames(string name, string filter)
    {
        string capture = PathOf(name);
        var tshark = TsharkWithLua(capture, "-Y", filter, "-T", "fields", "-e", "frame.number");
        Assert.True(tshark.ExitCode == 0, tshark.StdErr);
        var (code, sniffer) = SnifferRunner.Read(capture, ["frame.number"], displayFilter: filter);
        Assert.Equal(0, code);
        var expected = GoldenComparison.Lines(tshark.StdOut).Where(l => l.Length > 0).ToList();
        var actual = GoldenComparison.Lines(sniffer).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
        if (filter == "htcpcp")
            Assert.NotEmpty(actual);
    }

    [TsharkFact]
    public void A_message_over_three_segments_and_two_messages_in_one_segment_are_each_reported_once_on_the_same_frame()
    {
        string three = PathOf("built: one message over three segments");
        var lines = GoldenComparison.Lines(LuaFields(three)).Skip(1).Select(l => l.Split('\t')).ToList();
        int request = Array.IndexOf(Fields, "htcpcp.request");
        // Frames 4-6 carry the request; it is reported once, on 6 (its last byte). The reply (7-9) on 9.
        Assert.Equal(["6"], lines.Where(l => l[request] == "1").Select(l => l[0]));
        string two = PathOf("built: two messages in one segment");
        lines = GoldenComparison.Lines(LuaFields(two)).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["4\t1,1"], lines.Where(l => l[request].Length > 0).Select(l => l[0] + "\t" + l[request]));
    }

    /// <summary>
    /// The answer key's captures: all but the one with an unframed request body followed by another request on the same
    /// connection, where tshark's HTTP joins that body ("start", no line end) to the next request as a continuation —
    /// the very behaviour issue 9 changes (the real lab opens a connection per request, so it never meets it).
    /// </summary>
    public static IEnumerable<object[]> AnswerKeyCaptures() => Captures().Where(c => (string)c[0] != "built: lab quirks and odd lines");

    [TsharkTheory]
    [MemberData(nameof(AnswerKeyCaptures))]
    public void Messages_are_on_the_frames_tsharks_http_puts_them_when_the_capture_is_rewritten_to_equal_length_http(string name)
    {
        string capture = PathOf(name);
        string rewritten = RewriteToHttp(capture);
        // Only the pot's port: a capture of the web app also holds the browser's real HTTP on 5031.
        var http = ExternalTools.Tshark("-n", "-r", rewritten, "-d", "tcp.port==5030,http", "-Y", "tcp.port == 5030", "-T", "fields",
            "-e", "frame.number", "-e", "http.request", "-e", "http.response");
        Assert.True(http.ExitCode == 0, http.StdErr);
        var tsharkMessages = GoldenComparison.Lines(http.StdOut).Select(l => l.Split('\t'))
            .Where(c => c.Length == 3 && (c[1].Length > 0 || c[2].Length > 0)).Select(c => long.Parse(c[0])).ToHashSet();

        var ours = new HashSet<long>();
        var withoutBlankLine = new HashSet<long>();
        Dissect(capture, packet =>
        {
            if (Values(packet, HtcpcpFields.Request).Any() || Values(packet, HtcpcpFields.Response).Any())
                ours.Add(packet.Frame.Number);
            if (Values(packet, HtcpcpExperts.NoBlankLine).Any())
                withoutBlankLine.Add(packet.Frame.Number);
        });
        var luaLines = GoldenComparison.Lines(LuaFields(capture)).Skip(1).Select(l => l.Split('\t')).ToList();
        int request = Array.IndexOf(Fields, "htcpcp.request"), response = Array.IndexOf(Fields, "htcpcp.response");
        var lua = luaLines.Where(l => l[request].Length > 0 || l[response].Length > 0).Select(l => long.Parse(l[0])).ToHashSet();

        // Every message tshark's HTTP reports, Sniffer (C# and Lua) reports on the same frame. tshark waits forever
        // for the blank line a lab pot never sends, so those messages are Sniffer's alone (and flagged htcpcp.no_blank_line).
        Assert.Equal(ours.Order(), lua.Order());
        Assert.Empty(tsharkMessages.Except(ours));
        Assert.Empty(ours.Except(tsharkMessages).Except(withoutBlankLine));
        Assert.NotEmpty(tsharkMessages);
    }

    [TsharkFact]
    public void Htcpcp_response_in_stays_empty_in_one_pass_as_http_response_in_does()
    {
        string capture = PathOf("htcpcp-lab.pcapng");
        int responseIn = Array.IndexOf(Fields, "htcpcp.response_in");
        // One pass (tshark's default, and Sniffer's): a request cannot know its response yet, for HTTP as for HTCPCP.
        Assert.All(GoldenComparison.Lines(LuaFields(capture)).Skip(1).Select(l => l.Split('\t')), l => Assert.Equal("", l[responseIn]));
    }

    [TsharkTheory]
    [MemberData(nameof(Captures))]
    public void A_two_pass_read_fills_htcpcp_response_in_the_same_in_tshark_with_the_lua_and_in_sniffer(string name)
    {
        string capture = PathOf(name);
        var (code, sniffer) = SnifferRunner.Read(capture, Fields, twoPass: true);
        Assert.Equal(0, code);
        string tshark = LuaFields(capture, "-2");
        GoldenComparison.AssertSameFields(tshark, sniffer, capture);
        if (name == "htcpcp-lab.pcapng")
        {
            int request = Array.IndexOf(Fields, "htcpcp.request"), responseIn = Array.IndexOf(Fields, "htcpcp.response_in");
            var requests = GoldenComparison.Lines(sniffer).Skip(1).Select(l => l.Split('\t')).Where(l => l[request] == "1").ToList();
            Assert.Equal(6, requests.Count);
            Assert.All(requests, l => Assert.NotEqual("", l[responseIn]));
        }
    }

    [TsharkFact]
    public void On_another_port_the_heuristic_finds_htcpcp_and_the_port_preference_can_name_it_in_both()
    {
        // A BREW is found by the heuristic on any port; a GET of an HTTP-looking target only where the port says so.
        string heuristic = PathOf(new TcpCaptureBuilder(serverPort: 47777)
            .Request("BREW coffee://pot-1 HTCPCP/1.0\r\nContent-Length: 5\r\n\r\nstart")
            .Response("HTCPCP/1.0 200 OK\r\nContent-Length: 7\r\n\r\nbrewing")
            .Fin(StreamDirection.ServerToClient).Fin(StreamDirection.ClientToServer));
        var (code, sniffer) = SnifferRunner.Read(heuristic, Fields);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(LuaFields(heuristic), sniffer, heuristic);
        Assert.Contains("\tBREW\t", sniffer);

        string byPort = PathOf(new TcpCaptureBuilder(serverPort: 47778)
            .Request("GET /pot-0 HTCPCP/1.0\r\n\r\n")
            .Response("HTCPCP/1.0 200 OK\r\nContent-Length: 4\r\n\r\nidle")
            .Fin(StreamDirection.ServerToClient).Fin(StreamDirection.ClientToServer));
        (code, sniffer) = SnifferRunner.Read(byPort, Fields, preferences: ["htcpcp.tcp.port:5030,47778"]);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(LuaFields(byPort, "-o", "htcpcp.tcp.port:5030,47778"), sniffer, byPort);
        Assert.Contains("\tGET\t", sniffer);
    }

    private static string PathOf(TcpCaptureBuilder capture)
    {
        var bytes = capture.ToPcap();
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-htcpcp-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.pcap");
        if (!File.Exists(path))
            File.WriteAllBytes(path, bytes);
        return path;
    }

    private static IEnumerable<string> Values(PacketContext packet, FieldDef field)
    {
        var tree = packet.Tree;
        for (int i = 0; i < tree.Count; i++)
            if (ReferenceEquals(tree[i].Field, field))
                yield return FieldValueFormatter.ToText(tree, tree[i]);
    }

    private static void Dissect(string capture, Action<PacketContext> each, PacketDissector? dissector = null)
    {
        dissector ??= new PacketDissector(DefaultDissectors.CreateRegistry());
        using var reader = CaptureFileReader.Open(capture);
        while (reader.TryReadNext(out var frame))
            each(dissector.Dissect(frame));
        Assert.Null(reader.Error);
    }

    /// <summary>
    /// The capture with its HTCPCP start lines made HTTP of the same length, as the issue's answer key asks: BREW→POST,
    /// WHEN→LOCK, and a status line's "HTCPCP/1.1 S P" → "HTTP/1.1 S P!!". Each TCP direction is rewritten as one
    /// stream (a line may be split across segments), then written back into the same segments, so frame numbers,
    /// lengths and sequence numbers stay.
    /// </summary>
    private static string RewriteToHttp(string capture)
    {
        var frames = new List<(long Time, byte[] Data, int PayloadStart, int PayloadLength, string Direction)>();
        using (var reader = CaptureFileReader.Open(capture))
        {
            while (reader.TryReadNext(out var frame))
            {
                var data = frame.Data.ToArray();
                // Ethernet, IPv4, TCP (what sample_captures and the built captures hold).
                int ip = 14, ipLength = (data[ip] & 0x0F) * 4, totalLength = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(ip + 2));
                int tcp = ip + ipLength, tcpLength = (data[tcp + 12] >> 4) * 4;
                string direction = $"{Convert.ToHexString(data, ip + 12, 4)}:{BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(tcp))}->"
                    + $"{Convert.ToHexString(data, ip + 16, 4)}:{BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(tcp + 2))}";
                frames.Add((frame.Timestamp, data, tcp + tcpLength, ip + totalLength - (tcp + tcpLength), direction));
            }
        }
        foreach (var group in frames.Where(f => f.PayloadLength > 0).GroupBy(f => f.Direction))
        {
            var stream = group.SelectMany(f => f.Data.Skip(f.PayloadStart).Take(f.PayloadLength)).ToArray();
            RewriteStartLines(stream);
            int at = 0;
            foreach (var f in group)
            {
                stream.AsSpan(at, f.PayloadLength).CopyTo(f.Data.AsSpan(f.PayloadStart));
                at += f.PayloadLength;
            }
        }
        using var output = new MemoryStream();
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xA1B23C4D); // nanosecond pcap
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 262144);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1);
        output.Write(header);
        Span<byte> record = stackalloc byte[16];
        foreach (var f in frames)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)(f.Time / 1_000_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)(f.Time % 1_000_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[8..], (uint)f.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)f.Data.Length);
            output.Write(record);
            output.Write(f.Data);
        }
        var bytes = output.ToArray();
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-htcpcp-as-http-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.pcap");
        if (!File.Exists(path))
            File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void RewriteStartLines(byte[] stream)
    {
        for (int i = 0; i < stream.Length; i++)
        {
            if (i > 0 && stream[i - 1] != (byte)'\n')
                continue;
            var rest = stream.AsSpan(i);
            if (rest.StartsWith("BREW "u8))
                "POST"u8.CopyTo(rest);
            else if (rest.StartsWith("WHEN "u8))
                "LOCK"u8.CopyTo(rest);
            else if (rest.StartsWith("HTCPCP/"u8) || rest.StartsWith("HTCPCP-TEA/"u8))
            {
                int versionLength = rest.StartsWith("HTCPCP/"u8) ? 7 : 11;
                int end = rest.IndexOfAny((byte)'\r', (byte)'\n');
                if (end < 0)
                    end = rest.Length;
                var line = rest[..end];
                var rewritten = Encoding.ASCII.GetBytes("HTTP/" + Encoding.ASCII.GetString(line[versionLength..]) + new string('!', versionLength - 5));
                rewritten.CopyTo(line);
            }
        }
    }
}
