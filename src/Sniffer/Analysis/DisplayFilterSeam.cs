using Sniffer.Dissectors.Taps;

namespace Sniffer.Analysis;

/// <summary>
/// Where <c>analyze -Y</c> meets the display-filter language: the filter is compiled as <c>sniffer read -Y</c> compiles it
/// (a refused one gets tshark's lines and exit code) into the run's <see cref="IFrameFilter"/>.
/// </summary>
public static class DisplayFilterSeam
{
    /// <summary>The compiled filter (null for none), or the exit code when it is refused (the reason is on standard error).</summary>
    public static int? Compile(string? text, out IFrameFilter? filter) => Pipeline.DisplayFilterOption.Compile(text, out filter);
}
