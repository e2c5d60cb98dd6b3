using System.Text.Json;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issue 15: <c>sniffer -G fields | protocols | elastic-mapping</c> list what Sniffer declares in tshark 4.0's layout,
/// and each declaration tshark also has reads as tshark's line does (name, type, parent, base, bitmask, description).
/// </summary>
public class GlossaryGoldenTests
{
    /// <summary>Protocols tshark does not have: their fields are Sniffer's own.</summary>
    /// (_ws.col: tshark 4.0 accepts the column names in -e without registering them as fields; Sniffer declares them.)
    private static readonly string[] SnifferOnlyProtocols = ["htcpcp", "_ws.col"];

    /// <summary>
    /// Expert items Sniffer raises where tshark says nothing or says it otherwise (its own reassembly limits, the TLS
    /// records it could not decrypt, HTTP framing faults it names): declared in Sniffer's own words.
    /// </summary>
    private static readonly string[] SnifferOnlyExperts =
    [
        "tcp.reassembly.limit", "tcp.reassembly.gap", "tls.decryption.failed",
    ];

    /// <summary>
    /// Abbreviations tshark registers twice (an SSLv2 or XDLC variant beside the one Sniffer declares); its -G fields
    /// prints only one registration per abbreviation, the one Sniffer does not use.
    /// </summary>
    private static readonly string[] RegisteredTwiceByTshark =
    [
        "tls.handshake.type", "tls.handshake.session_id_length", "llc.control.ftype",
        // packet-icmpv6.c: an FT_ETHER registration for Ethernet-sized addresses beside the FT_BYTES one -G prints.
        "icmpv6.opt.linkaddr", "icmpv6.opt.src_linkaddr", "icmpv6.opt.target_linkaddr",
        // packet-dns.c: mDNS's registration (BASE_HEX, the cache-flush bit masked off) beside the plain one Sniffer uses.
        "dns.rr.udp_payload_size",
        // packet-ieee80211.c: one action-code registration per action category; Sniffer's is the Block Ack one it shows.
        "wlan.fixed.action_code",
    ];

    [TsharkFact]
    public void Every_field_tshark_also_declares_has_tsharks_glossary_line()
    {
        var tshark = ExternalTools.Tshark("-G", "fields");
        Assert.Equal(0, tshark.ExitCode);
        // tshark may declare one abbreviation more than once (llc.control.ftype): any of its lines will do.
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in GoldenComparison.Lines(tshark.StdOut))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 3)
                (lines.TryGetValue(cells[2], out var list) ? list : lines[cells[2]] = []).Add(line);
        }
        var ours = SnifferProcess.Run("-G", "fields");
        Assert.Equal(0, ours.ExitCode);
        int compared = 0;
        var mismatches = new List<string>();
        foreach (var line in GoldenComparison.Lines(ours.StdOut))
        {
            var cells = line.Split('\t');
            string abbrev = cells[2];
            string protocol = cells[0] == "P" ? abbrev : cells[4];
            if (!lines.TryGetValue(abbrev, out var theirs))
            {
                Assert.True(SnifferOnlyProtocols.Contains(protocol) || SnifferOnlyExperts.Contains(abbrev), $"tshark does not declare {abbrev}");
                continue;
            }
            if (RegisteredTwiceByTshark.Contains(abbrev))
                continue;
            if (!theirs.Contains(line))
                mismatches.Add($"sniffer: {line}\n tshark:  {theirs[0]}");
            compared++;
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} declarations differ:\n" + string.Join('\n', mismatches.Take(30)));
        Assert.True(compared > 500, $"only {compared} declarations were compared");
    }

    [TsharkFact]
    public void Protocols_are_listed_with_tsharks_names()
    {
        var tshark = ExternalTools.Tshark("-G", "protocols");
        // tshark lists a few filter names twice (docsis_map): any of its lines will do.
        var theirs = GoldenComparison.Lines(tshark.StdOut).GroupBy(l => l.Split('\t')[2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ours = SnifferProcess.Run("-G", "protocols");
        Assert.Equal(0, ours.ExitCode);
        foreach (var line in GoldenComparison.Lines(ours.StdOut))
        {
            string abbrev = line.Split('\t')[2];
            if (SnifferOnlyProtocols.Contains(abbrev))
                continue;
            Assert.True(theirs.TryGetValue(abbrev, out var expected), $"tshark has no protocol {abbrev}");
            Assert.Contains(line, expected);
        }
    }

    [TsharkFact]
    public void The_elastic_mapping_types_each_field_as_tshark_does()
    {
        using var theirs = JsonDocument.Parse(ExternalTools.Tshark("-G", "elastic-mapping").StdOut);
        var ours = SnifferProcess.Run("-G", "elastic-mapping");
        Assert.Equal(0, ours.ExitCode);
        using var mine = JsonDocument.Parse(ours.StdOut);
        static JsonElement Layers(JsonDocument d) => d.RootElement.GetProperty("mappings").GetProperty("properties").GetProperty("layers").GetProperty("properties");
        Assert.Equal(theirs.RootElement.GetProperty("settings").ToString(), mine.RootElement.GetProperty("settings").ToString());
        Assert.Equal("false", mine.RootElement.GetProperty("mappings").GetProperty("dynamic").ToString().ToLowerInvariant());
        // tshark opens a protocol's object again for each run of its fields in registration order, so one protocol
        // may appear more than once: gather every field mapping tshark writes, by protocol and field.
        var tsharkFields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var protocol in Layers(theirs).EnumerateObject())
            foreach (var field in protocol.Value.GetProperty("properties").EnumerateObject())
                tsharkFields.TryAdd(protocol.Name + "/" + field.Name, field.Value.GetProperty("type").GetString()!);
        int compared = 0;
        foreach (var protocol in Layers(mine).EnumerateObject())
        {
            if (SnifferOnlyProtocols.Contains(protocol.Name))
                continue;
            foreach (var field in protocol.Value.GetProperty("properties").EnumerateObject())
            {
                if (RegisteredTwiceByTshark.Any(a => field.Name == protocol.Name + "_" + a.Replace('.', '_')))
                    continue;
                Assert.True(tsharkFields.TryGetValue(protocol.Name + "/" + field.Name, out var expected), $"tshark maps no {protocol.Name} {field.Name}");
                string type = field.Value.GetProperty("type").GetString()!;
                Assert.True(expected == type, $"{field.Name}: tshark maps it as {expected}, sniffer as {type}");
                compared++;
            }
        }
        Assert.True(compared > 100, $"only {compared} mappings were compared");
    }

    [TsharkFact]
    public void The_elastic_mapping_filter_keeps_the_protocols_tshark_keeps()
    {
        using var theirs = JsonDocument.Parse(ExternalTools.Tshark("-G", "elastic-mapping", "--elastic-mapping-filter", "ip,udp,http").StdOut);
        var ours = SnifferProcess.Run("-G", "elastic-mapping", "--elastic-mapping-filter", "ip,udp,http");
        Assert.Equal(0, ours.ExitCode);
        using var mine = JsonDocument.Parse(ours.StdOut);
        static JsonElement Layers(JsonDocument d) => d.RootElement.GetProperty("mappings").GetProperty("properties").GetProperty("layers").GetProperty("properties");
        static string[] Protocols(JsonDocument d) => Layers(d).EnumerateObject().Select(p => p.Name).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Protocols(theirs), Protocols(mine));
        Assert.Equal(["http", "ip", "udp"], Protocols(mine));
        var tsharkFields = Layers(theirs).EnumerateObject()
            .SelectMany(p => p.Value.GetProperty("properties").EnumerateObject().Select(f => (Key: p.Name + "/" + f.Name, Type: f.Value.GetProperty("type").GetString())))
            .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        foreach (var protocol in Layers(mine).EnumerateObject())
            foreach (var field in protocol.Value.GetProperty("properties").EnumerateObject())
                Assert.Equal(tsharkFields[protocol.Name + "/" + field.Name], field.Value.GetProperty("type").GetString());
    }

    [TsharkFact]
    public void G_help_lists_the_reports_and_a_bad_report_is_refused_as_tshark_refuses_it()
    {
        var help = SnifferProcess.Run("-G", "help");
        Assert.Equal(0, help.ExitCode);
        foreach (var report in new[] { "fields", "protocols", "elastic-mapping" })
            Assert.Contains("-G " + report, help.StdOut);
        var theirs = ExternalTools.Tshark("-G", "bogus");
        var ours = SnifferProcess.Run("-G", "bogus");
        Assert.Equal(theirs.ExitCode, ours.ExitCode);
        Assert.StartsWith("sniffer: Invalid \"bogus\" option for -G flag, enter -G help for more help", ours.StdErr);
    }
}
