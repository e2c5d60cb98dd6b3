using Sniffer.Capture.Interop;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>
/// A fact that captures live packets: it needs root (CI runs as root), libpcap and tshark, and skips with the
/// reason when one is missing.
/// </summary>
public sealed class LiveCaptureFactAttribute : FactAttribute
{
    public LiveCaptureFactAttribute()
    {
        Skip = LiveCapture.SkipReason;
    }
}

/// <summary>Whether this machine can run the live capture tests, and why not.</summary>
public static class LiveCapture
{
    public static string? SkipReason { get; } = FindSkipReason();

    private static string? FindSkipReason()
    {
        if (!Environment.IsPrivilegedProcess)
            return "live capture needs root (or CAP_NET_RAW); CI runs the tests as root";
        if (!LibPcapLibrary.TryLoad(out string missing))
            return missing;
        if (!ExternalTools.HasTshark)
            return ExternalTools.TsharkAbsentReason;
        return null;
    }
}

/// <summary>Live capture tests share the loopback interface and the two CPUs: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveCaptureCollection
{
    public const string Name = "Live capture";
}

/// <summary>A theory that captures live packets (same needs as <see cref="LiveCaptureFactAttribute"/>).</summary>
public sealed class LiveCaptureTheoryAttribute : TheoryAttribute
{
    public LiveCaptureTheoryAttribute()
    {
        Skip = LiveCapture.SkipReason;
    }
}
