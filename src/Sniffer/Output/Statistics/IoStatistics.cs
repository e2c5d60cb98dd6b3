using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z io,stat,INTERVAL[,COLUMN…]</c> (ui/cli/tap-iostat.c, as 4.0 prints it): one row per interval of
/// relative time, one column per argument — frames and bytes of the frames its filter selects, or COUNT, SUM, MIN,
/// MAX, AVG or LOAD of a field over them, written "FUNC(field)filter". Column widths follow the largest value; the
/// header, the interval formats (seconds, or the -t absolute formats) and the last "… &lt;&gt; Dur" row are tshark's.
/// As in tshark, a field's values are seen only when some display filter of the run names the field (its filter
/// here, -Y, another statistic's): tshark keeps only the fields its filters reference, so "SUM(frame.len)" alone
/// counts nothing and "SUM(frame.len)frame.len" sums the lengths.
/// </summary>
public sealed class IoStatistics : ITap
{
    private const int MaxIntervals = 2_000_000;

    private readonly StatisticContext _context;
    private readonly ulong _interval;          // microseconds; ulong.MaxValue: the whole capture
    private readonly int _intervalPrecision;
    private readonly IoColumn[] _columns;
    private ulong _lastRelative;
    private long _maxRelative;
    private long _startSeconds = long.MinValue;
    private bool _tooManyIntervals;

    private IoStatistics(StatisticContext context, ulong interval, int precision, IoColumn[] columns)
    {
        _context = context;
        _interval = interval;
        _intervalPrecision = precision;
        _columns = columns;
        Fields = [.. columns.SelectMany(c => c.Fields)];
    }

    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields { get; }

    /// <summary>Parses "io,stat,INTERVAL[,COLUMN…]"; null with tshark's message when it is refused.</summary>
    public static IoStatistics? TryCreate(string argument, StatisticContext context, out string? error)
    {
        error = null;
        const string invalid = "invalid \"-z io,stat,<interval>[,<filter>][,<filter>]...\" argument";
        if (context.Time is TimeReference.Delta or TimeReference.DeltaDisplayed or TimeReference.Epoch)
        {
            error = "invalid -t operand. io,stat only supports -t <r|a|ad|adoy|u|ud|udoy>";
            return null;
        }
        string rest = argument["io,stat,".Length..];
        if (argument.EndsWith(',') || rest.Length == 0)
        {
            error = invalid;
            return null;
        }
        int comma = rest.IndexOf(',');
        string intervalText = comma < 0 ? rest : rest[..comma];
        if (!double.TryParse(intervalText, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            error = invalid;
            return null;
        }
        ulong interval;
        int precision;
        if (seconds == 0)
        {
            interval = ulong.MaxValue;
            precision = 0;
        }
        else
        {
            // C's conversion of a negative or huge double to uint64 gives a huge interval: the whole capture.
            double micro = seconds * 1_000_000.0 + 0.5;
            interval = micro <= 0 || micro >= 1.8e19 ? ulong.MaxValue - 1 : (ulong)micro;
            precision = 6;
            for (ulong i = 10; i < 10_000_000; i *= 10)
            {
                if (interval % i > 0)
                    break;
                precision--;
            }
            int dot = intervalText.IndexOf('.');
            if (precision == 0 && dot >= 0)
            {
                // tshark 4.0 counts the zeros written after the point up to the next comma (and, with no comma, shows six).
                int zeros = intervalText.Length - dot - 1;
                if (comma < 0)
                    precision = 6;
                else if (zeros > 0)
                    precision = Math.Min(zeros, 6);
            }
        }
        if (interval < 1)
        {
            error = "\"-z\" interval must be >=0.000001 seconds or \"0\" for the entire capture duration.";
            return null;
        }
        var columns = new List<IoColumn>();
        if (comma < 0)
        {
            columns.Add(IoColumn.TryCreate(null, context, out _)!);
        }
        else if (!TryColumns(rest[(comma + 1)..], context, columns, out error))
        {
            return null;
        }
        return new IoStatistics(context, interval, precision, [.. columns]);
    }

    /// <summary>The columns, split at every comma as tshark 4.0 splits them (a filter cannot hold one).</summary>
    private static bool TryColumns(string text, StatisticContext context, List<IoColumn> columns, out string? error)
    {
        error = null;
        foreach (string part in text.Split(','))
        {
            string spec = part.Trim();
            var column = IoColumn.TryCreate(spec.Length == 0 ? null : spec, context, out error);
            if (column is not null)
            {
                columns.Add(column);
                continue;
            }
            return false;
        }
        return true;
    }

    public void OnFrame(PacketContext packet)
    {
        long rel = packet.RelativeTime;
        if (rel > _maxRelative)
            _maxRelative = rel;
        ulong relative;
        if (rel >= 0)
        {
            relative = (ulong)(rel / 1_000_000_000) * 1_000_000 + (ulong)((rel % 1_000_000_000 + 500) / 1000);
            _lastRelative = relative;
        }
        else
        {
            relative = _lastRelative;
        }
        if (_startSeconds == long.MinValue)
            _startSeconds = FloorDiv(packet.Frame.Timestamp - rel, 1_000_000_000);
        ulong index64 = _interval == ulong.MaxValue ? 0 : relative / _interval;
        if (index64 >= MaxIntervals)
        {
            _tooManyIntervals = true;
            return;
        }
        var tree = packet.Tree;
        foreach (var column in _columns)
            column.Add(tree, (int)index64, packet.Frame.OriginalLength, _context.PrimedFields, _interval);
    }

    private static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return a % b < 0 ? q - 1 : q;
    }

    public void OnEnd(CaptureModel model)
    {
        if (_tooManyIntervals)
            Pipeline.ConsoleOutput.Note($"io,stat: counted the first {MaxIntervals} intervals only; choose a longer interval");
        _context.Output.Write(Draw());
    }

    /// <summary>The table, as iostat_draw writes it.</summary>
    public string Draw()
    {
        var sb = new StringBuilder();
        var time = _context.Time;
        long elapsedNs = _maxRelative;
        ulong duration = (ulong)(elapsedNs / 1_000_000_000) * 1_000_000 + (ulong)((elapsedNs % 1_000_000_000 + 500) / 1000);
        ulong interval;
        bool whole;
        if (_interval > duration || _interval == ulong.MaxValue)
        {
            interval = duration;
            whole = true;
        }
        else
        {
            interval = _interval;
            whole = false;
        }
        uint durationSeconds = (uint)(duration / 1_000_000);
        int durationMagnitude = Magnitude(durationSeconds, 5);
        int intervalMagnitude = Magnitude(interval / 1_000_000, 5);
        int precision;
        int borderLength;
        if (interval == duration)
        {
            precision = durationMagnitude >= 2 ? 1 : durationMagnitude == 1 ? 3 : 6;
            borderLength = 30 + durationMagnitude + (precision == 0 ? 0 : precision + 1);
        }
        else
        {
            precision = _intervalPrecision;
            borderLength = 25 + Math.Max(intervalMagnitude, durationMagnitude) + (precision == 0 ? 0 : precision + 1);
        }
        ulong dv = 1_000_000;
        for (int i = 0; i < precision; i++)
            dv /= 10;
        if (duration % dv > 5 * (dv / 10))
        {
            duration += 5 * (dv / 10);
            duration = duration / dv * dv;
            durationSeconds = (uint)(duration / 1_000_000);
            durationMagnitude = Magnitude(durationSeconds, 5);
        }
        if (whole)
            interval = duration;

        int intervalColumn = precision == 0 ? 2 * durationMagnitude + 8 : 2 * durationMagnitude + 2 * precision + 10;
        intervalColumn = time is TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear or TimeReference.UtcWithDate
            or TimeReference.UtcWithDayOfYear ? Math.Max(intervalColumn, 23) : Math.Max(intervalColumn, 12);

        int rowWidth = intervalColumn;
        foreach (var column in _columns)
            rowWidth += column.Layout(interval);
        borderLength = Math.Max(borderLength, rowWidth);
        int filterWidth = 0;
        foreach (var column in _columns)
            filterWidth = Math.Max(filterWidth, column.Text is { } f ? f.Length + 11 : 26);
        if (filterWidth > borderLength && borderLength < 102)
            borderLength = Math.Min(filterWidth, 102);
        if (borderLength - rowWidth == 1)
            borderLength++;

        // Title, duration and interval.
        sb.Append('\n').Append('=', borderLength).Append('\n');
        sb.Append('|').Append(" IO Statistics".PadRight(borderLength - 2)).Append("|\n");
        sb.Append('|').Append(' ', borderLength - 2).Append("|\n");
        int durationPrecision = precision == 0 ? 6 : precision;
        int durationWidth = durationMagnitude + (precision == 0 ? 0 : precision + 1);
        string durationText = DurationText(elapsedNs, durationPrecision);
        Bordered(sb, "| Duration: " + durationText.PadLeft(durationWidth) + " secs", borderLength);
        string intervalText = SecondsText((long)(interval / 1_000_000) * 1_000_000_000 + (long)(interval % 1_000_000) * 1000, precision);
        Bordered(sb, "| Interval: " + intervalText.PadLeft(durationWidth) + " secs", borderLength);
        sb.Append('|').Append(' ', borderLength - 2).Append("|\n");
        for (int j = 0; j < _columns.Length; j++)
            WriteFilter(sb, j, borderLength);
        sb.Append("|-").Append('-', borderLength - 3).Append("|\n");

        // Column numbers and labels.
        sb.Append('|').Append(' ', intervalColumn - 2).Append('|');
        for (int j = 0; j < _columns.Length; j++)
            sb.Append((j + 1).ToString(CultureInfo.InvariantCulture).PadRight(2)).Append(' ', _columns[j].HeaderPadding).Append('|');
        string filler = rowWidth < borderLength ? new string(' ', borderLength - rowWidth - 1) + "|" : "";
        sb.Append(filler);
        switch (time)
        {
            case TimeReference.Absolute:
                sb.Append("\n| Time    ").Append(' ', Math.Max(0, intervalColumn - 11)).Append('|');
                break;
            case TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear or TimeReference.UtcWithDate or TimeReference.UtcWithDayOfYear:
                sb.Append("\n| Date and time").Append(' ', Math.Max(0, intervalColumn - 16)).Append('|');
                break;
            case TimeReference.Utc:
                // tshark 4.0 writes no label (and no line break) for -t u.
                sb.Append(' ', Math.Max(0, intervalColumn - 11)).Append('|');
                break;
            default:
                sb.Append("\n| Interval").Append(' ', Math.Max(0, intervalColumn - 11)).Append('|');
                break;
        }
        foreach (var column in _columns)
            column.AppendLabels(sb);
        sb.Append(filler);
        sb.Append("\n|-").Append('-', rowWidth - 3).Append('|').Append(filler).Append('\n');

        // Rows.
        string Number(ulong value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width);
        bool lastRow = false;
        for (ulong t = 0; t < duration && !lastRow; t += interval)
        {
            ulong end = t + interval;
            if (end >= duration || end < t)
            {
                lastRow = true;
                end = duration;
            }
            switch (time)
            {
                case TimeReference.Relative:
                    if (precision == 0)
                    {
                        string pad = durationMagnitude == 1 ? " " : "";
                        if (lastRow)
                        {
                            int width = durationMagnitude >= 3 ? durationMagnitude + 1 : 3;
                            sb.Append("| ").Append(pad).Append(Number(t / 1_000_000, durationMagnitude)).Append(" <> ").Append("Dur".PadRight(width)).Append('|');
                        }
                        else
                        {
                            sb.Append('|').Append(pad).Append(' ').Append(Number(t / 1_000_000, durationMagnitude)).Append(" <> ")
                                .Append(Number(end / 1_000_000, durationMagnitude)).Append(' ').Append(pad).Append('|');
                        }
                    }
                    else
                    {
                        sb.Append("| ").Append(Number(t / 1_000_000, durationMagnitude)).Append('.')
                            .Append((t % 1_000_000 / dv).ToString(CultureInfo.InvariantCulture).PadLeft(precision, '0')).Append(" <> ")
                            .Append(Number(end / 1_000_000, durationMagnitude)).Append('.')
                            .Append((end % 1_000_000 / dv).ToString(CultureInfo.InvariantCulture).PadLeft(precision, '0')).Append(" |");
                    }
                    break;
                default:
                    sb.Append("| ").Append(AbsoluteRow(_startSeconds + (long)(t / 1_000_000), time)).Append(" |");
                    break;
            }
            int row = whole ? 0 : (int)Math.Min(t / interval, int.MaxValue);
            foreach (var column in _columns)
                column.AppendRow(sb, row, lastRow, interval, end - t);
            sb.Append(filler).Append('\n');
        }
        sb.Append('=', borderLength).Append('\n');
        return sb.ToString();
    }

    private static string AbsoluteRow(long seconds, TimeReference time)
    {
        var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)).UtcDateTime;
        bool local = time is TimeReference.Absolute or TimeReference.AbsoluteWithDate or TimeReference.AbsoluteWithDayOfYear;
        var t = local ? TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.Local) : utc;
        return time switch
        {
            TimeReference.AbsoluteWithDate or TimeReference.UtcWithDate => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            TimeReference.AbsoluteWithDayOfYear or TimeReference.UtcWithDayOfYear =>
                string.Create(CultureInfo.InvariantCulture, $"{t.Year:D4}/{t.DayOfYear:D3} {t.Hour:D2}:{t.Minute:D2}:{t.Second:D2}"),
            _ => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        };
    }

    private void WriteFilter(StringBuilder sb, int j, int borderLength)
    {
        var line = new StringBuilder(j == 0 ? "| Col" : "|    ");
        line.Append((j + 1).ToString(CultureInfo.InvariantCulture).PadLeft(2)).Append(": ");
        string? filter = _columns[j].Text;
        if (filter is null)
        {
            line.Append("Frames and bytes");
        }
        else
        {
            int max = borderLength - 11;
            while (filter.Length > max)
            {
                int space = filter.AsSpan(0, max).LastIndexOf(' ');
                int length = space >= 0 ? space : max;
                line.Append(filter.AsSpan(0, length));
                Bordered(sb, line.ToString(), borderLength);
                line.Clear().Append("|         ");
                filter = filter[(space >= 0 ? length + 1 : length)..];
            }
            line.Append(filter);
        }
        Bordered(sb, line.ToString(), borderLength);
    }

    /// <summary>A line closed by "|" in the border column ("%*s" of "|": at least the bar).</summary>
    private static void Bordered(StringBuilder sb, string text, int borderLength) =>
        sb.Append(text).Append("|".PadLeft(Math.Max(1, borderLength - text.Length))).Append('\n');

    /// <summary>The capture's duration with <paramref name="digits"/> decimals, rounded up only past the half (as tshark 4.0).</summary>
    private static string DurationText(long elapsedNs, int digits)
    {
        ulong micro = (ulong)(elapsedNs / 1_000_000_000) * 1_000_000 + (ulong)((elapsedNs % 1_000_000_000 + 500) / 1000);
        ulong dv = 1_000_000;
        for (int i = 0; i < digits; i++)
            dv /= 10;
        if (micro % dv > 5 * (dv / 10))
            micro = (micro + 5 * (dv / 10)) / dv * dv;
        return SecondsText((long)micro * 1000, digits);
    }

    private static string SecondsText(long ns, int digits)
    {
        Span<char> text = stackalloc char[32];
        return new string(text[..SummaryPrinter.FormatSeconds(ns, digits, text)]);
    }

    public static int Magnitude(ulong value, int maxWidth)
    {
        int magnitude = 0;
        for (int i = 0; i < maxWidth; i++)
        {
            magnitude++;
            if ((value /= 10) == 0)
                break;
        }
        return magnitude;
    }
}
