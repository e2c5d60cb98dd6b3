using System.Globalization;
using System.Text;

namespace Sniffer.Output;

/// <summary>
/// Absolute times as tshark writes FT_ABSOLUTE_TIME ("Nov 22, 2026 00:10:49.585516393 UTC"): in the local time zone,
/// named by its abbreviation (CET, EST…), as tshark does; "UTC" when the zone is UTC.
/// </summary>
public static class TimeText
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.Local;
    private static readonly bool ZoneIsUtc = Zone.BaseUtcOffset == TimeSpan.Zero && !Zone.SupportsDaylightSavingTime;

    /// <summary>Appends the time <paramref name="nanosecondsSinceEpoch"/> in the local zone (or UTC when <paramref name="local"/> is false).</summary>
    public static void AppendAbsolute(StringBuilder sb, long nanosecondsSinceEpoch, bool local)
    {
        long seconds = Math.DivRem(nanosecondsSinceEpoch, 1_000_000_000, out long ns);
        if (ns < 0)
        {
            ns += 1_000_000_000;
            seconds--;
        }
        AppendSecond(sb, seconds, local, out string zone);
        sb.Append('.').Append(ns.ToString("D9", CultureInfo.InvariantCulture)).Append(' ').Append(zone);
    }

    /// <summary>"Nov 22, 2026 00:10:49": second <paramref name="seconds"/> since the epoch in the zone shown, and that zone's name.</summary>
    internal static void AppendSecond(StringBuilder sb, long seconds, bool local, out string zone)
    {
        var t = ToDisplayed(seconds, local, out zone);
        sb.Append(Months[t.Month - 1]).Append(' ');
        if (t.Day < 10)
            sb.Append(' ');
        sb.Append(t.Day).Append(", ").Append(t.Year).Append(' ');
        Two(sb, t.Hour).Append(':');
        Two(sb, t.Minute).Append(':');
        Two(sb, t.Second);
    }

    /// <summary>The date and time of second <paramref name="seconds"/> since the epoch in the zone shown, and the zone's name.</summary>
    private static DateTime ToDisplayed(long seconds, bool local, out string zone)
    {
        var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)).UtcDateTime;
        zone = "UTC";
        if (!local || ZoneIsUtc)
            return utc;
        var t = TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
        zone = Zone.IsDaylightSavingTime(t) ? Zone.DaylightName : Zone.StandardName;
        return t;
    }

    /// <summary>The date in the local zone as "yyyy-MM-dd" (the EK and JSON index names).</summary>
    public static string LocalDate(long nanosecondsSinceEpoch)
    {
        long seconds = Math.DivRem(nanosecondsSinceEpoch, 1_000_000_000, out long ns);
        if (ns < 0)
            seconds--;
        var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)).UtcDateTime;
        var t = ZoneIsUtc ? utc : TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
        return t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static StringBuilder Two(StringBuilder sb, int value)
    {
        if (value < 10)
            sb.Append('0');
        return sb.Append(value);
    }
}
