namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// Time literals as Wireshark 4.0 reads them (epan/ftypes/ftype-time.c): relative times "[-]S[.frac]" and
/// absolute times in ISO 8601 or the legacy "Nov 12, 1999 08:55:44.123" and "2011-07-04 12:34:56" forms, in local
/// time unless they end in "UTC" (or carry an ISO offset).
/// </summary>
internal static class TimeLiterals
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public const string AbsoluteExample = "Example: \"Nov 12, 1999 08:55:44.123\" or \"2011-07-04 12:34:56\"";

    /// <summary>get_nsecs: up to nine significant digits; further digits must be zeros.</summary>
    private static bool TryGetNanos(string s, int start, out int nanos, out int end)
    {
        nanos = 0;
        int p = start;
        while (p < s.Length && char.IsAsciiDigit(s[p]))
            p++;
        end = p;
        int ndigits = p - start;
        int scale = 9 - ndigits;
        int value = 0;
        for (int q = p - 1; q >= start; q--)
        {
            int digit = s[q] - '0';
            if (digit != 0)
            {
                if (scale < 0)
                    return false;
                for (int i = 0; i < scale; i++)
                    digit *= 10;
                value += digit;
            }
            scale++;
        }
        nanos = value;
        return true;
    }

    public static bool TryParseRelative(string s, out long seconds, out int nanos)
    {
        seconds = 0;
        nanos = 0;
        int p = 0;
        bool negative = false;
        if (p < s.Length && s[p] == '-')
        {
            negative = true;
            p++;
        }
        if (p >= s.Length || s[p] != '.')
        {
            var status = CNumbers.StrToUInt64(s, p, 10, out ulong secs, out int end);
            if (status == CNumbers.Status.NoDigits || (end < s.Length && s[end] != '.'))
                return false;
            seconds = unchecked((long)secs);
            p = end;
            if (p < s.Length && s[p] == '.')
                p++;
        }
        else
        {
            p++;
        }
        if (p < s.Length)
        {
            if (!TryGetNanos(s, p, out nanos, out int end) || end != s.Length)
                return false;
        }
        if (negative)
        {
            seconds = -seconds;
            nanos = -nanos;
        }
        return true;
    }

    /// <summary>Absolute time; <paramref name="error"/> is tshark's message when it is not one.</summary>
    public static bool TryParseAbsolute(string s, out long seconds, out int nanos, out string? error)
    {
        error = null;
        if (TryIso8601(s, out seconds, out nanos))
            return true;
        seconds = 0;
        nanos = 0;
        string? specific = null;
        if (s.Length < "2000-1-1".Length)
            return Fail(s, null, out error);

        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        int cur = -1;
        bool hasSeconds = true;
        if (s.Length > 3 && s[3] == ' ' && MonthOf(s) is int m && m >= 0)
        {
            month = m;
            cur = StrPTime(s, 4, "%d, %Y %H:%M:%S", ref year, ref month, ref day, ref hour, ref minute, ref second);
        }
        if (cur < 0)
        {
            month = 0;
            cur = StrPTime(s, 0, "%Y-%m-%d %H:%M:%S", ref year, ref month, ref day, ref hour, ref minute, ref second);
            if (cur < 0)
            {
                hasSeconds = false;
                hour = minute = second = 0;
                cur = StrPTime(s, 0, "%Y-%m-%d %H:%M", ref year, ref month, ref day, ref hour, ref minute, ref second);
                if (cur < 0)
                    cur = StrPTime(s, 0, "%Y-%m-%d %H", ref year, ref month, ref day, ref hour, ref minute, ref second);
                if (cur < 0)
                    cur = StrPTime(s, 0, "%Y-%m-%d", ref year, ref month, ref day, ref hour, ref minute, ref second);
                if (cur < 0)
                    return Fail(s, null, out error);
            }
        }
        if (cur < s.Length && s[cur] == '.')
        {
            if (!hasSeconds)
                return Fail(s, "Subsecond precision requires a seconds field.", out error);
            cur++;
            if (cur >= s.Length || !char.IsAsciiDigit(s[cur]))
                return Fail(s, "Subseconds value is not a number.", out error);
            if (!TryGetNanos(s, cur, out nanos, out int end))
                return Fail(s, "Subseconds value is invalid.", out error);
            cur = end;
        }
        while (cur < s.Length && IsSpace(s[cur]))
            cur++;
        bool utc = false;
        if (string.CompareOrdinal(s, cur, "UTC", 0, int.MaxValue) == 0 && cur + 3 == s.Length)
        {
            utc = true;
            cur += 3;
        }
        if (cur != s.Length)
            return Fail(s, specific ?? "Unexpected data after time value.", out error);
        if (!TryMakeTime(year, month, day, hour, minute, second, utc, out seconds))
            return Fail(s, $"\"{s}\" cannot be converted to a valid calendar time.", out error);
        return true;
    }

    private static bool Fail(string s, string? message, out string error)
    {
        error = message ?? $"\"{s}\" is not a valid absolute time. {AbsoluteExample}";
        return false;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private static int? MonthOf(string s)
    {
        for (int i = 0; i < Months.Length; i++)
            if (string.Compare(s, 0, Months[i], 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
                return i;
        return null;
    }

    /// <summary>
    /// glibc strptime for the few conversions used: white space in the format matches any amount of it, numbers
    /// skip leading white space and read at most their width. Returns where parsing stopped, or -1.
    /// </summary>
    private static int StrPTime(string s, int p, string format, ref int year, ref int month, ref int day, ref int hour, ref int minute, ref int second)
    {
        for (int f = 0; f < format.Length; f++)
        {
            char fc = format[f];
            if (IsSpace(fc))
            {
                while (p < s.Length && IsSpace(s[p]))
                    p++;
                continue;
            }
            if (fc != '%')
            {
                if (p >= s.Length || s[p] != fc)
                    return -1;
                p++;
                continue;
            }
            char conv = format[++f];
            int value;
            switch (conv)
            {
                case 'd':
                    if (!Number(s, ref p, 2, 1, 31, out value)) return -1;
                    day = value;
                    break;
                case 'm':
                    if (!Number(s, ref p, 2, 1, 12, out value)) return -1;
                    month = value - 1;
                    break;
                case 'Y':
                    if (!Number(s, ref p, 4, 0, 9999, out value)) return -1;
                    year = value;
                    break;
                case 'H':
                    if (!Number(s, ref p, 2, 0, 23, out value)) return -1;
                    hour = value;
                    break;
                case 'M':
                    if (!Number(s, ref p, 2, 0, 59, out value)) return -1;
                    minute = value;
                    break;
                case 'S':
                    if (!Number(s, ref p, 2, 0, 61, out value)) return -1;
                    second = value;
                    break;
                default:
                    return -1;
            }
        }
        return p;
    }

    private static bool Number(string s, ref int p, int width, int min, int max, out int value)
    {
        value = 0;
        while (p < s.Length && IsSpace(s[p]))
            p++;
        if (p >= s.Length || !char.IsAsciiDigit(s[p]))
            return false;
        int n = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p]) && n < width)
        {
            value = value * 10 + (s[p] - '0');
            p++;
            n++;
        }
        return value >= min && value <= max;
    }

    /// <summary>wsutil iso8601_to_nstime with ISO8601_DATETIME (separators required); the whole text must be used.</summary>
    private static bool TryIso8601(string s, out long seconds, out int nanos)
    {
        seconds = 0;
        nanos = 0;
        int p = 0;
        int year = 0;
        for (int i = 0; i < 4; i++)
        {
            if (p >= s.Length || !char.IsAsciiDigit(s[p]))
                return false;
            year = year * 10 + (s[p++] - '0');
        }
        if (p >= s.Length || s[p] != '-')
            return false;
        p++;
        if (!ScanUnsigned(s, ref p, 2, out int month) || p >= s.Length || s[p] != '-')
            return false;
        p++;
        if (!ScanUnsigned(s, ref p, 2, out int day))
            return false;
        if (p < s.Length && (s[p] == 'T' || s[p] == ' '))
            p++;
        else
            return false;
        if (!ScanUnsigned(s, ref p, 2, out int hour) || p >= s.Length || s[p] != ':')
            return false;
        p++;
        if (!ScanUnsigned(s, ref p, 2, out int minute))
            return false;
        int second = 0;
        if (p < s.Length && s[p] == ':')
        {
            p++;
            if (!ScanUnsigned(s, ref p, 2, out second))
                return false;
            if (p < s.Length && (s[p] == '.' || s[p] == ','))
            {
                p++;
                int fracStart = p;
                long frac = 0;
                if (p < s.Length && s[p] == '+')
                    p++;
                int digitsStart = p;
                while (p < s.Length && char.IsAsciiDigit(s[p]))
                {
                    frac = Math.Min(frac * 10 + (s[p] - '0'), 10_000_000_000L);
                    p++;
                }
                if (p == digitsStart)
                {
                    p = fracStart;
                }
                else
                {
                    int chars = p - fracStart;
                    if (frac >= 1_000_000_000 || frac == 0)
                        frac = 0;
                    else
                        for (int k = chars; k < 9; k++)
                            frac *= 10;
                    nanos = (int)frac;
                }
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
            return false;
        bool haveOffset = false;
        int offsetSeconds = 0;
        if (p < s.Length && (s[p] == '-' || s[p] == '+' || s[p] == 'Z'))
        {
            if (s[p] == 'Z')
            {
                haveOffset = true;
                p++;
            }
            else
            {
                char sign = s[p];
                int q = p;
                if (ScanSigned(s, ref q, 3, out int offHour))
                {
                    haveOffset = true;
                    p = q;
                    int offMinute = 0;
                    int r = p;
                    if (r < s.Length && s[r] == ':')
                        r++;
                    if (ScanSigned(s, ref r, 2, out int mins))
                    {
                        offMinute = mins;
                        p = r;
                    }
                    offsetSeconds = sign == '+' ? -(offHour * 3600 + offMinute * 60) : (-offHour) * 3600 + offMinute * 60;
                }
            }
        }
        if (p != s.Length)
            return false;
        if (!TryMakeTime(year, month - 1, day, hour, minute, second, haveOffset, out seconds))
            return false;
        seconds += offsetSeconds;
        return true;
    }

    /// <summary>sscanf "%Nu": optional white space and sign, then at most N characters of the number.</summary>
    private static bool ScanUnsigned(string s, ref int p, int width, out int value)
    {
        value = 0;
        int q = p;
        while (q < s.Length && IsSpace(s[q]))
            q++;
        int used = 0;
        bool negative = false;
        if (q < s.Length && (s[q] == '+' || s[q] == '-'))
        {
            negative = s[q] == '-';
            q++;
            used++;
        }
        int digits = 0;
        while (q < s.Length && used < width && char.IsAsciiDigit(s[q]))
        {
            value = value * 10 + (s[q] - '0');
            q++;
            used++;
            digits++;
        }
        if (digits == 0)
            return false;
        if (negative)
            value = -value;
        p = q;
        return true;
    }

    private static bool ScanSigned(string s, ref int p, int width, out int value) => ScanUnsigned(s, ref p, width, out value);

    /// <summary>mktime (local time) or timegm, normalising out-of-range fields as they do.</summary>
    private static bool TryMakeTime(int year, int month, int day, int hour, int minute, int second, bool utc, out long seconds)
    {
        seconds = 0;
        try
        {
            var unspecified = new DateTime(Math.Clamp(year, 1, 9999), 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
                .AddMonths(month).AddDays(day - 1).AddHours(hour).AddMinutes(minute).AddSeconds(second);
            DateTime asUtc = utc ? DateTime.SpecifyKind(unspecified, DateTimeKind.Utc) : TimeZoneInfo.ConvertTimeToUtc(unspecified, TimeZoneInfo.Local);
            seconds = (long)(asUtc - DateTime.UnixEpoch).TotalSeconds;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
