namespace Sniffer.Capture;

/// <summary>Wall-clock time in nanoseconds since the Unix epoch, the unit of every pcapng time stamp Sniffer writes.</summary>
public static class CaptureClock
{
    private const long NanosecondsPerTick = 100;

    public static long NowNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * NanosecondsPerTick;
}
