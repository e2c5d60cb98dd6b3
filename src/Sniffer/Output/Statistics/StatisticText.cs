using System.Globalization;

namespace Sniffer.Output.Statistics;

/// <summary>Number and size formatting the statistics share, as tshark's C printf and format_size write them.</summary>
public static class StatisticText
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>nstime_to_sec: seconds and nanoseconds added as doubles (the digits printf then shows depend on it).</summary>
    public static double Seconds(long nanoseconds)
    {
        long seconds = Math.DivRem(nanoseconds, 1_000_000_000, out long fraction);
        return seconds + fraction / 1e9;
    }

    /// <summary>printf("%W.Pf", value).</summary>
    public static string Fixed(double value, int width, int decimals) =>
        value.ToString("F" + decimals.ToString(Invariant), Invariant).PadLeft(width);

    /// <summary>Wireshark's format_size with SI units and no flags: "688 bytes", "69 kB", "12 MB", "3 GB", "4 TB".</summary>
    public static string Size(long bytes)
    {
        const long k = 1000;
        if (bytes >= 10 * k * k * k * k)
            return (bytes / (k * k * k * k)).ToString(Invariant) + " TB";
        if (bytes >= 10 * k * k * k)
            return (bytes / (k * k * k)).ToString(Invariant) + " GB";
        if (bytes >= 10 * k * k)
            return (bytes / (k * k)).ToString(Invariant) + " MB";
        if (bytes >= 10 * k)
            return (bytes / k).ToString(Invariant) + " kB";
        return bytes.ToString(Invariant) + " bytes";
    }

    /// <summary>The date and time of an absolute time as the conversation tables write their start (local or UTC).</summary>
    public static string StartTime(long timestamp, TimeReference reference)
    {
        long seconds = Math.DivRem(timestamp, 1_000_000_000, out long fraction);
        if (fraction < 0)
            seconds--;
        var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)).UtcDateTime;
        bool local = reference is TimeReference.Absolute or TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear;
        var t = local ? TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.Local) : utc;
        return reference switch
        {
            TimeReference.Absolute or TimeReference.Utc => t.ToString("HH:mm:ss", Invariant),
            TimeReference.AbsoluteWithDate or TimeReference.UtcWithDate => t.ToString("yyyy-MM-dd HH:mm:ss", Invariant),
            _ => string.Create(Invariant, $"{t.Year:D4}/{t.DayOfYear:D3} {t.Hour:D2}:{t.Minute:D2}:{t.Second:D2}"),
        };
    }
}
