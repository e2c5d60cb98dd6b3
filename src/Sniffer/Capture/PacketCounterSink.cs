namespace Sniffer.Capture;

/// <summary>
/// dumpcap's live counter: "Packets: N" rewritten in place (a carriage return before it) on standard error while a
/// file is written, shown only when standard error is a terminal. Updated at most every tick, so it costs nothing
/// per packet but an increment.
/// </summary>
public sealed class PacketCounterSink(TextWriter terminal) : ICapturedPacketSink
{
    private ulong _count;
    private ulong _shown;
    private bool _everShown;

    public CaptureError? Failure => null;

    public void Begin(CaptureStart start) { }

    public SinkVerdict Accept(in CapturedPacket packet)
    {
        _count++;
        return SinkVerdict.Continue;
    }

    public SinkVerdict Tick(long nowNs)
    {
        if (_count != _shown || !_everShown)
            Show();
        return SinkVerdict.Continue;
    }

    public void End(CaptureSummary summary)
    {
        Show();
        Write("\n");
    }

    private void Show()
    {
        _shown = _count;
        _everShown = true;
        Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\rPackets: {_count} "));
    }

    private void Write(string text)
    {
        try
        {
            terminal.Write(text);
            terminal.Flush();
        }
        catch (IOException) { }
    }
}
