using System.Globalization;

namespace Sniffer.Capture;

/// <summary>
/// The live output of <c>sniffer capture</c> until the dissection pipeline takes over: one line per packet,
/// "N  seconds-since-first  interface  length", flushed every tick. This is the placeholder the lead replaces
/// with a sink that dissects (<see cref="CapturedPacket.ToFrame"/>) and prints tshark's summary line; it runs on
/// the writer thread like every <see cref="ICapturedPacketSink"/>. It formats into a reused buffer, so a line
/// costs no allocation.
/// </summary>
public sealed class PacketLinePrinter(TextWriter output) : ICapturedPacketSink
{
    private const int LineCapacity = 256;

    private readonly char[] _line = new char[LineCapacity];
    private string[] _interfaceNames = [];
    private long _firstTimestampNs = -1;
    private bool _pending;

    public CaptureError? Failure { get; private set; }

    public void Begin(CaptureStart start)
    {
        _interfaceNames = new string[start.Interfaces.Count];
        for (int i = 0; i < _interfaceNames.Length; i++)
            _interfaceNames[i] = start.Interfaces[i].Name;
    }

    public SinkVerdict Accept(in CapturedPacket packet)
    {
        if (_firstTimestampNs < 0)
            _firstTimestampNs = packet.TimestampNs;
        long relative = packet.TimestampNs - _firstTimestampNs;
        var line = _line.AsSpan();
        int at = 0;
        Append(line, ref at, packet.Number, 5);
        line[at++] = ' ';
        line[at++] = ' ';
        Append(line, ref at, relative / 1_000_000_000, 0);
        line[at++] = '.';
        Append(line, ref at, Math.Abs(relative % 1_000_000_000), 9, '0');
        line[at++] = ' ';
        line[at++] = ' ';
        var name = _interfaceNames[packet.InterfaceId].AsSpan();
        name = name[..Math.Min(name.Length, LineCapacity / 2)];
        name.CopyTo(line[at..]);
        at += name.Length;
        line[at++] = ' ';
        line[at++] = ' ';
        Append(line, ref at, packet.OriginalLength, 0);
        line[at++] = '\n';
        try
        {
            output.Write(line[..at]);
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

    private static void Append(Span<char> line, ref int at, long value, int width, char pad = ' ')
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out int count, default, CultureInfo.InvariantCulture);
        for (int i = count; i < width; i++)
            line[at++] = pad;
        digits[..count].CopyTo(line[at..]);
        at += count;
    }
}
