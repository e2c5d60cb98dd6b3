using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>-z io,phs on every sample capture and every shared corpus capture, with the differences that are not io,phs's own listed.</summary>
public class PhsGoldenTests
{
    /// <summary>
    /// Captures whose hierarchy differs because of where other dissectors put items in the tree, not because of the
    /// statistic: tshark adds the "[N Reassembled TCP Segments]" item (tcp.segments, tls.segments) at the top level after
    /// the protocol it carried and calls media dissectors (data-text-lines, xml, urlencoded-form) and decrypted data at the
    /// top level, where Sniffer nests them under TCP, HTTP or TLS; tshark has a "raw" item for raw-IP frames and a top-level
    /// pkt_comment; tshark's 802.11 management frames carry a top-level wlan.mgt item Sniffer's 802.11 tree nests; Sniffer
    /// has no SIP or WireGuard dissector; HTCPCP off leaves bytes tshark's HTTP heuristics take.
    /// </summary>
    private static readonly string[] TreePlacementDiffers =
    [
        "sample_captures/htcpcp-brew.pcapng", "sample_captures/htcpcp-web.pcapng", "sample_captures/http-chunked.pcapng", "sample_captures/http-login-cookies.pcapng",
        "sample_captures/http-range.pcapng", "sample_captures/http10-close.pcapng", "sample_captures/http11-keepalive.pcapng",
        "sample_captures/https-dsb.pcapng", "sample_captures/https.pcapng", "sample_captures/tls12-echo.pcapng",
        "sample_captures/tls13-echo.pcapng", "sample_captures/tls12-records.pcapng", "sample_captures/tls12-renegotiation.pcapng",
        "sample_captures/veth-ethernet.pcapng", "sample_captures/login-edge-cases.pcap", "sample_captures/imap-login.pcapng",
        "sample_captures/wifi-80211.pcap", "sample_captures/wifi-radiotap.pcap", "sample_captures/wifi-ppi.pcap",
        "corpus/illustrated-tls/illustrated-tls12.pcap", "corpus/illustrated-tls/illustrated-tls13-archive.pcap",
        "corpus/illustrated-tls/illustrated-tls13.pcap", "corpus/local/any_sll2_http.pcapng", "corpus/local/tcpdump_http10.pcap",
    ];

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Protocol_hierarchy_matches_tshark_on_sample_captures(string relativePath) => Check(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Protocol_hierarchy_matches_tshark_on_the_shared_corpus(string relativePath) => Check(relativePath);

    private static void Check(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        string normalized = relativePath.Replace('\\', '/');
        if (FoundationGoldenTests.TsharkMisreadsWithoutHtcpcp.Contains(Path.GetFileName(file)))
        {
            Console.WriteLine($"{normalized}: tshark's HTTP heuristic misreads the lab pot's requests (FoundationGoldenTests.TsharkMisreadsWithoutHtcpcp)");
            return;
        }
        if (TreePlacementDiffers.Any(known => normalized.EndsWith(known, StringComparison.Ordinal)))
        {
            Console.WriteLine($"{normalized}: tree placement of reassembly, media or decrypted items differs (see TreePlacementDiffers)");
            return;
        }
        PhsComparison.AssertSame(file);
    }
}
