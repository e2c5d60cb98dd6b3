namespace Sniffer.Dissectors.Streams;

/// <summary>
/// How many bytes waiting for the rest of a PDU Sniffer holds: per direction of one stream, and in total across every
/// stream of the capture. Past the total, the stream that has been idle the longest gives up what it holds (it is
/// told on its next bytes, and a note says so at the end), so memory stays bounded however many connections stall
/// mid-message. One instance per pipeline.
/// </summary>
public sealed class ReassemblyLimits
{
    public const int DefaultMaxPerDirection = 32 * 1024 * 1024;
    public const long DefaultMaxTotal = 256L * 1024 * 1024;

    /// <summary>A buffer larger than this goes back to the pool once its stream holds nothing.</summary>
    internal const int KeepBufferBytes = 64 * 1024;

    private PduStream? _oldest, _newest;
    private long _held;
    private readonly List<string> _notices = new();

    public ReassemblyLimits(int maxPerDirection = DefaultMaxPerDirection, long maxTotal = DefaultMaxTotal)
    {
        MaxPerDirection = maxPerDirection;
        MaxTotal = Math.Max(maxTotal, maxPerDirection);
    }

    public int MaxPerDirection { get; }
    public long MaxTotal { get; }

    /// <summary>Bytes held by every stream right now.</summary>
    public long Held => _held;

    /// <summary>Streams that gave up their pending bytes to the total limit.</summary>
    public long Evictions { get; private set; }

    public IReadOnlyList<string> Notices => _notices;

    /// <summary>Called by a stream after its pending bytes changed: keeps the list of holders and enforces the total.</summary>
    internal void Track(PduStream stream)
    {
        if (stream.Holding)
        {
            Unlink(stream);
            _held -= stream.CountedBytes;
            stream.CountedBytes = 0;
        }
        if (stream.PendingLength > 0)
        {
            Link(stream);
            stream.CountedBytes = stream.PendingLength;
            _held += stream.CountedBytes;
        }
        while (_held > MaxTotal && _oldest is { } victim && !ReferenceEquals(victim, stream))
        {
            Evictions++;
            if (_notices.Count < 16)
                _notices.Add($"reassembly memory limit ({MaxTotal / (1024 * 1024)} MiB in total) reached: {victim.PendingLength} bytes waiting since frame {victim.FirstPendingFrame} were shown as data");
            Unlink(victim);
            _held -= victim.CountedBytes;
            victim.CountedBytes = 0;
            victim.EvictForLimits();
        }
    }

    private void Link(PduStream s)
    {
        s.Holding = true;
        s.OlderHolder = _newest;
        s.NewerHolder = null;
        if (_newest is not null)
            _newest.NewerHolder = s;
        _newest = s;
        _oldest ??= s;
    }

    private void Unlink(PduStream s)
    {
        if (s.OlderHolder is not null)
            s.OlderHolder.NewerHolder = s.NewerHolder;
        else
            _oldest = s.NewerHolder;
        if (s.NewerHolder is not null)
            s.NewerHolder.OlderHolder = s.OlderHolder;
        else
            _newest = s.OlderHolder;
        s.OlderHolder = s.NewerHolder = null;
        s.Holding = false;
    }
}
