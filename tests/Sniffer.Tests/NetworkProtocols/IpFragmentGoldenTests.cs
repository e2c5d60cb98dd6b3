using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>
/// IPv4 and IPv6 fragment reassembly against live tshark 4.0 on the fragment sample captures (ip-fragments.pcap, written by
/// sample_captures/ip_fragments.py: in order, out of order, duplicate, conflicting overlap, never completed, cut short,
/// multiple tails, too long, TCP, same ID from two sources; and the veth capture of real pings, UDP and DNS over the MTU):
/// every fragment and reassembly field in one pass and in two (-2, where the earlier fragments learn
/// ip.reassembled_in / ipv6.reassembled.in), and -Y on those fields selecting the same frames.
/// </summary>
public class IpFragmentGoldenTests
{
    public static readonly string[] FragmentFields =
    [
        "frame.number", "frame.protocols", "ip.id", "ip.flags.mf", "ip.frag_offset", "ip.fragment", "ip.fragment.error", "ip.fragment.count",
        "ip.fragment.overlap", "ip.fragment.overlap.conflict", "ip.fragment.multipletails", "ip.fragment.toolongfragment", "ip.fragments",
        "ip.reassembled_in", "ip.reassembled.length", "ip.reassembled.data", "ipv6.plen", "ipv6.fraghdr.nxt", "ipv6.fraghdr.offset",
        "ipv6.fraghdr.more", "ipv6.fraghdr.ident", "ipv6.fragment", "ipv6.fragment.error", "ipv6.fragment.count", "ipv6.fragment.overlap",
        "ipv6.fragment.overlap.conflict", "ipv6.fragment.multipletails", "ipv6.fragment.toolongfragment", "ipv6.fragments",
        "ipv6.reassembled.in", "ipv6.reassembled.length", "ipv6.reassembled.data", "udp.srcport", "udp.length", "udp.stream", "dns.id",
        "dns.count.answers", "icmp.type", "icmp.seq", "icmpv6.type", "icmpv6.echo.sequence_number", "tcp.srcport", "tcp.len", "data.len",
        "_ws.col.Protocol", "_ws.col.Info",
    ];

    public static IEnumerable<object[]> FragmentCaptures() => Corpus.SampleCaptureFiles()
        .Where(f => Path.GetFileName(f) is "ip-fragments.pcap" or "ip-fragments-veth.pcapng")
        .Select(f => new object[] { Path.GetFileName(f) });

    private static string PathOf(string name) => Path.Combine(Corpus.SampleCaptures, name);

    [TsharkTheory]
    [MemberData(nameof(FragmentCaptures))]
    public void Fragment_and_reassembly_fields_match_tshark(string name)
        => GoldenComparison.AssertFieldsMatchTshark(PathOf(name), FragmentFields);

    [TsharkTheory]
    [MemberData(nameof(FragmentCaptures))]
    public void Two_pass_fields_name_the_frame_each_fragment_was_reassembled_in(string name)
    {
        string file = PathOf(name);
        // The Info column is compared below on the fragments' own lines: a two-pass ICMP echo's "(reply in N)" is ICMP's
        // request/reply matching, which Sniffer's ICMP does not yet note for a second pass.
        string[] fields = [.. FragmentFields.Where(f => f != "_ws.col.Info")];
        var args = new List<string> { "-n", "-2", "-r", file, "-T", "fields", "-E", "header=y" };
        foreach (var f in fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, fields, twoPass: true);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, file);
    }

    [TsharkTheory]
    [MemberData(nameof(FragmentCaptures))]
    public void Two_pass_summary_lines_of_fragments_say_where_they_were_reassembled(string name)
    {
        string file = PathOf(name);
        const string Fragments = "(ip.flags.mf == 1 || ip.frag_offset > 0 || ipv6.fraghdr) && !ip.fragments && !ipv6.fragments";
        var expected = ExternalTools.Tshark("-n", "-2", "-r", file, "-Y", Fragments);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, [], twoPass: true, displayFilter: Fragments);
        Assert.Equal(0, code);
        var lines = GoldenComparison.Lines(expected.StdOut);
        GoldenComparison.AssertSameLines(lines, GoldenComparison.Lines(actual), file, "two-pass summary of fragments");
        Assert.Contains(lines, l => l.Contains("[Reassembled in #", StringComparison.Ordinal));
    }

    /// <summary>Filters on the new fields, in one pass and two.</summary>
    public static IEnumerable<object[]> Filters() =>
        from capture in FragmentCaptures()
        from filter in new[]
        {
            "ip.fragment", "ip.fragment == 6", "ip.fragments", "ip.fragment.error", "ip.fragment.overlap", "ip.fragment.overlap.conflict",
            "ip.fragment.multipletails", "ip.fragment.toolongfragment", "ip.fragment.count >= 3", "ip.reassembled.length > 1000",
            "ip.reassembled_in", "ip.reassembled_in == 4", "ip.frag_offset == 63", "ipv6.fragment", "ipv6.fragments", "ipv6.fragment.error",
            "ipv6.reassembled.in", "ipv6.reassembled.length < 400", "ipv6.fraghdr && !ipv6.fragments", "ip.flags.mf == 1 && !ip.reassembled_in",
        }
        from twoPass in new[] { false, true }
        select new object[] { capture[0], filter, twoPass };

    [TsharkTheory]
    [MemberData(nameof(Filters))]
    public void Filters_on_the_fragment_fields_select_the_same_frames(string name, string filter, bool twoPass)
    {
        string file = PathOf(name);
        var tshark = twoPass
            ? ExternalTools.Tshark("-n", "-2", "-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number")
            : ExternalTools.Tshark("-n", "-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number");
        Assert.True(tshark.ExitCode == 0, tshark.StdErr);
        var (code, sniffer) = SnifferRunner.Read(file, ["frame.number"], twoPass: twoPass, displayFilter: filter);
        Assert.Equal(0, code);
        var expected = GoldenComparison.Lines(tshark.StdOut).Where(l => l.Length > 0).ToList();
        var actual = GoldenComparison.Lines(sniffer).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
    }

    [TsharkFact]
    public void The_sample_capture_has_every_edge_case_the_table_marks()
    {
        // Guards the capture itself: each flag tshark sets appears on at least one frame, so the tests above compare it.
        string file = PathOf("ip-fragments.pcap");
        var (code, actual) = SnifferRunner.Read(file, ["ip.fragment.overlap.conflict", "ip.fragment.multipletails", "ip.fragment.toolongfragment",
            "ipv6.fragment.overlap.conflict", "ipv6.fragments", "ip.reassembled.length"]);
        Assert.Equal(0, code);
        var rows = GoldenComparison.Lines(actual).Skip(1).Select(l => l.Split('\t')).ToList();
        for (int column = 0; column < 6; column++)
            Assert.Contains(rows, r => r[column].Length > 0);
    }
}
