namespace Sniffer.Capture;

/// <summary>
/// Where captured packets go. Every method runs on the capture session's one writer thread — never on a
/// capture thread — so a sink may take its time (dissect, print, write) without losing packets in libpcap;
/// if it is slower than the traffic for long, the ring between the threads fills and packets are counted
/// as dropped by Sniffer.
/// <para>
/// The pcapng file writer is one sink (<see cref="PcapngCaptureSink"/>); live printing is another. The
/// dissection pipeline plugs in here: a sink that turns each <see cref="CapturedPacket"/> into a
/// <see cref="Dissectors.Model.Frame"/> (<see cref="CapturedPacket.ToFrame"/>), dissects and prints it.
/// <see cref="LiveSummarySink"/> is that sink.
/// </para>
/// </summary>
public interface ICapturedPacketSink
{
    /// <summary>Before the first packet, with the interfaces that were opened.</summary>
    void Begin(CaptureStart start);

    /// <summary>One packet; its data is valid only during this call.</summary>
    SinkVerdict Accept(in CapturedPacket packet);

    /// <summary>About every 100 ms, packets or not: flush what is buffered, switch ring files on time.</summary>
    SinkVerdict Tick(long nowNs);

    /// <summary>After the last packet, with the final counters (write Interface Statistics Blocks, close files, print totals).</summary>
    void End(CaptureSummary summary);

    /// <summary>Why the sink answered <see cref="SinkVerdict.Failed"/>; null otherwise.</summary>
    CaptureError? Failure { get; }
}
