using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Streams;

/// <summary>
/// Every tcp.analysis condition tshark 4.0 reports, each in a small hand-written conversation: summary lines and
/// every tcp.analysis.* field, tcp.completeness and the stream times compared with live tshark.
/// </summary>
public class TcpAnalysisGoldenTests
{
    public static readonly string[] AnalysisFields =
    [
        "frame.number", "tcp.stream", "tcp.seq", "tcp.ack", "tcp.len", "tcp.completeness", "tcp.time_delta", "tcp.time_relative",
        "tcp.window_size", "tcp.window_size_scalefactor", "tcp.analysis", "tcp.analysis.flags", "tcp.analysis.retransmission",
        "tcp.analysis.fast_retransmission", "tcp.analysis.spurious_retransmission", "tcp.analysis.out_of_order",
        "tcp.analysis.lost_segment", "tcp.analysis.ack_lost_segment", "tcp.analysis.duplicate_ack", "tcp.analysis.duplicate_ack_num",
        "tcp.analysis.duplicate_ack_frame", "tcp.analysis.window_update", "tcp.analysis.window_full", "tcp.analysis.zero_window",
        "tcp.analysis.zero_window_probe", "tcp.analysis.zero_window_probe_ack", "tcp.analysis.keep_alive", "tcp.analysis.keep_alive_ack",
        "tcp.analysis.reused_ports", "tcp.analysis.bytes_in_flight", "tcp.analysis.push_bytes_sent", "tcp.analysis.ack_rtt",
        "tcp.analysis.acks_frame", "tcp.analysis.initial_rtt", "tcp.analysis.rto", "tcp.analysis.rto_frame",
    ];

    public static TheoryData<string> Scenarios() => new(ScenarioBuilders.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Func<TcpScenario>> ScenarioBuilders = new()
    {
        // The lab's coffee_brew pattern: client FIN, server FIN, then the client's FIN again 1 ms later.
        ["fin_resent_after_the_peer_fin"] = () => new TcpScenario("fin").Handshake()
            .Seg('C', "PA", 1, 1, 20, 30).Seg('S', "PA", 1, 21, 30, 31)
            .Seg('C', "FA", 21, 31, 0, 32).Seg('S', "FA", 31, 22, 0, 33).Seg('C', "FA", 21, 31, 0, 34).Seg('C', "A", 22, 32, 0, 35),
        ["window_full_then_zero_window_probe_and_update"] = () => new TcpScenario("window").Handshake(window: 300)
            .Seg('C', "PA", 1, 1, 100, 30).Seg('C', "PA", 101, 1, 200, 31).Seg('S', "A", 1, 301, 0, 40, window: 0)
            .Seg('C', "A", 301, 1, 1, 300).Seg('S', "A", 1, 301, 0, 310, window: 0).Seg('S', "A", 1, 301, 0, 400, window: 500)
            .Seg('C', "PA", 301, 1, 100, 410).Seg('S', "A", 1, 401, 0, 430, window: 500),
        // A frame stamped before the highest segment (an appended copy of a capture, a clock step): packet-tcp.c measures
        // the gap in a guint64, so it is "long ago" — a retransmission, not out of order.
        ["resend_stamped_earlier_than_the_highest_segment"] = () => new TcpScenario("backwards").Handshake()
            .Seg('C', "PA", 1, 1, 100, 30).Seg('C', "PA", 101, 1, 100, 31).Seg('C', "PA", 1, 1, 100, 5).Seg('S', "A", 1, 201, 0, 40),
        ["duplicate_acks_then_fast_retransmission"] = () => new TcpScenario("dupack").Handshake()
            .Seg('C', "A", 1, 1, 100, 30).Seg('C', "A", 201, 1, 100, 31).Seg('S', "A", 1, 101, 0, 40)
            .Seg('S', "A", 1, 101, 0, 41).Seg('S', "A", 1, 101, 0, 42).Seg('S', "A", 1, 101, 0, 43)
            .Seg('C', "A", 101, 1, 100, 45).Seg('S', "A", 1, 301, 0, 60),
        ["retransmission_after_timeout_and_spurious"] = () => new TcpScenario("rto").Handshake()
            .Seg('C', "PA", 1, 1, 50, 30).Seg('C', "PA", 1, 1, 50, 330).Seg('S', "A", 1, 51, 0, 340)
            .Seg('C', "PA", 1, 1, 50, 900).Seg('C', "PA", 51, 1, 10, 910),
        ["out_of_order_segment"] = () => new TcpScenario("ooo").Handshake()
            .Seg('C', "A", 101, 1, 100, 30).Seg('C', "A", 1, 1, 100, 31).Seg('S', "A", 1, 201, 0, 50),
        ["lost_segment_and_acked_unseen_segment"] = () => new TcpScenario("lost").Handshake()
            .Seg('C', "A", 1, 1, 100, 30).Seg('C', "A", 201, 1, 100, 31).Seg('S', "A", 1, 301, 0, 50)
            .Seg('S', "PA", 1, 301, 40, 60).Seg('C', "A", 301, 81, 0, 70).Seg('C', "A", 301, 81, 0, 71),
        ["keep_alive_and_its_ack"] = () => new TcpScenario("keepalive").Handshake()
            .Seg('C', "PA", 1, 1, 10, 30).Seg('S', "A", 1, 11, 0, 40)
            .Seg('C', "A", 10, 1, 0, 5000).Seg('S', "A", 1, 11, 0, 5001).Seg('C', "A", 10, 1, 1, 9000).Seg('S', "A", 1, 11, 0, 9001),
        ["syn_resent_rst_and_ports_reused"] = () => new TcpScenario("reuse")
            .Seg('C', "S", 0, 0, 0, 0).Seg('C', "S", 0, 0, 0, 1000).Seg('S', "SA", 0, 1, 0, 1010).Seg('C', "A", 1, 1, 0, 1020)
            .Seg('C', "PA", 1, 1, 5, 1030).Seg('S', "RA", 1, 6, 0, 1040)
            .Seg('C', "S", 5000, 0, 0, 2000).Seg('S', "SA", 9000, 5001, 0, 2010).Seg('C', "A", 5001, 9001, 0, 2020),
        ["window_scaling_and_sack"] = () => new TcpScenario("sack")
            .Seg('C', "S", 0, 0, 0, 0, 64240, TcpScenario.WindowScale(7)).Seg('S', "SA", 0, 1, 0, 10, 65160, TcpScenario.WindowScale(7))
            .Seg('C', "A", 1, 1, 0, 20, 502).Seg('S', "A", 1, 1, 100, 30, 509).Seg('S', "A", 201, 1, 100, 31, 509)
            .Seg('S', "PA", 301, 1, 100, 32, 509)
            .Seg('C', "A", 1, 101, 0, 40, 502, TcpScenario.SackOfServerData(201, 401)).Seg('S', "A", 401, 1, 50, 41, 509)
            .Seg('S', "A", 101, 1, 100, 42, 509).Seg('C', "A", 1, 451, 0, 60, 502),
        ["no_handshake_seen"] = () => new TcpScenario("midstream")
            .Seg('S', "PA", 500, 300, 100, 0).Seg('C', "A", 300, 600, 0, 5).Seg('C', "PA", 300, 600, 20, 6)
            .Seg('S', "A", 600, 320, 0, 15).Seg('S', "FA", 600, 320, 0, 16).Seg('C', "FA", 320, 601, 0, 17),
        ["syn_with_data_and_unscaled_syn_ack"] = () => new TcpScenario("tfo")
            .Seg('C', "S", 0, 0, 10, 0, 64240, TcpScenario.WindowScale(7)).Seg('S', "SA", 0, 11, 0, 10, 65160)
            .Seg('C', "A", 11, 1, 0, 20, 502).Seg('C', "PA", 11, 1, 600, 21, 502).Seg('S', "A", 1, 611, 0, 30, 100),
    };

    [TsharkTheory]
    [MemberData(nameof(Scenarios))]
    public void Analysis_fields_and_summary_lines_match_tshark(string scenario)
    {
        string file = Path.Combine(Path.GetTempPath(), $"sniffer-tcp-analysis-{scenario}.pcap");
        File.WriteAllBytes(file, ScenarioBuilders[scenario]().ToPcap());
        try
        {
            var summary = ExternalTools.Tshark("-n", "-r", file);
            var (code, ours) = SnifferRunner.Read(file, []);
            Assert.Equal(0, code);
            GoldenComparison.AssertSameLines(GoldenComparison.Lines(summary.StdOut), GoldenComparison.Lines(ours), scenario, "summary");

            var args = new List<string> { "-n", "-r", file, "-T", "fields", "-E", "header=y" };
            foreach (var f in AnalysisFields)
                args.AddRange(["-e", f]);
            var fields = ExternalTools.Tshark([.. args]);
            var (code2, ourFields) = SnifferRunner.Read(file, AnalysisFields);
            Assert.Equal(0, code2);
            GoldenComparison.AssertSameFields(fields.StdOut, ourFields, scenario);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
