using Sniffer.Dissectors.Taps;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Output;

namespace Sniffer.Capture;

/// <summary>
/// The live output of <c>sniffer capture</c> (no -w, or --print): each packet dissected and printed as tshark's
/// summary line, exactly as <c>sniffer read</c> prints it. It runs on the capture session's writer thread, never
/// on a capture thread, so dissection cannot make libpcap drop packets; output is flushed every tick.
/// <para>
/// With --keylog the key log is followed as it grows (<see cref="KeyLogFollower"/>). A TLS peer writes a secret to its
/// key log only after it has used it (the server logs the client's application secret once it has read the client's
/// Finished), so packets are held back <see cref="KeyLogDelayNs"/> before they are dissected, long enough for the line
/// to reach the file; without --keylog every packet is dissected as it comes.
/// </para>
/// <para>With -Y only the packets the display filter selects are printed (conversation state still sees every packet).</para>
/// </summary>
public sealed class LiveSummarySink(TextWriter output, KeyLogFollower? keyLog = null, IFrameFilter? filter = null) : ICapturedPacketSink
{
    /// <summary>How long packets wait for their keys with --keylog.</summary>
    public const long KeyLogDelayNs = 300_000_000;

    /// <summary>At most this many bytes wait with --keylog; beyond it the oldest are dissected at once (memory stays bounded).</summary>
    public const long MaxHeldBytes = 32 << 20;

    private readonly DissectionRun _run = new(DefaultDissectors.CreateRegistry(keyLog?.Keys), [new SummaryPrinter(output)], filter);
    private readonly Queue<(CapturedPacket Packet, long ArrivedNs)> _held = new();
    private long _heldBytes;
    private LinkType[] _links = [];
    private bool _pending;

    public CaptureError? Failure { get; private set; }

    public void Begin(CaptureStart start)
    {
        _links = new LinkType[start.Interfaces.Count];
        foreach (var i in start.Interfaces)
            _links[i.Id] = i.LinkType;
    }

    public SinkVerdict Accept(in CapturedPacket packet)
    {
        if (keyLog is null)
            return DissectAndPrint(packet);
        long now = CaptureClock.NowNs();
        _held.Enqueue((packet with { Data = packet.Data.ToArray() }, now));
        _heldBytes += packet.Data.Length;
        return Release(now, all: false);
    }

    public SinkVerdict Tick(long nowNs)
    {
        if (keyLog is not null && Release(nowNs, all: false) != SinkVerdict.Continue)
            return SinkVerdict.Failed;
        if (!_pending)
            return SinkVerdict.Continue;
        _pending = false;
        try
        {
            output.Flush();
        }
        catch (IOException e)
        {
            Failure = new CaptureError(CaptureErrorKind.WriteFailed, "The live output could not be written: " + e.Message);
            return SinkVerdict.Failed;
        }
        return SinkVerdict.Continue;
    }

    public void End(CaptureSummary summary)
    {
        if (keyLog is not null && Failure is null)
            Release(long.MaxValue, all: true);
        try { output.Flush(); }
        catch (IOException) { }
    }

    /// <summary>Dissects the held packets that have waited long enough (all of them at the end), oldest first.</summary>
    private SinkVerdict Release(long nowNs, bool all)
    {
        if (_held.Count == 0)
            return SinkVerdict.Continue;
        keyLog!.Poll(all ? CaptureClock.NowNs() : nowNs);
        while (_held.TryPeek(out var next) && (all || nowNs - next.ArrivedNs >= KeyLogDelayNs || _heldBytes > MaxHeldBytes))
        {
            _held.Dequeue();
            _heldBytes -= next.Packet.Data.Length;
            if (DissectAndPrint(next.Packet) != SinkVerdict.Continue)
                return SinkVerdict.Failed;
        }
        return SinkVerdict.Continue;
    }

    private SinkVerdict DissectAndPrint(in CapturedPacket packet)
    {
        var frame = packet.ToFrame(_links[packet.InterfaceId]);
        try
        {
            _run.Process(frame);
        }
        catch (IOException e)
        {
            Failure = new CaptureError(CaptureErrorKind.WriteFailed, "The live output could not be written: " + e.Message);
            return SinkVerdict.Failed;
        }
        _pending = true;
        return SinkVerdict.Continue;
    }
}
