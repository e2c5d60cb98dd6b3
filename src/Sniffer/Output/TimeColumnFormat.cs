using System.Globalization;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>What the Time column shows (tshark's -t).</summary>
public enum TimeReference
{
    /// <summary>r: seconds since the first frame (the default).</summary>
    Relative,
    /// <summary>a: local time of day.</summary>
    Absolute,
    /// <summary>ad: local date (YYYY-MM-DD) and time.</summary>
    AbsoluteWithDate,
    /// <summary>adoy: local date as year and day of the year (YYYY/DOY) and time.</summary>
    AbsoluteWithDayOfYear,
    /// <summary>d: seconds since the previous captured frame.</summary>
    Delta,
    /// <summary>dd: seconds since the previous displayed frame.</summary>
    DeltaDisplayed,
    /// <summary>e: seconds since the Unix epoch.</summary>
    Epoch,
    /// <summary>u: UTC time of day.</summary>
    Utc,
    /// <summary>ud: UTC date and time.</summary>
    UtcWithDate,
    /// <summary>udoy: UTC year/day of the year and time.</summary>
    UtcWithDayOfYear,
}

/// <summary>
/// The Time column as tshark 4.0 writes it for <c>-t</c> and <c>-u</c> (column-utils.c): absolute times in the local
/// zone or UTC with or without the date, epoch seconds, or seconds relative to the first, previous or previous
/// displayed frame — in seconds or, with <c>-u hms</c>, hours, minutes and seconds — each with as many decimals as the
/// capture recorded. Writes into a span; allocates nothing.
/// </summary>
public sealed record TimeColumnFormat(TimeReference Reference = TimeReference.Relative, bool HoursMinutesSeconds = false)
{
    /// <summary>-t's words, in tshark's order.</summary>
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> Names { get; } = ["a", "ad", "adoy", "d", "dd", "e", "r", "u", "ud", "udoy"];

    public static TimeReference Parse(string name) => name switch
    {
        "a" => TimeReference.Absolute,
        "ad" => TimeReference.AbsoluteWithDate,
        "adoy" => TimeReference.AbsoluteWithDayOfYear,
        "d" => TimeReference.Delta,
        "dd" => TimeReference.DeltaDisplayed,
        "e" => TimeReference.Epoch,
        "u" => TimeReference.Utc,
        "ud" => TimeReference.UtcWithDate,
        "udoy" => TimeReference.UtcWithDayOfYear,
        _ => TimeReference.Relative,
    };

    /// <summary>The field whose value the column shows, when it is not the frame's own time (the tree must keep it).</summary>
    public FieldDef? Field => Reference switch
    {
        TimeReference.Delta => FrameFields.TimeDelta,
        TimeReference.DeltaDisplayed => FrameFields.TimeDeltaDisplayed,
        _ => null,
    };

    /// <summary>Whether the column is at least 10 characters wide right-aligned in a summary line (tshark pads relative times).</summary>
    public bool IsAbsolute => Reference is TimeReference.Absolute or TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear
        or TimeReference.Utc or TimeReference.UtcWithDate or TimeReference.UtcWithDayOfYear or TimeReference.Epoch;

    /// <summary>Writes the column for <paramref name="packet"/> into <paramref name="destination"/> (64 chars suffice); returns its length.</summary>
    public int Format(PacketContext packet, Span<char> destination)
    {
        var frame = packet.Frame;
        int digits = Math.Clamp(frame.TimePrecisionDigits, 0, 9);
        switch (Reference)
        {
            case TimeReference.Relative:
                return Seconds(packet.RelativeTime, digits, destination);
            case TimeReference.Delta:
            case TimeReference.DeltaDisplayed:
            {
                var tree = packet.Tree;
                int node = tree.Find(Field!);
                long delta = node >= 0 ? (long)tree[node].Number : 0;
                return Seconds(delta, digits, destination);
            }
            case TimeReference.Epoch:
                return SummaryPrinter.FormatSeconds(frame.Timestamp, digits, destination);
            default:
                return Absolute(frame.Timestamp, digits, destination);
        }
    }

    private int Seconds(long nanoseconds, int digits, Span<char> destination) => HoursMinutesSeconds
        ? HoursMinutesSecondsText(nanoseconds, digits, destination)
        : SummaryPrinter.FormatSeconds(nanoseconds, digits, destination);

    /// <summary>"1h  5m 42.668617s", "4m 16.711000s", "0.000011s": tshark's set_time_hour_min_sec (a negative time starts with "- ").</summary>
    private static int HoursMinutesSecondsText(long nanoseconds, int digits, Span<char> destination)
    {
        int at = 0;
        ulong abs = nanoseconds < 0 ? (ulong)(-(nanoseconds + 1)) + 1 : (ulong)nanoseconds;
        if (nanoseconds < 0)
        {
            destination[at++] = '-';
            destination[at++] = ' ';
        }
        ulong seconds = abs / 1_000_000_000;
        long fraction = (long)(abs % 1_000_000_000);
        if (seconds >= 3600)
        {
            destination[at..].TryWrite(Invariant, $"{seconds / 3600}h {seconds / 60 % 60,2}m {seconds % 60,2}", out int n);
            at += n;
        }
        else if (seconds >= 60)
        {
            destination[at..].TryWrite(Invariant, $"{seconds / 60}m {seconds % 60,2}", out int n);
            at += n;
        }
        else
        {
            destination[at..].TryWrite(Invariant, $"{seconds}", out int n);
            at += n;
        }
        at += Fraction(fraction, digits, destination[at..]);
        destination[at++] = 's';
        return at;
    }

    private int Absolute(long timestamp, int digits, Span<char> destination)
    {
        long seconds = Math.DivRem(timestamp, 1_000_000_000, out long fraction);
        if (fraction < 0)
        {
            fraction += 1_000_000_000;
            seconds--;
        }
        var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)).UtcDateTime;
        bool local = Reference is TimeReference.Absolute or TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear;
        var t = local ? TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.Local) : utc;
        int at = 0;
        if (Reference is TimeReference.AbsoluteWithDate or TimeReference.UtcWithDate)
            destination.TryWrite(Invariant, $"{t.Year:D4}-{t.Month:D2}-{t.Day:D2} ", out at);
        else if (Reference is TimeReference.AbsoluteWithDayOfYear or TimeReference.UtcWithDayOfYear)
            destination.TryWrite(Invariant, $"{t.Year:D4}/{t.DayOfYear:D3} ", out at);
        destination[at..].TryWrite(Invariant, $"{t.Hour:D2}:{t.Minute:D2}:{t.Second:D2}", out int n);
        at += n;
        return at + Fraction(fraction, digits, destination[at..]);
    }

    private static int Fraction(long fraction, int digits, Span<char> destination)
    {
        if (digits == 0)
            return 0;
        for (int i = digits; i < 9; i++)
            fraction /= 10;
        destination[0] = '.';
        for (int i = digits; i >= 1; i--)
        {
            destination[i] = (char)('0' + (int)(fraction % 10));
            fraction /= 10;
        }
        return digits + 1;
    }
}
