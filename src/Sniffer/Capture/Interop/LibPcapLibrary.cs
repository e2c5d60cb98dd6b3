using System.Reflection;
using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>
/// Finds libpcap at run time. Debian's libpcap0.8 package installs only <c>libpcap.so.0.8</c> (the
/// unversioned <c>libpcap.so</c> comes with libpcap-dev), so the import name <see cref="ImportName"/> is
/// resolved here by trying, in order, the file named by <see cref="OverrideVariable"/> (when set, and then
/// nothing else), <c>libpcap.so.0.8</c>, <c>libpcap.so.1</c> and <c>libpcap.so</c>.
/// </summary>
internal static class LibPcapLibrary
{
    /// <summary>The name every <see cref="LibPcap"/> import uses; it is resolved by this class, never by default probing.</summary>
    public const string ImportName = "sniffer-libpcap";

    /// <summary>An environment variable naming the libpcap file to load instead of searching for one.</summary>
    public const string OverrideVariable = "SNIFFER_LIBPCAP";

    public const string InstallHint = "install it with: apt-get install libpcap0.8";

    private static readonly string[] CandidateNames = ["libpcap.so.0.8", "libpcap.so.1", "libpcap.so"];
    private static readonly Lock Gate = new();
    private static nint _handle;
    private static string? _failure;
    private static bool _resolverRegistered;

    /// <summary>Loads libpcap once; false with a message naming what was tried when it cannot be found.</summary>
    public static bool TryLoad(out string failure)
    {
        lock (Gate)
        {
            if (!_resolverRegistered)
            {
                NativeLibrary.SetDllImportResolver(typeof(LibPcapLibrary).Assembly, Resolve);
                _resolverRegistered = true;
            }
            if (_handle == 0 && _failure is null)
                _failure = Load(out _handle);
            failure = _failure ?? "";
            return _handle != 0;
        }
    }

    private static string? Load(out nint handle)
    {
        string? chosen = Environment.GetEnvironmentVariable(OverrideVariable);
        string[] names = string.IsNullOrEmpty(chosen) ? CandidateNames : [chosen];
        foreach (string name in names)
        {
            if (NativeLibrary.TryLoad(name, out handle))
                return null;
        }
        handle = 0;
        return $"libpcap could not be loaded (tried {string.Join(", ", names)}); {InstallHint}";
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != ImportName)
            return 0;
        return TryLoad(out _) ? _handle : 0;
    }
}
