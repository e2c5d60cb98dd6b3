using System.Globalization;

namespace Sniffer.Fuzz;

/// <summary>What a fuzzing run found: executions, escaped exceptions, dissector-bug frames, the slowest frame, memory.</summary>
public sealed class FuzzStats
{
    public long Executions;
    public long Frames;
    public long Crashes;
    public long DissectorBugFrames;
    public long RoundTripMismatches;
    public double WorstFrameMs;
    public string WorstFrameInput = "";
    public long PeakManagedBytes;
    public readonly List<string> Findings = new();

    public bool Clean => Crashes == 0 && DissectorBugFrames == 0 && RoundTripMismatches == 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"executions {Executions}, frames {Frames}, crashes {Crashes}, dissector-bug frames {DissectorBugFrames}, " +
        $"round-trip mismatches {RoundTripMismatches}, worst time per frame {WorstFrameMs:F2} ms ({WorstFrameInput}), " +
        $"peak managed memory {PeakManagedBytes / (1024.0 * 1024):F1} MiB");
}
