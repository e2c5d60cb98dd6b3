namespace Sniffer.Pipeline;

/// <summary>
/// Which way <see cref="DetachedTap"/> prints the next frames: on its second thread or in place, on the run's thread.
/// Handing a frame's tree to another core costs that core's caches the whole tree, and on a machine whose two cores
/// share one physical core, or whose virtual cores sit far apart, two threads print more slowly than one; so the way is
/// measured, not assumed. Frames are timed in windows of <see cref="Window"/>: the first is not timed (thread start,
/// buffers growing), then each way is timed once, the faster is kept, and the other is tried for one window after
/// <see cref="FirstProbeEvery"/> windows, then after twice as many each time a try changes nothing (up to
/// <see cref="MaxProbeEvery"/>), and after <see cref="FirstProbeEvery"/> again once a try changes the choice (a machine's
/// cores can change under a run).
/// </summary>
public sealed class PrintingWayChoice
{
    /// <summary>Frames per timed window.</summary>
    public const int Window = 4096;

    private const int FirstProbeEvery = 8;

    private const int MaxProbeEvery = 64;

    private readonly Func<long> _clock;
    private readonly int _window;
    private int _windowFrames;
    private long _windowStart;
    private bool _warm;
    // Per way (0: second thread, 1: in place), the clock's ticks per frame over its recent windows; null: not timed yet.
    private double? _detached, _inPlace;
    private int _sinceProbe;
    private int _probeEvery = FirstProbeEvery;
    // The window being timed tries the slower way; which way was the faster before it.
    private bool _probing;
    private bool _fasterBeforeProbe;

    /// <param name="clock">The time windows are measured with (tests give their own); <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> by default.</param>
    /// <param name="window">Frames per timed window.</param>
    public PrintingWayChoice(Func<long>? clock = null, int window = Window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _clock = clock ?? System.Diagnostics.Stopwatch.GetTimestamp;
        _window = window;
    }

    /// <summary>True while frames are to be printed in place.</summary>
    public bool InPlace { get; private set; }

    /// <summary>Called before each frame is printed, in either way.</summary>
    public void FrameStarts()
    {
        if (_windowFrames == 0)
            _windowStart = _clock();
    }

    /// <summary>Called after each frame was handed over or printed; true when <see cref="InPlace"/> changed.</summary>
    public bool FrameDone()
    {
        if (++_windowFrames < _window)
            return false;
        bool was = InPlace;
        InPlace = ChooseNext();
        return InPlace != was;
    }

    /// <summary>Times the window that ends and chooses the way of the next.</summary>
    private bool ChooseNext()
    {
        long now = _clock();
        if (_warm)
        {
            double perFrame = Math.Max(0, now - _windowStart) / (double)_windowFrames;
            ref double? recent = ref InPlace ? ref _inPlace : ref _detached;
            recent = recent is { } before ? (before + perFrame) / 2 : perFrame;
        }
        _warm = true;
        _windowFrames = 0;
        if (_detached is not { } detached || _inPlace is not { } inPlace)
            return _detached is not null; // each way timed once, the second thread's first
        bool faster = inPlace < detached;
        if (_probing)
        {
            _probing = false;
            _probeEvery = faster == _fasterBeforeProbe ? Math.Min(_probeEvery * 2, MaxProbeEvery) : FirstProbeEvery;
        }
        if (++_sinceProbe < _probeEvery)
            return faster;
        _sinceProbe = 0;
        _probing = true;
        _fasterBeforeProbe = faster;
        return !faster;
    }
}
