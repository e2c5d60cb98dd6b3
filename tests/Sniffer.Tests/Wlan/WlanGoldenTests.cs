using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Wlan;

/// <summary>
/// Issue 12 item 3: the scapy-made Wi-Fi sample captures (radiotap, PPI and bare 802.11; sample_captures/wifi.py)
/// read as tshark 4.0 reads them: summary lines (MAC addresses with "(TA)"/"(RA)"), frame.protocols, and every
/// wlan, wlan_radio, radiotap, PPI and LLC field below, one tshark run per capture and field set.
/// </summary>
public class WlanGoldenTests
{
    public static readonly string[] WlanFields =
    [
        "frame.number", "frame.protocols", "frame.encap_type", "wlan.fc.type_subtype", "wlan.fc.type", "wlan.fc.subtype", "wlan.fc",
        "wlan.flags", "wlan.fc.ds", "wlan.fc.tods", "wlan.fc.fromds", "wlan.fc.retry", "wlan.fc.pwrmgt", "wlan.fc.protected",
        "wlan.duration", "wlan.ra", "wlan.ta", "wlan.da", "wlan.sa", "wlan.bssid", "wlan.staa", "wlan.addr", "wlan.seq", "wlan.frag",
        "wlan.qos", "wlan.qos.tid", "wlan.qos.priority", "wlan.qos.ack", "wlan.qos.bit4", "wlan.qos.eosp", "wlan.qos.txop_dur_req",
        "wlan.qos.ps_buf_state", "wlan.qos.buf_state_indicated", "wlan.mgt", "wlan.fixed.all", "wlan.fixed.timestamp",
        "wlan.fixed.beacon", "wlan.fixed.capabilities", "wlan.fixed.capabilities.ess", "wlan.fixed.capabilities.privacy",
        "wlan.fixed.capabilities.short_slot_time", "wlan.fixed.auth.alg", "wlan.fixed.auth_seq", "wlan.fixed.status_code",
        "wlan.fixed.aid", "wlan.fixed.listen_ival", "wlan.fixed.current_ap", "wlan.fixed.reason_code", "wlan.tagged.all", "wlan.tag",
        "wlan.tag.number", "wlan.tag.length", "wlan.ssid", "wlan.supported_rates", "wlan.ds.current_channel", "wlan.tim.dtim_count",
        "wlan.tim.dtim_period", "wlan.tim.bmapctl", "wlan.tim.bmapctl.offset", "wlan.tim.partial_virtual_bitmap", "wlan.rsn.version",
        "wlan.rsn.gcs", "wlan.rsn.gcs.oui", "wlan.rsn.gcs.type", "wlan.rsn.pcs.count", "wlan.rsn.pcs", "wlan.rsn.pcs.type",
        "wlan.rsn.akms.count", "wlan.rsn.akms.type", "wlan.rsn.capabilities", "wlan.rsn.capabilities.mfpr", "wlan.rsn.capabilities.mfpc",
        "wlan.rsn.pmkid.count", "wlan.rsn.gmcs.type", "wlan.ccmp.extiv", "wlan.ba.control", "wlan.ba.control.ackpolicy",
        "wlan.ba.control.ba_type", "wlan.fixed.ssc", "wlan.fixed.ssc.sequence", "wlan.ba.bm", "llc.dsap", "llc.dsap.sap", "llc.ssap",
        "llc.control", "llc.control.ftype", "llc.oui", "llc.type", "data.len", "ip.src", "ip.dst", "tcp.stream", "tcp.srcport",
        "tcp.analysis.retransmission", "udp.dstport",
    ];

    public static readonly string[] RadioFields =
    [
        "frame.number", "radiotap.version", "radiotap.pad", "radiotap.length", "radiotap.present", "radiotap.present.word",
        "radiotap.present.tsft", "radiotap.present.rate", "radiotap.present.mcs", "radiotap.present.vht", "radiotap.present.ext",
        "radiotap.mactime", "radiotap.flags", "radiotap.flags.preamble", "radiotap.flags.fcs", "radiotap.datarate",
        "radiotap.channel.freq", "radiotap.channel.flags", "radiotap.channel.flags.cck", "radiotap.channel.flags.ofdm",
        "radiotap.channel.flags.2ghz", "radiotap.dbm_antsignal", "radiotap.dbm_antnoise", "radiotap.antenna", "radiotap.mcs",
        "radiotap.mcs.known", "radiotap.mcs.have_bw", "radiotap.mcs.have_index", "radiotap.mcs.index", "radiotap.mcs.bw",
        "radiotap.mcs.gi", "radiotap.mcs.format", "radiotap.mcs.fec", "radiotap.vht", "radiotap.vht.known", "radiotap.vht.have_stbc",
        "radiotap.vht.have_gi", "radiotap.vht.stbc", "radiotap.vht.gi", "radiotap.vht.bw", "radiotap.vht.user", "radiotap.vht.mcs.0",
        "radiotap.vht.nss.0", "radiotap.vht.nsts.0", "radiotap.vht.coding.0", "radiotap.vht.datarate.0", "wlan_radio",
        "wlan_radio.phy", "wlan_radio.11g.mode", "wlan_radio.short_preamble", "wlan_radio.data_rate", "wlan_radio.channel",
        "wlan_radio.frequency", "wlan_radio.signal_dbm", "wlan_radio.noise_dbm", "wlan_radio.snr", "wlan_radio.timestamp",
        "wlan_radio.duration", "wlan_radio.preamble", "wlan_radio.ifs", "wlan_radio.start_tsf", "wlan_radio.end_tsf",
        "wlan_radio.11n.mcs_index", "wlan_radio.11n.bandwidth", "wlan_radio.11n.short_gi", "wlan_radio.11n.greenfield",
        "wlan_radio.11n.fec", "wlan_radio.11ac.bandwidth", "wlan_radio.11ac.short_gi", "wlan_radio.11ac.stbc", "wlan_radio.11ac.user",
        "wlan_radio.11ac.mcs", "wlan_radio.11ac.nss", "wlan_radio.11ac.nsts", "wlan_radio.11ac.fec", "ppi.version", "ppi.flags",
        "ppi.flags.alignment", "ppi.length", "ppi.dlt", "ppi.field_type", "ppi.field_len", "ppi.80211-common.tsft",
        "ppi.80211-common.flags", "ppi.80211-common.flags.fcs", "ppi.80211-common.rate", "ppi.80211-common.chan.freq",
        "ppi.80211-common.chan.flags", "ppi.80211-common.chan.flags.cck", "ppi.80211-common.fhss.hopset",
        "ppi.80211-common.dbm.antsignal", "ppi.80211-common.dbm.antnoise",
    ];

    public static IEnumerable<object[]> WifiCaptures() => Corpus.SampleCaptureFiles()
        .Where(f => Path.GetFileName(f).StartsWith("wifi-", StringComparison.Ordinal))
        .Select(f => new object[] { Path.GetRelativePath(Corpus.RepoRoot, f) });

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void Wlan_and_llc_fields_match_tshark(string relativePath) => AssertFieldsMatch(relativePath, WlanFields);

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void Radio_header_fields_match_tshark(string relativePath) => AssertFieldsMatch(relativePath, RadioFields);

    [TsharkTheory]
    [MemberData(nameof(WifiCaptures))]
    public void Summary_lines_match_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var expected = ExternalTools.Tshark("-n", "-r", file);
        var (code, actual) = SnifferRunner.Read(file, []);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual), file, "summary");
    }

    [Fact]
    public void Every_wifi_link_type_and_frame_kind_is_in_the_sample_captures()
    {
        var names = WifiCaptures().Select(o => Path.GetFileName((string)o[0])).ToList();
        Assert.Contains("wifi-radiotap.pcap", names);
        Assert.Contains("wifi-ppi.pcap", names);
        Assert.Contains("wifi-80211.pcap", names);
    }

    private static void AssertFieldsMatch(string relativePath, string[] fields)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        var args = new List<string> { "-n", "-r", file, "-T", "fields", "-E", "header=y" };
        foreach (var f in fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, fields);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameFields(expected.StdOut, actual, file);
    }
}
