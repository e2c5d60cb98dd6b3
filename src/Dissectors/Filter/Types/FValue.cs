namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// One value the filter works with (Wireshark's fvalue_t), as a plain struct so a frame's values fill a reused
/// array instead of the heap. Numbers live in <see cref="Bits"/>; byte-valued types (strings, byte arrays, MAC and
/// IPv6 addresses, protocols, GUIDs) point at bytes through <see cref="Store"/>, <see cref="Index"/>,
/// <see cref="Start"/> and <see cref="Length"/>.
/// </summary>
internal struct FValue
{
    public FtKind Type;
    public ByteStore Store;
    /// <summary>
    /// Integers (signed ones as two's complement), booleans, a double's bits, an IPv4 address (first octet most
    /// significant) or a time's whole seconds.
    /// </summary>
    public ulong Bits;
    /// <summary>A time's nanoseconds (same sign as the seconds), an IPv6 prefix length.</summary>
    public int Aux;
    /// <summary>An IPv4 value's netmask (all ones unless written in CIDR form).</summary>
    public uint Mask;
    public int Index;
    public int Start;
    public int Length;
    /// <summary>For protocols: how many bytes the protocol's buffer holds from <see cref="Start"/> (contains and matches search them all).</summary>
    public int FullLength;

    public readonly long Signed => (long)Bits;
    public readonly double Double => BitConverter.Int64BitsToDouble((long)Bits);
    public readonly long Seconds => (long)Bits;

    public static FValue Unsigned(FtKind type, ulong value) => new() { Type = type, Bits = value };

    public static FValue SignedValue(FtKind type, long value) => new() { Type = type, Bits = (ulong)value };

    public static FValue Floating(FtKind type, double value) => new() { Type = type, Bits = (ulong)BitConverter.DoubleToInt64Bits(value) };

    public static FValue Time(FtKind type, long seconds, int nanoseconds) => new() { Type = type, Bits = (ulong)seconds, Aux = nanoseconds };

    public static FValue Ipv4(uint address, uint mask) => new() { Type = FtKind.Ipv4, Bits = address, Mask = mask };

    public static FValue OfBytes(FtKind type, ByteStore store, int index, int start, int length) =>
        new() { Type = type, Store = length == 0 && store != ByteStore.TreeSource ? ByteStore.Empty : store, Index = index, Start = start, Length = length, FullLength = length };
}
