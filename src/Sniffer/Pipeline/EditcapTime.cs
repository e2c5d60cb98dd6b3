using System.Globalization;
using System.Text.RegularExpressions;

namespace Sniffer.Pipeline;

/// <summary>
/// The times editcap's -A and -B accept: Unix epoch seconds with up to nine decimals ("1394575569.493371"),
/// or YYYY-MM-DD[Thh:mm:ss[.nnnnnnnnn]][Z|±hh:mm] (a space may stand for the T), local time unless a zone
/// is given. Parsed into nanoseconds since the epoch.
/// </summary>
public static partial class EditcapTime
{
    private const long NanosecondsPerSecond = 1_000_000_000;

    [GeneratedRegex(@"^(\d+)(?:\.(\d{1,9}))?$")]
    private static partial Regex Epoch();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex Calendar();

    public static bool TryParse(string text, out long nanoseconds)
    {
        nanoseconds = 0;
        var epoch = Epoch().Match(text);
        if (epoch.Success)
        {
            if (!long.TryParse(epoch.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
                || seconds > long.MaxValue / NanosecondsPerSecond - 1)
                return false;
            nanoseconds = seconds * NanosecondsPerSecond + Fraction(epoch.Groups[2].Value);
            return true;
        }
        var calendar = Calendar().Match(text);
        if (!calendar.Success)
            return false;
        int Part(int group) => calendar.Groups[group].Success ? int.Parse(calendar.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        DateTime local;
        try
        {
            local = new DateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), DateTimeKind.Unspecified);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        TimeSpan offset;
        string zone = calendar.Groups[8].Value;
        if (zone == "Z")
            offset = TimeSpan.Zero;
        else if (zone.Length > 0)
        {
            int sign = zone[0] == '-' ? -1 : 1;
            int hours = int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture), minutes = int.Parse(zone.AsSpan(4, 2), CultureInfo.InvariantCulture);
            if (hours > 23 || minutes > 59)
                return false;
            offset = sign * new TimeSpan(hours, minutes, 0);
        }
        else
            offset = TimeZoneInfo.Local.GetUtcOffset(local);
        long seconds2 = new DateTimeOffset(local, offset).ToUnixTimeSeconds();
        nanoseconds = seconds2 * NanosecondsPerSecond + Fraction(calendar.Groups[7].Value);
        return true;
    }

    private static long Fraction(string digits) =>
        digits.Length == 0 ? 0 : long.Parse(digits.PadRight(9, '0'), CultureInfo.InvariantCulture);
}
