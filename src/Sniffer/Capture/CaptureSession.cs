namespace Sniffer.Capture;

/// <summary>
/// A running capture: one thread per interface that only copies packets from libpcap into that interface's
/// <see cref="PacketRing"/>, and one writer thread that takes them out in time-stamp order and hands them to
/// the <see cref="ICapturedPacketSink"/>s (file writer, live printer, dissection). Nothing is decoded on a
/// capture thread.
/// <para>
/// A session ends when <see cref="Stop"/> is called (Ctrl+C, SIGTERM), when a limit is reached (-c, -a), when
/// a sink stops it (-a filesize, a write error) or when libpcap fails. Packets already in the rings are still
/// delivered unless a sink stopped the capture; those left are counted as flushed. Then every sink gets
/// <see cref="ICapturedPacketSink.End"/> with the counters, and <see cref="WaitForCompletion"/> returns them.
/// </para>
/// </summary>
public sealed class CaptureSession : IDisposable
{
    private const int NoReason = -1;
    private const int MaxBatch = 512;

    private readonly CaptureSessionSettings _settings;
    private readonly ILiveCapture[] _interfaces;
    private readonly PacketRing[] _rings;
    private readonly InterfaceCounters[] _counters;
    private readonly ICapturedPacketSink[] _sinks;
    private readonly Thread[] _captureThreads;
    private readonly Thread _writerThread;
    private readonly ManualResetEventSlim _dataAvailable = new(false);
    private readonly Lock _handleGate = new();
    private readonly long _startNs;
    private readonly long _deadlineNs;
    private readonly long _maxPackets;
    private int _writerWaiting;
    private int _stopReason = NoReason;
    private volatile bool _stopping;
    private bool _disposed;
    private long _packetsReserved;
    private int _producersRunning;
    private ulong _packetNumber;
    private CaptureError _error = CaptureError.None;
    private CaptureSummary? _summary;

    private CaptureSession(CaptureSessionSettings settings, ILiveCapture[] interfaces, IReadOnlyList<ICapturedPacketSink> sinks)
    {
        _settings = settings;
        _interfaces = interfaces;
        _sinks = [.. sinks];
        _rings = new PacketRing[interfaces.Length];
        _counters = new InterfaceCounters[interfaces.Length];
        _captureThreads = new Thread[interfaces.Length];
        var infos = new CaptureInterfaceInfo[interfaces.Length];
        for (int i = 0; i < interfaces.Length; i++)
        {
            var s = interfaces[i].Settings;
            infos[i] = new CaptureInterfaceInfo(i, s.Device, s.Description, interfaces[i].LinkType, s.SnapLength,
                string.IsNullOrEmpty(s.Filter) ? null : s.Filter);
            _rings[i] = new PacketRing(settings.RingBytesPerInterface);
            _counters[i] = new InterfaceCounters();
            int id = i;
            _captureThreads[i] = new Thread(() => CaptureLoop(id)) { IsBackground = true, Name = "capture " + s.Device };
        }
        Interfaces = infos;
        _startNs = CaptureClock.NowNs();
        _deadlineNs = DeadlineOf(_startNs, settings.MaxDuration);
        _maxPackets = settings.MaxPackets ?? long.MaxValue;
        _writerThread = new Thread(WriterLoop) { IsBackground = true, Name = "capture writer" };
    }

    /// <summary>The interfaces being captured, in id order.</summary>
    public IReadOnlyList<CaptureInterfaceInfo> Interfaces { get; }

    /// <summary>Warnings libpcap gave while activating (promiscuous mode not supported, …).</summary>
    public IEnumerable<string> Warnings
    {
        get
        {
            foreach (var i in _interfaces)
                if (i.Warning is not null)
                    yield return i.Warning;
        }
    }

    /// <summary>
    /// Opens every interface, then starts the writer thread (which calls each sink's Begin) and the capture
    /// threads. When an interface cannot be opened nothing is started and the error says why.
    /// </summary>
    public static bool TryStart(CaptureSessionSettings settings, IReadOnlyList<ICapturedPacketSink> sinks, out CaptureSession? session, out CaptureError error)
    {
        session = null;
        if (!TryOpenInterfaces(settings, out var opened, out error))
            return false;
        session = Start(settings, opened, sinks);
        return true;
    }

    /// <summary>
    /// Opens every interface with the settings' backend, and nothing else: the caller may drop privileges and create
    /// its files before <see cref="Start"/>. On failure the handles already opened are closed.
    /// </summary>
    public static bool TryOpenInterfaces(CaptureSessionSettings settings, out IReadOnlyList<ILiveCapture> opened, out CaptureError error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var list = new List<ILiveCapture>(settings.Interfaces.Count);
        opened = list;
        foreach (var interfaceSettings in settings.Interfaces)
        {
            if (!settings.Backend.TryOpen(interfaceSettings, out var live, out error))
            {
                foreach (var o in list)
                    o.Dispose();
                list.Clear();
                return false;
            }
            list.Add(live!);
        }
        error = CaptureError.None;
        return true;
    }

    /// <summary>Starts capturing on handles <see cref="TryOpenInterfaces"/> opened; the session owns them from now on.</summary>
    public static CaptureSession Start(CaptureSessionSettings settings, IReadOnlyList<ILiveCapture> opened, IReadOnlyList<ICapturedPacketSink> sinks)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sinks);
        var session = new CaptureSession(settings, [.. opened], sinks);
        session.Start();
        return session;
    }

    /// <summary>The clock reading at which -a duration ends the capture; a duration past the clock's range never does (no overflow).</summary>
    internal static long DeadlineOf(long startNs, TimeSpan? duration)
    {
        if (duration is not TimeSpan d || d <= TimeSpan.Zero)
            return long.MaxValue;
        long ticksLeft = (long.MaxValue - startNs) / 100;
        return d.Ticks >= ticksLeft ? long.MaxValue : startNs + d.Ticks * 100;
    }

    /// <summary>Asks the capture to end (safe from any thread, e.g. a signal handler); packets already captured are still written.</summary>
    public void Stop() => RequestStop(CaptureStopReason.Requested);

    /// <summary>Blocks until the writer thread has ended every sink, and returns the counters.</summary>
    public CaptureSummary WaitForCompletion()
    {
        _writerThread.Join();
        return _summary!;
    }

    /// <summary>As <see cref="WaitForCompletion()"/>, giving up after <paramref name="timeout"/>.</summary>
    public bool WaitForCompletion(TimeSpan timeout, out CaptureSummary? summary)
    {
        bool done = _writerThread.Join(timeout);
        summary = done ? _summary : null;
        return done;
    }

    /// <summary>Stops the capture if it still runs, waits for it, and closes the libpcap handles.</summary>
    public void Dispose()
    {
        Stop();
        _writerThread.Join();
        foreach (var t in _captureThreads)
            t.Join();
        lock (_handleGate)
        {
            if (_disposed)
                return;
            _disposed = true;
            foreach (var i in _interfaces)
                i.Dispose();
        }
        _dataAvailable.Dispose();
    }

    private void Start()
    {
        _producersRunning = _interfaces.Length;
        _writerThread.Start();
        foreach (var t in _captureThreads)
            t.Start();
    }

    private void RequestStop(CaptureStopReason reason, CaptureError? error = null)
    {
        if (Interlocked.CompareExchange(ref _stopReason, (int)reason, NoReason) == NoReason && error is not null)
            _error = error;
        _stopping = true;
        lock (_handleGate)
        {
            if (!_disposed)
                foreach (var i in _interfaces)
                    i.RequestBreak();
        }
        _dataAvailable.Set();
    }

    private void CaptureLoop(int id)
    {
        var live = _interfaces[id];
        var ring = _rings[id];
        var counters = _counters[id];
        bool limited = _maxPackets != long.MaxValue;
        while (!_stopping)
        {
            var status = live.TryReadNext(out long timestampNs, out int originalLength, out var data);
            if (status == PacketReadStatus.Packet)
            {
                long number = limited ? Interlocked.Increment(ref _packetsReserved) : 0;
                if (number > _maxPackets)
                    break;
                if (!ring.TryWrite(timestampNs, originalLength, data))
                {
                    counters.SnifferDropped++;
                    if (limited)
                        Interlocked.Decrement(ref _packetsReserved);
                    continue;
                }
                // A missed wake-up (the writer starts waiting just as this is published) costs at most one
                // tick of latency, never a packet: the writer waits with a timeout.
                if (Volatile.Read(ref _writerWaiting) != 0)
                    _dataAvailable.Set();
                if (number == _maxPackets)
                {
                    RequestStop(CaptureStopReason.PacketLimit);
                    break;
                }
            }
            else if (status == PacketReadStatus.Stopped)
                break;
            else if (status == PacketReadStatus.Failed)
            {
                RequestStop(CaptureStopReason.ReadFailed,
                    new CaptureError(CaptureErrorKind.ReadFailed, CaptureMessages.ReadFailed(live.DisplayName, live.LastError)));
                break;
            }
        }
        if (live.TryGetStatistics(out uint received, out uint dropped, out uint interfaceDropped))
        {
            counters.KernelReceived = received;
            counters.KernelDropped = dropped;
            counters.InterfaceDropped = interfaceDropped;
        }
        counters.EndTimeNs = CaptureClock.NowNs();
        Interlocked.Decrement(ref _producersRunning);
        _dataAvailable.Set();
    }

    private void WriterLoop()
    {
        try
        {
            var start = new CaptureStart(Interfaces, _startNs);
            foreach (var sink in _sinks)
                sink.Begin(start);
            long tickNs = _settings.TickInterval.Ticks * 100;
            long nextTick = CaptureClock.NowNs() + tickNs;
            bool delivering = true;
            while (true)
            {
                int moved = delivering ? DeliverBatch(ref delivering) : DiscardAll();
                long now = CaptureClock.NowNs();
                if (now >= _deadlineNs)
                    RequestStop(CaptureStopReason.Duration);
                if (now >= nextTick)
                {
                    nextTick = now + tickNs;
                    if (delivering)
                        delivering = TickSinks(now);
                }
                if (moved > 0)
                    continue;
                if (Volatile.Read(ref _producersRunning) == 0 && AllRingsEmpty())
                    break;
                WaitForData(Math.Max(1, (nextTick - now) / 1_000_000));
            }
            foreach (var sink in _sinks)
                if (sink is IPacketLossReporter reporter)
                    reporter.Settle();
            _summary = Summarize();
            foreach (var sink in _sinks)
                sink.End(_summary);
        }
        catch (Exception e)
        {
            // Last resort: a sink threw instead of answering Failed. The user gets one line, not a stack trace.
            RequestStop(CaptureStopReason.SinkFailed, new CaptureError(CaptureErrorKind.Internal, "Internal error while writing the capture: " + e.Message));
            foreach (var t in _captureThreads)
                t.Join();
            _summary ??= Summarize();
            foreach (var sink in _sinks)
            {
                try { sink.End(_summary); }
                catch (Exception) { /* already reporting one failure; End of the other sinks still runs */ }
            }
        }
    }

    /// <summary>Hands up to <see cref="MaxBatch"/> packets, oldest first across interfaces, to every sink.</summary>
    private int DeliverBatch(ref bool delivering)
    {
        int moved = 0;
        while (moved < MaxBatch)
        {
            int chosen = -1;
            long oldest = long.MaxValue;
            int originalLength = 0;
            ReadOnlyMemory<byte> data = default;
            for (int i = 0; i < _rings.Length; i++)
            {
                if (_rings[i].TryPeek(out long ts, out int length, out var bytes) && ts < oldest)
                {
                    chosen = i;
                    oldest = ts;
                    originalLength = length;
                    data = bytes;
                }
            }
            if (chosen < 0)
                break;
            var packet = new CapturedPacket((long)++_packetNumber, chosen, oldest, originalLength, data);
            _counters[chosen].Delivered++;
            var verdict = SinkVerdict.Continue;
            foreach (var sink in _sinks)
            {
                var v = sink.Accept(in packet);
                if (v != SinkVerdict.Continue)
                {
                    verdict = v;
                    StopForSink(sink, v);
                    break;
                }
            }
            _rings[chosen].Release();
            moved++;
            if (verdict != SinkVerdict.Continue)
            {
                delivering = false;
                break;
            }
        }
        return moved;
    }

    private bool TickSinks(long now)
    {
        foreach (var sink in _sinks)
        {
            var v = sink.Tick(now);
            if (v != SinkVerdict.Continue)
            {
                StopForSink(sink, v);
                return false;
            }
        }
        return true;
    }

    private void StopForSink(ICapturedPacketSink sink, SinkVerdict verdict)
    {
        if (verdict == SinkVerdict.Failed)
            RequestStop(CaptureStopReason.SinkFailed, sink.Failure ?? new CaptureError(CaptureErrorKind.WriteFailed, "The capture output failed."));
        else
            RequestStop(CaptureStopReason.FileSize);
    }

    /// <summary>After a sink stopped the capture: what is left in the rings is counted as flushed, not delivered.</summary>
    private int DiscardAll()
    {
        int moved = 0;
        for (int i = 0; i < _rings.Length; i++)
        {
            while (_rings[i].TryPeek(out _, out _, out _))
            {
                _rings[i].Release();
                _counters[i].Flushed++;
                moved++;
            }
        }
        return moved;
    }

    private bool AllRingsEmpty()
    {
        foreach (var r in _rings)
            if (!r.IsEmpty)
                return false;
        return true;
    }

    private void WaitForData(long milliseconds)
    {
        _dataAvailable.Reset();
        Interlocked.Exchange(ref _writerWaiting, 1);
        if (AllRingsEmpty() && Volatile.Read(ref _producersRunning) > 0)
            _dataAvailable.Wait((int)Math.Min(milliseconds, int.MaxValue));
        Volatile.Write(ref _writerWaiting, 0);
    }

    /// <summary>
    /// The final counters. Packets a sink accepted but lost to a fault (a full disk, a closed pipe: see
    /// <see cref="IPacketLossReporter"/>) are not counted as captured but as lost, so "Packets captured" is what the file holds.
    /// </summary>
    private CaptureSummary Summarize()
    {
        var stats = new InterfaceCaptureStatistics[_interfaces.Length];
        ulong total = 0;
        for (int i = 0; i < stats.Length; i++)
        {
            var c = _counters[i];
            ulong lost = 0;
            foreach (var sink in _sinks)
                if (sink is IPacketLossReporter reporter)
                    lost = Math.Max(lost, Math.Min(c.Delivered, reporter.LostPackets(i)));
            ulong captured = c.Delivered - lost;
            total += captured;
            stats[i] = new InterfaceCaptureStatistics(i, Interfaces[i].DisplayName, captured, c.KernelDropped, c.SnifferDropped,
                c.Flushed, c.InterfaceDropped, c.KernelReceived, _startNs, c.EndTimeNs == 0 ? CaptureClock.NowNs() : c.EndTimeNs)
            {
                LostToFault = lost,
            };
        }
        int reason = Volatile.Read(ref _stopReason);
        return new CaptureSummary(reason == NoReason ? CaptureStopReason.Requested : (CaptureStopReason)reason, total, stats, _error);
    }
}
