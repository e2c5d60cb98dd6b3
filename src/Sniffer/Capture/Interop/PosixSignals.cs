using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>
/// A shell starts the background jobs of a non-interactive script with SIGINT ignored, and .NET keeps an inherited
/// SIG_IGN for SIGINT (it never installs its handler over it), so <c>sniffer capture … &amp;</c> followed by
/// <c>kill -INT</c> would never stop. dumpcap restores the default; so does <see cref="RestoreInterrupt"/>. It must
/// run before the runtime sets up its own signal handling (the first Console or PosixSignalRegistration use), which
/// is why Program calls it first thing.
/// </summary>
internal static partial class PosixSignals
{
    private const int SigInt = 2;
    private static readonly nint SigDefault = 0;
    private static readonly nint SigIgnore = 1;

    /// <summary>Sets SIGINT back to its default disposition when it was inherited as ignored; true when it was.</summary>
    public static bool RestoreInterrupt()
    {
        if (OperatingSystem.IsWindows())
            return false;
        nint previous = Signal(SigInt, SigDefault);
        if (previous != SigIgnore)
        {
            Signal(SigInt, previous);       // leave any other disposition as it was
            return false;
        }
        return true;
    }

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint Signal(int signal, nint handler);
}
