namespace Sniffer.Lab;

/// <summary>
/// Turns on .NET's TLS key log: SslStream writes NSS key-log lines (CLIENT_RANDOM, the TLS 1.3 traffic secrets)
/// to the file named by SSLKEYLOGFILE, but only when the AppContext switch System.Net.EnableSslKeyLogging is
/// on. Both are read when the first SslStream is made, so <see cref="Enable"/> must run before any TLS in the
/// process; after that the file cannot change.
/// </summary>
public static class TlsKeyLog
{
    public const string Switch = "System.Net.EnableSslKeyLogging";
    public const string Variable = "SSLKEYLOGFILE";

    private static readonly Lock Gate = new();
    private static string? _path;
    private static bool _tlsStarted;

    /// <summary>The key log in use, or null.</summary>
    public static string? Path
    {
        get { lock (Gate) return _path; }
    }

    /// <summary>Enables key logging to <paramref name="path"/>; false (with the reason) once TLS has started with another file or none.</summary>
    public static bool Enable(string path, out string? problem)
    {
        string full = System.IO.Path.GetFullPath(path);
        lock (Gate)
        {
            if (_path == full)
            {
                problem = null;
                return true;
            }
            if (_tlsStarted)
            {
                problem = _path is null
                    ? "TLS was already used in this process without a key log; the key log must be set before the first TLS connection"
                    : $"this process already logs TLS keys to {_path}";
                return false;
            }
            if (!TryCreatePrivate(full, out problem))
                return false;
            AppContext.SetSwitch(Switch, true);
            Environment.SetEnvironmentVariable(Variable, full);
            _path = full;
            problem = null;
            return true;
        }
    }

    /// <summary>Key logs are secrets: the file is created 0600 (or made 0600 if it exists) before .NET appends to it.</summary>
    public const UnixFileMode PrivateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static bool TryCreatePrivate(string path, out string? problem)
    {
        problem = null;
        if (OperatingSystem.IsWindows())
            return true;
        try
        {
            using (new FileStream(path, new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, UnixCreateMode = PrivateMode }))
            {
            }
            File.SetUnixFileMode(path, PrivateMode);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot create the key log {path}: {e.Message}";
            return false;
        }
    }

    /// <summary>Called by the lab peers before each TLS handshake: from then on the key log is fixed.</summary>
    internal static void MarkTlsStarted()
    {
        lock (Gate)
            _tlsStarted = true;
    }
}
