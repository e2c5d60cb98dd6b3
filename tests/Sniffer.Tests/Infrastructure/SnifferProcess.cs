namespace Sniffer.Tests.Infrastructure;

/// <summary>
/// Runs the built `sniffer` program as a user would (a child process), for exit codes and stderr. When
/// <see cref="BinaryVariable"/> names an executable (scripts/test.sh sets it to the Native AOT build it publishes once
/// per run), that binary is what runs; otherwise the JIT build beside the tests, through dotnet.
/// </summary>
public static class SnifferProcess
{
    public const string BinaryVariable = "SNIFFER_BINARY";

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "sniffer.dll");

    /// <summary>The AOT binary the test run was given, or null (then the JIT build runs).</summary>
    public static string? NativeBinary { get; } =
        Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path && File.Exists(path) ? Path.GetFullPath(path) : null;

    /// <summary>The program and the arguments that come before sniffer's own: the AOT binary alone, or dotnet and the dll.</summary>
    public static (string File, string[] Prefix) Command =>
        NativeBinary is { } binary ? (binary, []) : ("dotnet", [Dll]);

    /// <summary>The command as words for another program's argument list (ip netns exec …, setpriv …).</summary>
    public static string[] Words => NativeBinary is { } binary ? [binary] : ["dotnet", Dll];

    /// <summary>The command for a shell line.</summary>
    public static string ShellCommand => NativeBinary is { } binary ? $"'{binary}'" : $"dotnet '{Dll}'";

    public static ExternalTools.Result Run(params string[] args) => Run(null, args);

    public static ExternalTools.Result Run(byte[]? stdin, params string[] args)
    {
        var (file, prefix) = Command;
        return ExternalTools.Run(file, [.. prefix, .. args], stdin);
    }

    /// <summary>Runs sniffer in <paramref name="directory"/> (what it writes under a relative name lands there).</summary>
    public static ExternalTools.Result RunIn(string directory, params string[] args)
    {
        var (file, prefix) = Command;
        return ExternalTools.Run(file, [.. prefix, .. args], timeoutSeconds: 60, workingDirectory: directory);
    }

    /// <summary>Runs sniffer with extra environment variables (HOME for where --install writes).</summary>
    public static ExternalTools.Result RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (file, prefix) = Command;
        return ExternalTools.Run(file, [.. prefix, .. args], environment: environment);
    }
}
