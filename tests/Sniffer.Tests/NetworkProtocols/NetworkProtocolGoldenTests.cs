using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Arp;
using Sniffer.Dissectors.Protocols.Dhcp;
using Sniffer.Dissectors.Protocols.Dns;
using Sniffer.Dissectors.Protocols.Icmp;
using Sniffer.Dissectors.Protocols.Icmpv6;
using Sniffer.Dissectors.Protocols.Ntp;
using Sniffer.Dissectors.Transport;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>
/// Issue 12 item 2: ARP, ICMP, ICMPv6/NDP, UDP, DNS (UDP and TCP), mDNS, LLMNR, DHCP, NTP and SSDP against live tshark
/// 4.0 on the captures made for them (sample_captures, see regenerate-network.sh) and on Wireshark's own DHCP and HTTP
/// captures: summary lines, every field these protocols declare, frame.protocols, and -z io,phs.
/// </summary>
public class NetworkProtocolGoldenTests
{
    /// <summary>Captures with these protocols: the four made on this machine, and corpus-wireshark's (skipped when ../shared is absent).</summary>
    public static IEnumerable<object[]> Captures()
    {
        foreach (var name in new[] { "dns-icmp-arp.pcapng", "ndp-icmpv6.pcapng", "dhcp-lease.pcapng", "udp-services.pcapng" })
            yield return [Path.Combine("sample_captures", name)];
        string wireshark = Path.Combine(Corpus.RepoRoot, "..", "shared", "corpus-wireshark");
        foreach (var name in new[] { "dhcp.pcap", "dhcp.pcapng", "dhcp-nanosecond.pcap", "dhcp-nanosecond.pcapng", "wiki/dhcp_big_endian.pcapng", "wiki/http.cap" })
            yield return [Path.GetRelativePath(Corpus.RepoRoot, Path.Combine(wireshark, name))];
    }

    /// <summary>Every field and expert item the new protocols declare, UDP's, and the HTTP fields SSDP fills.</summary>
    public static readonly string[] Fields = BuildFields();

    private static string[] BuildFields()
    {
        var list = new List<string> { "frame.number", "frame.protocols" };
        foreach (var d in new[] { ArpFields.Declaration, IcmpFields.Declaration, Icmpv6Fields.Declaration, DnsFields.Declaration,
                     DhcpFields.Declaration, NtpFields.Declaration, UdpFields.Declaration })
        {
            list.AddRange(d.Fields.Select(f => f.Abbrev));
            list.AddRange(d.Experts.Select(e => e.Abbrev));
        }
        list.AddRange(
        [
            "http.request", "http.response", "http.notification", "http.request.method", "http.request.uri", "http.request.version",
            "http.request.full_uri", "http.request.line", "http.response.line", "http.response.code", "http.response.code.desc",
            "http.response.phrase", "http.response.version", "http.host", "http.user_agent", "http.server", "http.location",
            "http.cache_control", "http.unknown_header", "http.request_number", "http.response_number", "http.chat",
        ]);
        return [.. list.Distinct()];
    }

    private static bool Available(string file, out string reason)
    {
        reason = "";
        if (!ExternalTools.HasTshark)
            reason = ExternalTools.TsharkAbsentReason;
        else if (!File.Exists(file))
            reason = file.Contains("shared", StringComparison.Ordinal) ? Corpus.AbsentReason : $"{file} is missing";
        return reason.Length == 0;
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Summary_lines_match_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (!Available(file, out var why))
        {
            Console.WriteLine($"skipped: {why}");
            return;
        }
        var expected = GoldenComparison.Lines(ExternalTools.Tshark("-n", "-r", file).StdOut);
        var (code, output) = SnifferRunner.Read(file, []);
        Assert.Equal(0, code);
        var actual = GoldenComparison.Lines(output);
        var frames = FramesToCompare(file);
        GoldenComparison.AssertSameLines(Select(expected, frames, 0), Select(actual, frames, 0), file, "summary");
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Every_field_of_the_new_protocols_matches_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (!Available(file, out var why))
        {
            Console.WriteLine($"skipped: {why}");
            return;
        }
        var args = new List<string> { "-n", "-r", file, "-T", "fields", "-E", "header=y" };
        foreach (var f in Fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.True(expected.ExitCode == 0, expected.StdErr);
        var (code, actual) = SnifferRunner.Read(file, Fields);
        Assert.Equal(0, code);
        var frames = FramesToCompare(file);
        string Keep(string text) => string.Join('\n', Select(GoldenComparison.Lines(text), frames, 1));
        GoldenComparison.AssertSameFields(Keep(expected.StdOut), Keep(actual), file);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Protocol_hierarchy_statistics_match_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (!Available(file, out var why))
        {
            Console.WriteLine($"skipped: {why}");
            return;
        }
        if (Path.GetFileName(file) == "http.cap")
        {
            Console.WriteLine("http.cap: its HTTP frames differ in tree placement (see PhsGoldenTests); its DNS frames are compared above");
            return;
        }
        PhsComparison.AssertSame(file);
    }

    /// <summary>
    /// Which frames to compare: every frame of the captures made for these protocols; in Wireshark's captures, the frames
    /// that carry one of them (http.cap's HTTP/TCP frames are the TCP and HTTP dissectors' business).
    /// </summary>
    private static HashSet<long>? FramesToCompare(string file)
    {
        if (!file.Contains("corpus-wireshark", StringComparison.Ordinal))
            return null;
        var rows = ExternalTools.Tshark("-n", "-r", file, "-T", "fields", "-e", "frame.number", "-e", "frame.protocols").StdOut;
        string[] mine = ["arp", "icmp", "icmpv6", "dns", "mdns", "llmnr", "dhcp", "ntp", "ssdp"];
        var keep = new HashSet<long>();
        foreach (var line in GoldenComparison.Lines(rows))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && parts[1].Split(':').Intersect(mine).Any())
                keep.Add(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
        }
        return keep;
    }

    /// <summary>The lines of <paramref name="frames"/> (all when null); <paramref name="header"/> leading lines are kept as they are.</summary>
    private static List<string> Select(IReadOnlyList<string> lines, HashSet<long>? frames, int header)
    {
        var kept = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (frames is null || i < header)
            {
                kept.Add(lines[i]);
                continue;
            }
            var first = lines[i].TrimStart().Split([' ', '\t'], 2)[0];
            if (long.TryParse(first, out long number) && frames.Contains(number))
                kept.Add(lines[i]);
        }
        return kept;
    }

    [Fact]
    public void The_field_list_names_only_fields_tshark_knows()
    {
        Assert.True(Fields.Length > 250, $"{Fields.Length} fields");
        foreach (var f in Fields)
            Assert.NotNull(FieldCatalog.Shared.Find(f));
    }
}
