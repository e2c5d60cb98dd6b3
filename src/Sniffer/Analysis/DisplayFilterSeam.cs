using Sniffer.Dissectors.Taps;

namespace Sniffer.Analysis;

/// <summary>
/// Where <c>analyze -Y</c> meets the display-filter library: compiles a filter into the run's <see cref="IFrameFilter"/>
/// seam, or says why not with the exit code. Until the filter language is in the build, a filter is refused with one
/// line (the report without -Y is unaffected).
/// </summary>
public static class DisplayFilterSeam
{
    /// <summary>The compiled filter (null for none), or the exit code when it is refused (the reason is on standard error).</summary>
    public static int? Compile(string? text, out IFrameFilter? filter)
    {
        filter = null;
        if (string.IsNullOrWhiteSpace(text))
            return null;
        Pipeline.ConsoleOutput.Error("-Y: this build has no display-filter language yet; run without -Y (the whole capture counts)");
        return 2;
    }
}
