using System.Runtime.InteropServices;

namespace Sniffer.Pipeline;

/// <summary>
/// A terminal's width in columns, asked of the terminal itself (ioctl TIOCGWINSZ) rather than through System.Console,
/// whose size properties set the terminal up for reading keys (application keypad mode) and leave it so.
/// </summary>
internal static partial class TerminalSize
{
    private const nuint LinuxGetWindowSize = 0x5413;
    private const nuint BsdGetWindowSize = 0x40087468;

    [StructLayout(LayoutKind.Sequential)]
    private struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort XPixels;
        public ushort YPixels;
    }

    /// <summary>The columns of the terminal on <paramref name="descriptor"/>; COLUMNS, then 80, when it cannot say.</summary>
    public static int Columns(int descriptor)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var size = default(WindowSize);
                nuint request = OperatingSystem.IsLinux() ? LinuxGetWindowSize : BsdGetWindowSize;
                if (IoctlWindowSize(descriptor, request, ref size) == 0 && size.Columns > 0)
                    return size.Columns;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc ioctl: fall back to the environment.
            }
        }
        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out int columns) && columns > 0 ? columns : 80;
    }

    [LibraryImport("libc", EntryPoint = "ioctl")]
    private static partial int IoctlWindowSize(int descriptor, nuint request, ref WindowSize size);
}
