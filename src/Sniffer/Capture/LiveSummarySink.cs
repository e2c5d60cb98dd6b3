using Sniffer.Dissectors.Taps;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Output;

namespace Sniffer.Capture;

/// <summary>
/// The live output of <c>sniffer capture</c> (no -w, or -P): each packet dissected and printed as tshark's
/// summary line, exactly as <c>sniffer read</c> prints it. It runs on the capture session's writer thread, never
/// on a capture thread, so dissection cannot make libpcap drop packets; output is flushed every tick.
/// </summary>
public sealed class LiveSummarySink(TextWriter output) : ICapturedPacketSink
{
    private readonly DissectionRun _run = new(DefaultDissectors.CreateRegistry(), [new SummaryPrinter(output)]);
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

    public SinkVerdict Tick(long nowNs)
    {
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
        try { output.Flush(); }
        catch (IOException) { }
    }
}
