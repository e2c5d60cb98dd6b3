using Sniffer.Output;
using Sniffer.Pipeline;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// The hidden "(resolved)" items of MAC addresses (eth.*_resolved, wlan.*_resolved) follow -N as tshark's do: the
/// address's name (well-known addresses, manuf prefixes, ethers) under -N m, the address itself under -n or -N n.
/// Compared with live tshark over Ethernet (including the all-zero Xerox prefix and broadcast) and 802.11 captures.
/// </summary>
public class ResolvedAddressGoldenTests
{
    private static readonly string[] Fields =
    [
        "frame.number", "eth.src_resolved", "eth.dst_resolved", "eth.addr_resolved", "eth.src.oui_resolved", "wlan.ra_resolved",
        "wlan.ta_resolved", "wlan.sa_resolved", "wlan.da_resolved", "wlan.bssid_resolved", "wlan.addr_resolved",
    ];

    [TsharkTheory]
    [InlineData("dns-icmp-arp.pcapng", "m")]
    [InlineData("dns-icmp-arp.pcapng", "n")]
    [InlineData("tcp-echo.pcapng", "m")]
    [InlineData("wifi-80211.pcap", "m")]
    [InlineData("wifi-80211.pcap", "n")]
    [InlineData("wifi-radiotap.pcap", "mt")]
    [InlineData("wifi-80211-extra.pcap", "m")]
    public void Resolved_address_items_follow_name_resolution_as_tshark(string capture, string letters)
    {
        string file = Path.Combine(Corpus.SampleCaptures, capture);
        var args = new List<string> { "-N", letters, "-r", file, "-T", "fields", "-E", "header=y" };
        foreach (var f in Fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        Assert.True(NameResolver.TryParse(letters, out var flags, out _));
        var (code, actual) = SnifferRunner.Run(new ReadSettings
        {
            File = file,
            Output = PacketOutput.Fields,
            Fields = Fields,
            Layout = new FieldsLayout(Header: true),
            NameResolution = flags,
        });
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, file);
    }
}
