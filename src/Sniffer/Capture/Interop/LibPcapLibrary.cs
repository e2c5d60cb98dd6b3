using System.Reflection;
using System.Runtime.InteropServices;
using Sniffer.Capture.Platform;

namespace Sniffer.Capture.Interop;

/// <summary>
/// Finds the capture library at run time: libpcap on Linux and macOS, Npcap's wpcap.dll on Windows. The import
/// name <see cref="ImportName"/> is resolved here by trying, in order, the file named by
/// <see cref="OverrideVariable"/> (when set, and then nothing else), then the platform's candidates
/// (<see cref="CapturePlatform.LibraryCandidates"/>).
/// </summary>
internal static class LibPcapLibrary
{
    /// <summary>The name every <see cref="LibPcap"/> import uses; it is resolved by this class, never by default probing.</summary>
    public const string ImportName = "sniffer-libpcap";

    /// <summary>An environment variable naming the libpcap file to load instead of searching for one.</summary>
    public const string OverrideVariable = "SNIFFER_LIBPCAP";

    private static readonly Lock Gate = new();
    private static nint _handle;
    private static string? _failure;
    private static bool _resolverRegistered;

    public static string InstallHint => CapturePlatform.Current.InstallHint;

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
                _failure = Load(CapturePlatform.Current, Environment.GetEnvironmentVariable(OverrideVariable), out _handle);
            failure = _failure ?? "";
            return _handle != 0;
        }
    }

    /// <summary>The files tried, in order: the override alone when it is set, else the platform's candidates.</summary>
    public static IReadOnlyList<string> Candidates(CapturePlatform platform, string? overrideFile) =>
        string.IsNullOrEmpty(overrideFile) ? platform.LibraryCandidates : [overrideFile];

    private static string? Load(CapturePlatform platform, string? overrideFile, out nint handle)
    {
        var names = Candidates(platform, overrideFile);
        foreach (string name in names)
        {
            if (NativeLibrary.TryLoad(name, out handle))
                return null;
        }
        handle = 0;
        return FailureMessage(platform, names);
    }

    /// <summary>"libpcap could not be loaded (tried …); install it with: …" — "Npcap (wpcap.dll)" on Windows.</summary>
    public static string FailureMessage(CapturePlatform platform, IReadOnlyList<string> tried) =>
        $"{(platform.Os == CaptureOs.Windows ? "Npcap (wpcap.dll)" : "libpcap")} could not be loaded (tried {string.Join(", ", tried)}); {platform.InstallHint}";

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != ImportName)
            return 0;
        return TryLoad(out _) ? _handle : 0;
    }
}
