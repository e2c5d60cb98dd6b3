using System.Text;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;
using Sniffer.Pipeline;

namespace Sniffer.Analysis;

/// <summary>
/// <c>sniffer analyze</c>: capture file → one streaming dissection → the <see cref="AnalysisTap"/> → the report in the
/// format asked for. The registry and key log are built as <c>sniffer read</c> builds them. Returns the exit code: 0, 1
/// for a usage problem found before reading, 2 when the file could not be read to its end (the report then covers
/// what was read, and one line says where reading stopped).
/// </summary>
public static class AnalyzePipeline
{
    public static int Run(AnalyzeSettings settings, TextWriter standardOutput)
    {
        var report = Analyze(settings, out int exitCode, out string? error);
        if (report is null)
        {
            ConsoleOutput.Error(error!);
            return exitCode;
        }
        if (!WriteReport(report, settings, standardOutput))
            return 1;
        if (error is not null)
            ConsoleOutput.Error(error);
        return exitCode;
    }

    /// <summary>
    /// Reads the capture once and returns its report; null when there is nothing to report (a usage problem, exit code
    /// 1, or a file that could not be read at all, 2). A file cut short still gives a report of what was read, with the
    /// exit code 2 and the reason in <paramref name="error"/>.
    /// </summary>
    public static LabReport? Analyze(AnalyzeSettings settings, out int exitCode, out string? error)
    {
        var keys = ReadPipeline.LoadKeyLog(settings.KeyLogFile);
        var readSettings = new ReadSettings
        {
            File = settings.File,
            Preferences = settings.Preferences,
            DecodeAs = settings.DecodeAs,
            DisabledProtocols = settings.DisabledProtocols,
        };
        var registry = ReadPipeline.CreateRegistry(readSettings, keys, out error);
        if (registry is null)
        {
            exitCode = 1;
            return null;
        }
        var options = new AnalysisOptions
        {
            FileName = Path.GetFileName(settings.File),
            DisplayFilterText = settings.DisplayFilterText,
            KeyLogName = settings.KeyLogFile is null ? null : Path.GetFileName(settings.KeyLogFile),
            ShowSecrets = settings.ShowSecrets,
            Limits = settings.Limits,
        };
        var tap = new AnalysisTap(options, keys);
        // A regular file is read ahead on a second thread (file reads, decompression and block parsing beside dissection).
        var opened = CaptureFileReader.Open(settings.File, out var file);
        using var reader = ReadAheadReader.Over(opened, file);
        try
        {
            var run = new DissectionRun(registry, [tap], settings.DisplayFilter);
            int secretsUsed = 0;
            while (reader.TryReadNext(out var frame))
            {
                secretsUsed = ReadPipeline.UseNewSecrets(reader, keys, secretsUsed, settings.File);
                run.Process(frame);
            }
            run.Finish();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            error = $"{settings.File}: read failed: {e.Message}";
            exitCode = 2;
            return null;
        }
        error = reader.Error?.ToString();
        exitCode = error is null ? 0 : 2;
        if (error is not null && tap.Report is { Capture.Frames: 0 })
            return null;
        return tap.Report;
    }

    /// <summary>Writes the report to -o FILE or standard output; false (with the error said) when the file cannot be written.</summary>
    public static bool WriteReport(LabReport report, AnalyzeSettings settings, TextWriter standardOutput)
    {
        if (settings.OutputFile is null)
        {
            Write(report, settings, standardOutput);
            standardOutput.Flush();
            return true;
        }
        try
        {
            using var file = new StreamWriter(settings.OutputFile, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
            Write(report, settings with { Colour = false }, file);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or NotSupportedException or ArgumentException)
        {
            ConsoleOutput.Error($"{settings.OutputFile}: cannot write the report: {e.Message}");
            return false;
        }
    }

    public static void Write(LabReport report, AnalyzeSettings settings, TextWriter output)
    {
        switch (settings.Format)
        {
            case ReportFormat.Markdown:
                MarkdownReportWriter.Write(report, output);
                break;
            case ReportFormat.Json:
                JsonReportWriter.Write(report, output);
                break;
            case ReportFormat.Html:
                HtmlReportWriter.Write(report, output);
                break;
            default:
                TextReportWriter.Write(report, output, settings.Colour);
                break;
        }
    }
}
