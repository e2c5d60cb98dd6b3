namespace Sniffer.Files;

/// <summary>
/// Turns an interface's raw timestamp count into nanoseconds since the epoch: if_tsresol says how many
/// units make a second (a power of 10 or of 2), if_tsoffset adds whole seconds. Conversion is exact
/// (128-bit), truncating toward zero below one nanosecond as Wireshark does.
/// </summary>
internal readonly struct InterfaceClock
{
    private const long NanosecondsPerSecond = 1_000_000_000;
    private const int MaxDigits = 9;                 // Frame timestamps count nanoseconds
    private const int MaxPowerOfTen = 19;            // 10^19 is the largest power of 10 a ulong holds
    private const int MaxPowerOfTwo = 63;
    private const byte ExponentMask = 0x7F;

    private readonly ulong _unitsPerSecond;
    private readonly ulong _nanosecondsPerUnit;      // 0 when a unit is not a whole number of nanoseconds
    private readonly long _offsetSeconds;

    private InterfaceClock(ulong unitsPerSecond, long offsetSeconds, int precisionDigits)
    {
        _unitsPerSecond = unitsPerSecond;
        _nanosecondsPerUnit = unitsPerSecond <= NanosecondsPerSecond && NanosecondsPerSecond % (long)unitsPerSecond == 0
            ? (ulong)NanosecondsPerSecond / unitsPerSecond
            : 0;
        _offsetSeconds = offsetSeconds;
        PrecisionDigits = precisionDigits;
    }

    /// <summary>Sub-second digits these timestamps carry, capped at 9.</summary>
    public int PrecisionDigits { get; }

    /// <summary>
    /// Builds the clock for an if_tsresol byte: high bit clear means 10^-n seconds, set means 2^-n.
    /// False when the resolution is finer than a 64-bit count of units per second can express.
    /// </summary>
    public static bool TryCreate(byte resolution, long offsetSeconds, out InterfaceClock clock)
    {
        clock = default;
        int exponent = resolution & ExponentMask;
        if ((resolution & PcapngLayout.InterfaceDescription.ResolutionIsPowerOfTwo) == 0)
        {
            if (exponent > MaxPowerOfTen)
                return false;
            ulong units = 1;
            for (int i = 0; i < exponent; i++)
                units *= 10;
            clock = new InterfaceClock(units, offsetSeconds, Math.Min(exponent, MaxDigits));
            return true;
        }
        if (exponent > MaxPowerOfTwo)
            return false;
        ulong binaryUnits = 1UL << exponent;
        clock = new InterfaceClock(binaryUnits, offsetSeconds, Math.Min(DecimalDigitsFor(binaryUnits), MaxDigits));
        return true;
    }

    /// <summary>Converts a unit count; false when the result does not fit in a signed 64-bit nanosecond count.</summary>
    public bool TryToNanoseconds(ulong units, out long nanoseconds)
    {
        Int128 value = _nanosecondsPerUnit != 0
            ? (Int128)units * _nanosecondsPerUnit
            : (Int128)units * NanosecondsPerSecond / _unitsPerSecond;
        value += (Int128)_offsetSeconds * NanosecondsPerSecond;
        if (value < long.MinValue || value > long.MaxValue)
        {
            nanoseconds = 0;
            return false;
        }
        nanoseconds = (long)value;
        return true;
    }

    /// <summary>
    /// The inverse of <see cref="TryToNanoseconds"/>: the unit count a packet block carries for a time in
    /// nanoseconds since the epoch (if_tsoffset taken off). Rounded up, so a count read with a resolution no
    /// finer than a nanosecond (which <see cref="TryToNanoseconds"/> truncated) comes back exactly; finer
    /// resolutions lost their last digits when read. False when the count would be negative or past 64 bits.
    /// </summary>
    public bool TryToUnits(long nanoseconds, out ulong units)
    {
        Int128 value = (Int128)nanoseconds - (Int128)_offsetSeconds * NanosecondsPerSecond;
        value = _nanosecondsPerUnit != 0
            ? Int128.DivRem(value, (Int128)_nanosecondsPerUnit).Quotient
            : (value * _unitsPerSecond + NanosecondsPerSecond - 1) / NanosecondsPerSecond;
        if (value < 0 || value > ulong.MaxValue)
        {
            units = 0;
            return false;
        }
        units = (ulong)value;
        return true;
    }

    /// <summary>The smallest d with 10^d ≥ units: ceil(log10(units)), computed without floating point.</summary>
    private static int DecimalDigitsFor(ulong units)
    {
        int digits = 0;
        UInt128 power = 1;
        while (power < units)
        {
            power *= 10;
            digits++;
        }
        return digits;
    }
}
