using System.Runtime.InteropServices;

namespace Sniffer.Files;

/// <summary>
/// Whether two paths name the same file: the same device and inode (so a symlink or a hard link to the input
/// is seen through), by the C library's stat() on 64-bit Linux and macOS; elsewhere, or when stat is not
/// to be had, the same full path after following symbolic links.
/// </summary>
internal static unsafe class FileIdentity
{
    private const int StatBufferLength = 256;                 // larger than struct stat on every 64-bit ABI
    private static readonly delegate* unmanaged<byte*, byte*, int> Stat = LoadStat();

    public static bool SameFile(string a, string b)
    {
        if (TryGetId(a, out var idA) && TryGetId(b, out var idB))
            return idA == idB;
        return string.Equals(RealPath(a), RealPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>(device, inode) of an existing file; false when it does not exist or stat is unavailable.</summary>
    private static bool TryGetId(string path, out (ulong Device, ulong Inode) id)
    {
        id = default;
        if (Stat is null || !Environment.Is64BitProcess)
            return false;
        byte* buffer = stackalloc byte[StatBufferLength];
        byte[] name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        fixed (byte* p = name)
        {
            if (Stat(p, buffer) != 0)
                return false;
        }
        // Linux (x86-64 and arm64): st_dev is 8 bytes at 0; macOS: a 4-byte st_dev at 0. st_ino: 8 bytes at 8 on both.
        ulong device = OperatingSystem.IsMacOS() ? *(uint*)buffer : *(ulong*)buffer;
        id = (device, *(ulong*)(buffer + 8));
        return true;
    }

    private static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static delegate* unmanaged<byte*, byte*, int> LoadStat()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
            return null;
        string library = OperatingSystem.IsMacOS() ? "libSystem.dylib" : "libc.so.6";
        if (!NativeLibrary.TryLoad(library, out nint handle))
            return null;
        // macOS on x86-64 keeps a 32-bit-inode stat under the plain name; the 64-bit one is stat$INODE64.
        foreach (string symbol in OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.X64 ? ["stat$INODE64"] : new[] { "stat" })
        {
            if (NativeLibrary.TryGetExport(handle, symbol, out nint stat))
                return (delegate* unmanaged<byte*, byte*, int>)stat;
        }
        return null;
    }
}
