using System.Diagnostics;
using System.Text;

namespace Sniffer.Tests.Infrastructure;

/// <summary>
/// Runs Wireshark's command-line tools (the test oracle). The README's test command installs them;
/// in a clone without them, tests that need them skip and say why.
/// </summary>
public static class ExternalTools
{
    public static bool Has(string tool) => FindOnPath(tool) is not null;

    public static bool HasTshark => Has("tshark");

    public const string TsharkAbsentReason = "tshark is not installed (the README's test command installs it: apt-get install -y tshark)";

    public static string? FindOnPath(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, tool);
            if (File.Exists(path))
                return path;
        }
        return null;
    }

    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs a tool to completion (bounded by <paramref name="timeoutSeconds"/>), capturing its output as UTF-8.</summary>
    public static Result Run(string tool, IEnumerable<string> args, byte[]? stdin = null, int timeoutSeconds = 120,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        // tshark warns about running as root; keep its config out of the user's home.
        psi.Environment["WIRESHARK_CONFIG_DIR"] = Path.Combine(Path.GetTempPath(), "sniffer-tests-wireshark");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            psi.Environment[name] = value;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + tool);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.BaseStream.Write(stdin);
            p.StandardInput.Close();
        }
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeoutSeconds}s");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Runs tshark with <paramref name="args"/>; its "Running as user root" notice is dropped from stderr. Answers come
    /// from <see cref="TsharkCache"/> when tshark already ran with the same arguments on the same files (same bytes)
    /// and the same tshark version, so a capture's oracle output is computed once per test run, not once per test.
    /// </summary>
    public static Result Tshark(params string[] args) => TsharkCache.GetOrRun(args, () =>
    {
        var r = Run("tshark", args);
        var err = string.Join('\n', r.StdErr.Split('\n').Where(l => !l.StartsWith("Running as user", StringComparison.Ordinal) && l.Length > 0));
        return r with { StdErr = err };
    });

    /// <summary>The uncached <see cref="Tshark"/>, for tests that measure tshark itself or depend on its side effects.</summary>
    public static Result TsharkUncached(params string[] args)
    {
        var r = Run("tshark", args);
        var err = string.Join('\n', r.StdErr.Split('\n').Where(l => !l.StartsWith("Running as user", StringComparison.Ordinal) && l.Length > 0));
        return r with { StdErr = err };
    }
}

/// <summary>A fact that needs tshark; skipped with the reason when it is not installed.</summary>
public sealed class TsharkFactAttribute : FactAttribute
{
    public TsharkFactAttribute()
    {
        if (!ExternalTools.HasTshark)
            Skip = ExternalTools.TsharkAbsentReason;
    }
}

/// <summary>A fact that needs both tshark and ../shared/corpus.</summary>
public sealed class CorpusTsharkFactAttribute : FactAttribute
{
    public CorpusTsharkFactAttribute()
    {
        if (!Corpus.SharedAvailable)
            Skip = Corpus.AbsentReason;
        else if (!ExternalTools.HasTshark)
            Skip = ExternalTools.TsharkAbsentReason;
    }
}

/// <summary>A theory over corpus files that needs tshark as its oracle; skipped with the reason when either is missing.</summary>
public sealed class CorpusTsharkTheoryAttribute : TheoryAttribute
{
    public CorpusTsharkTheoryAttribute()
    {
        if (!Corpus.SharedAvailable)
            Skip = Corpus.AbsentReason;
        else if (!ExternalTools.HasTshark)
            Skip = ExternalTools.TsharkAbsentReason;
    }
}

/// <summary>A theory that needs tshark; skipped with the reason when it is not installed.</summary>
public sealed class TsharkTheoryAttribute : TheoryAttribute
{
    public TsharkTheoryAttribute()
    {
        if (!ExternalTools.HasTshark)
            Skip = ExternalTools.TsharkAbsentReason;
    }
}

/// <summary>A fact that runs programs under a pseudo-terminal made by script(1); with <c>tshark: true</c>, it needs tshark too.</summary>
public sealed class PseudoTerminalFactAttribute : FactAttribute
{
    public PseudoTerminalFactAttribute(bool tshark = false)
    {
        if (!ExternalTools.Has("script"))
            Skip = "script(1) is not installed (util-linux)";
        else if (tshark && !ExternalTools.HasTshark)
            Skip = ExternalTools.TsharkAbsentReason;
    }
}
