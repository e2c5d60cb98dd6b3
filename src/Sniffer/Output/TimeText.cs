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
        var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)).UtcDateTime;
        string zone = "UTC";
        var t = utc;
        if (local && !ZoneIsUtc)
        {
            t = TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
            zone = Zone.IsDaylightSavingTime(t) ? Zone.DaylightName : Zone.StandardName;
        }
        sb.Append(Months[t.Month - 1]).Append(' ');
        if (t.Day < 10)
            sb.Append(' ');
        sb.Append(t.Day).Append(", ").Append(t.Year.ToString(CultureInfo.InvariantCulture)).Append(' ');
        Two(sb, t.Hour).Append(':');
        Two(sb, t.Minute).Append(':');
        Two(sb, t.Second).Append('.');
        sb.Append(ns.ToString("D9", CultureInfo.InvariantCulture)).Append(' ').Append(zone);
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
