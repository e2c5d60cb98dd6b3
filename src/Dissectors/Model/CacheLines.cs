using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// Prefetch hints for memory another thread used last (a detached printer's copy of a frame, handed back to be written
/// again): the lines are asked for ahead of the writes, so the writes do not each wait for the other core. A hint only:
/// nothing is read or written, and where the processor has no prefetch instruction it does nothing.
/// </summary>
public static class CacheLines
{
    private const int LineBytes = 64;

    /// <summary>Asks for the lines of the first <paramref name="bytes"/> bytes of <paramref name="array"/>.</summary>
    public static unsafe void Prefetch<T>(T[] array, int bytes) where T : unmanaged
    {
        if (!Sse.IsSupported || array.Length == 0)
            return;
        bytes = Math.Min(bytes, array.Length * sizeof(T));
        // The address is only a hint: a collection moving the array in between costs a useless prefetch, no fault.
        byte* p = (byte*)Unsafe.AsPointer(ref array[0]);
        for (int i = 0; i < bytes; i += LineBytes)
            Sse.Prefetch0(p + i);
    }

    /// <summary>Asks for the first lines of <paramref name="instance"/>'s fields.</summary>
    public static unsafe void Prefetch(object instance, int bytes)
    {
        if (!Sse.IsSupported)
            return;
        byte* p = (byte*)Unsafe.AsPointer(ref Unsafe.As<StrongBox<byte>>(instance).Value);
        for (int i = 0; i < bytes; i += LineBytes)
            Sse.Prefetch0(p + i);
    }
}
