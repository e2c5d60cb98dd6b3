using Sniffer.Output;
using Sniffer.Pipeline;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Names tshark registers twice (ip.version by packet-ip.c and, masked 0xF0, by packet-ipv6.c; dns.qry.class and
/// dns.resp.class by DNS and, masked 0x7FFF, for mDNS; radiotap.mcs.have_bw for MCS and VHT): a filter or -e field with that name answers every definition.
/// Compared with live tshark on the captures that carry both definitions (IPv4 and IPv6; DNS and mDNS), with only
/// the fields asked for built into the tree (-T fields), so the field subset keeps the second definitions too.
/// </summary>
public class SameNameFieldGoldenTests
{
    private static readonly string[] Captures = ["udp-services.pcapng", "ndp-icmpv6.pcapng", "dns-icmp-arp.pcapng"];

    private static readonly string[] Fields = ["frame.number", "ip.version", "dns.qry.class", "dns.resp.class", "dns.qry.qu", "radiotap.mcs.have_bw"];

    public static TheoryData<string, string> Filters()
    {
        var data = new TheoryData<string, string>();
        foreach (var capture in Captures)
            foreach (var filter in (string[])["ip.version == 6", "ip.version == 4 && dns", "ip.version", "dns.qry.class == 1",
                "dns.qry.class == 0x8001", "dns.resp.class == 0x0001 && mdns", "dns.resp.class != 1", "dns.qry.class in {1, 255}"])
                data.Add(capture, filter);
        // radiotap.mcs.have_bw: the MCS field's bit (mask 0x01) and, by tshark's own slip, the VHT known word's (0x0040).
        data.Add("wifi-radiotap.pcap", "radiotap.mcs.have_bw");
        data.Add("wifi-radiotap.pcap", "radiotap.mcs.have_bw == 1");
        return data;
    }

    [TsharkTheory]
    [MemberData(nameof(Filters))]
    public void A_filter_and_fields_over_a_twice_defined_name_match_every_definition_as_tshark(string capture, string filter)
    {
        string file = Path.Combine(Corpus.SampleCaptures, capture);
        var args = new List<string> { "-n", "-r", file, "-Y", filter, "-T", "fields", "-E", "header=y" };
        foreach (var f in Fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, Fields, displayFilter: filter);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, file);
    }

    [TsharkTheory]
    [InlineData("udp-services.pcapng", MachineFormat.Json)]
    [InlineData("udp-services.pcapng", MachineFormat.Ek)]
    [InlineData("ndp-icmpv6.pcapng", MachineFormat.Json)]
    [InlineData("ndp-icmpv6.pcapng", MachineFormat.Ek)]
    public void Json_and_ek_field_selection_over_a_twice_defined_name_match_tshark(string capture, MachineFormat format)
    {
        string file = Path.Combine(Corpus.SampleCaptures, capture);
        string[] fields = ["ip.version", "dns.qry.class", "dns.resp.class"];
        var args = new List<string> { "-n", "-r", file, "-T", format == MachineFormat.Json ? "json" : "ek" };
        foreach (var f in fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Run(new ReadSettings { File = file, Output = PacketOutput.Machine, Machine = format, Fields = fields });
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(Normalised(expected.StdOut), Normalised(actual), file, $"-T {format} -e");
    }

    /// <summary>The lines, without EK's index date and timestamp (the time of the run and the capture's zone).</summary>
    private static List<string> Normalised(string output) =>
        [.. GoldenComparison.Lines(output).Where(l => !l.StartsWith("{\"index\"", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"timestamp\":\"[0-9]+\"", ""))];
}
