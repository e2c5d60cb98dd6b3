using System.Runtime.InteropServices;

namespace Sniffer.Files.Compression;

/// <summary>
/// The system's zlib, loaded once at run time (Debian's zlib1g, macOS's libz): its gzip inflater reports
/// what .NET's GZipStream hides — a stream cut short, a bad CRC — so a damaged capture is named as such.
/// Bound through function pointers from <see cref="NativeLibrary.GetExport"/>, not DllImport, so it neither
/// needs nor disturbs the assembly's import resolver (libpcap's). Where no zlib is found (Windows),
/// <see cref="IsAvailable"/> is false and <see cref="GzipReadStream"/> falls back to GZipStream.
/// </summary>
internal static unsafe class Zlib
{
    public const int Ok = 0, StreamEnd = 1, NeedDict = 2, DataError = -3, MemError = -4, BufError = -5;
    public const int NoFlush = 0;

    /// <summary>windowBits for inflateInit2: a 32 KiB window (15), plus 16 for a gzip header and trailer.</summary>
    public const int GzipWindowBits = 15 + 16;

    private static readonly string[] CandidateNames = ["libz.so.1", "libz.1.dylib", "libz.dylib", "libz.so", "zlib1.dll"];

    static Zlib()
    {
        foreach (string name in CandidateNames)
        {
            if (!NativeLibrary.TryLoad(name, out nint handle))
                continue;
            if (NativeLibrary.TryGetExport(handle, "zlibVersion", out nint version)
                && NativeLibrary.TryGetExport(handle, "inflateInit2_", out nint init)
                && NativeLibrary.TryGetExport(handle, "inflate", out nint inflate)
                && NativeLibrary.TryGetExport(handle, "inflateReset", out nint reset)
                && NativeLibrary.TryGetExport(handle, "inflateEnd", out nint end))
            {
                ZlibVersion = (delegate* unmanaged<byte*>)version;
                InflateInit2 = (delegate* unmanaged<ZStream*, int, byte*, int, int>)init;
                Inflate = (delegate* unmanaged<ZStream*, int, int>)inflate;
                InflateReset = (delegate* unmanaged<ZStream*, int>)reset;
                InflateEnd = (delegate* unmanaged<ZStream*, int>)end;
                IsAvailable = true;
                return;
            }
            NativeLibrary.Free(handle);
        }
    }

    public static bool IsAvailable { get; }

    public static delegate* unmanaged<byte*> ZlibVersion { get; }
    public static delegate* unmanaged<ZStream*, int, byte*, int, int> InflateInit2 { get; }
    public static delegate* unmanaged<ZStream*, int, int> Inflate { get; }
    public static delegate* unmanaged<ZStream*, int> InflateReset { get; }
    public static delegate* unmanaged<ZStream*, int> InflateEnd { get; }

    /// <summary>zlib's z_stream. uLong is <see cref="CULong"/>: 64-bit on Linux and macOS, 32-bit on Windows.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ZStream
    {
        public byte* NextIn;
        public uint AvailIn;
        public CULong TotalIn;
        public byte* NextOut;
        public uint AvailOut;
        public CULong TotalOut;
        public byte* Message;
        public nint State;
        public nint ZAlloc;
        public nint ZFree;
        public nint Opaque;
        public int DataType;
        public CULong Adler;
        public CULong Reserved;
    }
}
