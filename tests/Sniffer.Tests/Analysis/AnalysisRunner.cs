using Sniffer.Analysis;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Tests.Analysis;

/// <summary>Runs <c>sniffer analyze</c>'s pipeline in-process and returns the report object (and, on request, a format's text).</summary>
internal static class AnalysisRunner
{
    public static LabReport Analyze(string file, string? keyLog = null, bool showSecrets = false, AnalysisLimits? limits = null,
        IFrameFilter? filter = null, string? filterText = null)
    {
        var settings = Settings(file, keyLog, showSecrets, limits, filter, filterText);
        var report = AnalyzePipeline.Analyze(settings, out int code, out string? error);
        Assert.True(report is not null && code == 0, $"analyze {file}: exit {code}: {error}");
        return report!;
    }

    public static string Write(LabReport report, ReportFormat format)
    {
        var output = new StringWriter { NewLine = "\n" };
        AnalyzePipeline.Write(report, new AnalyzeSettings { File = report.Capture.File, Format = format }, output);
        return output.ToString();
    }

    public static AnalyzeSettings Settings(string file, string? keyLog = null, bool showSecrets = false, AnalysisLimits? limits = null,
        IFrameFilter? filter = null, string? filterText = null) => new()
    {
        File = file,
        KeyLogFile = keyLog,
        ShowSecrets = showSecrets,
        Limits = limits ?? new AnalysisLimits(),
        DisplayFilter = filter,
        DisplayFilterText = filterText,
    };
}
