namespace Sniffer.Tests.Infrastructure;

/// <summary>Runs the built `sniffer` program as a user would (a child process), for exit codes and stderr.</summary>
public static class SnifferProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "sniffer.dll");

    public static ExternalTools.Result Run(params string[] args) => Run(null, args);

    public static ExternalTools.Result Run(byte[]? stdin, params string[] args)
        => ExternalTools.Run("dotnet", [Dll, .. args], stdin);

    /// <summary>Runs sniffer with extra environment variables (HOME for where --install writes).</summary>
    public static ExternalTools.Result RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
        => ExternalTools.Run("dotnet", [Dll, .. args], environment: environment);
}
