using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output.Statistics;

/// <summary>
/// One column of -z io,stat: its spec as typed ("COUNT(tcp.len)tcp.len", or none for frames and bytes), what it
/// computes over which field, the filter choosing its frames, and one cell per interval, accumulated as
/// iostat_packet does (C's 64-bit counter, float and double sums, the signed comparisons of signed fields).
/// </summary>
internal sealed class IoColumn
{
    private static readonly (string Name, IoCalculation Calculation)[] Functions =
    [
        ("FRAMES", IoCalculation.Frames), ("BYTES", IoCalculation.Bytes), ("FRAMES BYTES", IoCalculation.FramesAndBytes),
        ("COUNT", IoCalculation.Count), ("SUM", IoCalculation.Sum), ("MIN", IoCalculation.Min), ("MAX", IoCalculation.Max),
        ("AVG", IoCalculation.Avg), ("LOAD", IoCalculation.Load),
    ];

    private enum Kind { Unsigned, Signed, Float, Double, Time, Other }

    private struct Cell
    {
        public uint Frames;
        public uint Num;
        public ulong Counter;
        public float Float;
        public double Double;
    }

    private readonly List<Cell> _cells = [new Cell()];
    private readonly StatisticFilter? _filter;
    private readonly FieldDef? _field;
    private readonly Kind _kind;
    private ulong _maxValue;
    private uint _maxFrames;
    private int _frameWidth, _valueWidth;

    private IoColumn(string? text, IoCalculation calculation, FieldDef? field, StatisticFilter? filter)
    {
        Text = text;
        Calculation = calculation;
        _field = field;
        _filter = filter;
        _kind = field is null ? Kind.Other : KindOf(field.Type);
    }

    /// <summary>The spec as typed, shown in the header; null for "Frames and bytes".</summary>
    public string? Text { get; }

    public IoCalculation Calculation { get; }

    /// <summary>The fields the column reads: its own and its filter's.</summary>
    public IReadOnlyCollection<FieldDef> Fields => [.. _field is null ? [] : new[] { _field }, .. _filter?.ReferencedFields ?? []];

    /// <summary>
    /// Parses one column as register_io_tap does: a function name at the start (with its field in parentheses) and the
    /// rest a display filter. Null with tshark's message when it is refused.
    /// </summary>
    public static IoColumn? TryCreate(string? spec, StatisticContext context, out string? error)
    {
        error = null;
        if (spec is null)
            return new IoColumn(null, IoCalculation.FramesAndBytes, null, (StatisticFilter?)null);
        var calculation = IoCalculation.FramesAndBytes;
        string filterText = spec;
        FieldDef? field = null;
        string? functionName = null;
        foreach (var (name, function) in Functions)
        {
            if (spec.StartsWith(name, StringComparison.Ordinal))
            {
                calculation = function;
                functionName = name;
                if (spec.Length > name.Length && spec[name.Length] == '(')
                {
                    int close = spec.IndexOf(')', name.Length + 1);
                    if (close < 0)
                    {
                        context.ErrorExitCode = 10;
                        error = "Closing parenthesis missing from calculated expression.";
                        return null;
                    }
                    string fieldName = spec[(name.Length + 1)..close];
                    if (function is IoCalculation.Frames or IoCalculation.Bytes)
                    {
                        if (fieldName.Length > 0)
                        {
                            context.ErrorExitCode = 10;
                            error = $"{name} does not require or allow a field name within the parens.";
                            return null;
                        }
                        filterText = spec[(close + 1)..];
                        break;
                    }
                    if (fieldName.Length == 0)
                    {
                        context.ErrorExitCode = 10;
                        error = $"You didn't specify a field name for {name}(*).";
                        return null;
                    }
                    filterText = spec[(close + 1)..];
                    field = FieldCatalog.Shared.Find(fieldName);
                    if (field is null)
                    {
                        context.ErrorExitCode = 10;
                        error = $"There is no field named '{fieldName}'." + Suggestion(fieldName);
                        return null;
                    }
                    break;
                }
            }
            else if (calculation is IoCalculation.Frames or IoCalculation.Bytes)
            {
                filterText = "";
            }
        }
        if (field is not null && calculation is not (IoCalculation.Frames or IoCalculation.Bytes or IoCalculation.FramesAndBytes))
        {
            var kind = KindOf(field.Type);
            bool supported = kind switch
            {
                Kind.Unsigned or Kind.Signed => true,
                Kind.Float or Kind.Double => calculation is IoCalculation.Sum or IoCalculation.Count or IoCalculation.Max
                    or IoCalculation.Min or IoCalculation.Avg,
                Kind.Time => true,
                _ => calculation == IoCalculation.Count,
            };
            if (supported && calculation == IoCalculation.Load && kind != Kind.Time)
            {
                context.ErrorExitCode = 10;
                error = "LOAD() is only supported for relative-time fields such as smb.time";
                return null;
            }
            if (!supported)
            {
                context.ErrorExitCode = 10;
                error = kind is Kind.Float or Kind.Double
                    ? $"{field.Abbrev} is a float field, so {functionName}(*) calculations are not supported on it."
                    : $"{field.Abbrev} doesn't have integral values, so {functionName}(*) calculations are not supported on it.";
                return null;
            }
        }
        StatisticFilter? filter = null;
        if (filterText.Length > 0)
        {
            var (compiled, refused) = context.Compile(filterText);
            if (compiled is null)
            {
                error = "Couldn't register io,stat tap: " + refused;
                return null;
            }
            filter = compiled;
        }
        return new IoColumn(spec, calculation, field, filter);
    }

    private static string Suggestion(string name)
    {
        var close = FieldSuggestions.Closest(FieldCatalog.Shared, name);
        return close.Count > 0 ? $" (did you mean {string.Join(" or ", close)}?)" : "";
    }

    private static Kind KindOf(FieldType type) => type switch
    {
        FieldType.UInt8 or FieldType.UInt16 or FieldType.UInt24 or FieldType.UInt32 or FieldType.UInt48 or FieldType.UInt64 => Kind.Unsigned,
        FieldType.Int8 or FieldType.Int32 or FieldType.Int64 => Kind.Signed,
        FieldType.Float => Kind.Float,
        FieldType.Double => Kind.Double,
        FieldType.RelativeTime => Kind.Time,
        _ => Kind.Other,
    };

    /// <summary>Counts one frame in interval <paramref name="index"/> when the column's filter selects it.</summary>
    public void Add(FieldTree tree, int index, long length, IReadOnlySet<FieldDef> primed, ulong interval)
    {
        if (_filter is not null && !_filter.Matches(tree))
            return;
        while (_cells.Count <= index)
            _cells.Add(new Cell());
        var cells = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_cells);
        ref var cell = ref cells[index];
        cell.Frames++;
        // tshark sees a field's values only when a filter of the run names it (the others are not built into its tree).
        bool visible = _field is not null && primed.Contains(_field);
        switch (Calculation)
        {
            case IoCalculation.Frames or IoCalculation.Bytes or IoCalculation.FramesAndBytes:
                cell.Counter += (ulong)length;
                break;
            case IoCalculation.Count:
                if (visible)
                    cell.Counter += (ulong)Occurrences(tree);
                break;
            default:
                if (visible)
                    Accumulate(tree, ref cell, cells, index, interval);
                break;
        }
        UpdateMaxima(cell);
    }

    private int Occurrences(FieldTree tree)
    {
        int n = 0;
        foreach (ref readonly var node in tree.Nodes)
            if (ReferenceEquals(node.Field, _field))
                n++;
        return n;
    }

    private void Accumulate(FieldTree tree, ref Cell cell, Span<Cell> cells, int index, ulong interval)
    {
        int i = 0;
        foreach (ref readonly var node in tree.Nodes)
        {
            if (!ReferenceEquals(node.Field, _field))
                continue;
            bool first = cell.Frames == 1 && i == 0;
            i++;
            ulong raw = node.Number;
            switch (Calculation)
            {
                case IoCalculation.Sum:
                    switch (_kind)
                    {
                        case Kind.Float: cell.Float += (float)BitConverter.Int64BitsToDouble((long)raw); break;
                        case Kind.Double: cell.Double += BitConverter.Int64BitsToDouble((long)raw); break;
                        default: cell.Counter += Integral(raw); break;
                    }
                    break;
                case IoCalculation.Min:
                    switch (_kind)
                    {
                        case Kind.Float:
                            float f = (float)BitConverter.Int64BitsToDouble((long)raw);
                            if (first || f < cell.Float)
                                cell.Float = f;
                            break;
                        case Kind.Double:
                            double d = BitConverter.Int64BitsToDouble((long)raw);
                            if (first || d < cell.Double)
                                cell.Double = d;
                            break;
                        default:
                            ulong v = Integral(raw);
                            if (first || Less(v, cell.Counter))
                                cell.Counter = v;
                            break;
                    }
                    break;
                case IoCalculation.Max:
                    switch (_kind)
                    {
                        case Kind.Float:
                            float f = (float)BitConverter.Int64BitsToDouble((long)raw);
                            if (f > cell.Float)
                                cell.Float = f;
                            break;
                        case Kind.Double:
                            double d = BitConverter.Int64BitsToDouble((long)raw);
                            if (d > cell.Double)
                                cell.Double = d;
                            break;
                        default:
                            ulong v = Integral(raw);
                            if (Less(cell.Counter, v))
                                cell.Counter = v;
                            break;
                    }
                    break;
                case IoCalculation.Avg:
                    cell.Num++;
                    switch (_kind)
                    {
                        case Kind.Float: cell.Float += (float)BitConverter.Int64BitsToDouble((long)raw); break;
                        case Kind.Double: cell.Double += BitConverter.Int64BitsToDouble((long)raw); break;
                        default: cell.Counter += Integral(raw); break;
                    }
                    break;
                case IoCalculation.Load when _kind == Kind.Time:
                {
                    // The load a response time puts on each interval it spans back from this frame (microseconds).
                    long ns = (long)raw;
                    ulong value = (ulong)(ns / 1_000_000_000) * 1_000_000 + (ulong)(ns % 1_000_000_000 / 1000);
                    ulong within = value % interval;
                    cell.Counter += within;
                    value -= within;
                    int previous = index > 0 ? index - 1 : cells.Length - 1;
                    while (value > 0)
                    {
                        if (value < interval)
                        {
                            cells[previous].Counter += value;
                            break;
                        }
                        cells[previous].Counter += interval;
                        value -= interval;
                        previous = previous > 0 ? previous - 1 : cells.Length - 1;
                    }
                    break;
                }
            }
        }
    }

    /// <summary>A value as C's 64-bit counter holds it: signed values sign-extended, times in nanoseconds.</summary>
    private ulong Integral(ulong raw) => _field!.Type switch
    {
        FieldType.Int8 => (ulong)(long)(sbyte)(byte)raw,
        FieldType.Int32 => (ulong)(long)(int)(uint)raw,
        _ => raw,
    };

    /// <summary>C's comparison of two counters: signed for signed fields (32-bit for the 32-bit ones), unsigned otherwise.</summary>
    private bool Less(ulong a, ulong b) => _field!.Type switch
    {
        FieldType.Int8 or FieldType.Int32 => (int)a < (int)b,
        FieldType.Int64 => (long)a < (long)b,
        _ => a < b,
    };

    private void UpdateMaxima(in Cell cell)
    {
        switch (Calculation)
        {
            case IoCalculation.Frames:
                _maxFrames = Math.Max(_maxFrames, cell.Frames);
                break;
            case IoCalculation.FramesAndBytes:
                _maxFrames = Math.Max(_maxFrames, cell.Frames);
                _maxValue = Math.Max(_maxValue, cell.Counter);
                break;
            case IoCalculation.Bytes or IoCalculation.Count or IoCalculation.Load:
                _maxValue = Math.Max(_maxValue, cell.Counter);
                break;
            case IoCalculation.Sum or IoCalculation.Min or IoCalculation.Max:
                _maxValue = Math.Max(_maxValue, _kind switch
                {
                    Kind.Float => ToUInt64(cell.Float + 0.5),
                    Kind.Double => ToUInt64(cell.Double + 0.5),
                    _ => cell.Counter,
                });
                break;
            case IoCalculation.Avg:
                if (cell.Num == 0)
                    break;
                _maxValue = Math.Max(_maxValue, _kind switch
                {
                    Kind.Float => ToUInt64(cell.Float) / cell.Num,
                    Kind.Double => ToUInt64(cell.Double) / cell.Num,
                    Kind.Time => (cell.Counter / cell.Num + 500_000_000) / 1_000_000_000,
                    _ => cell.Counter / cell.Num,
                });
                break;
        }
    }

    /// <summary>C's conversion of a double to uint64 (what x86-64 gives for values it cannot hold: 0 or the top bit).</summary>
    private static ulong ToUInt64(double value) => value switch
    {
        double.NaN => 0x8000000000000000,
        < 0 => value > -1 ? 0 : unchecked((ulong)(long)value),
        >= 18446744073709551616.0 => 0x8000000000000000,
        _ => (ulong)value,
    };

    private string FunctionName => Calculation switch
    {
        IoCalculation.Frames => "FRAMES",
        IoCalculation.Bytes => "BYTES",
        IoCalculation.FramesAndBytes => "FRAMES BYTES",
        IoCalculation.Count => "COUNT",
        IoCalculation.Sum => "SUM",
        IoCalculation.Min => "MIN",
        IoCalculation.Max => "MAX",
        IoCalculation.Avg => "AVG",
        _ => "LOAD",
    };

    /// <summary>Sets the widths from the largest values (iostat_calc_cols_width_and_fmt); returns the column's width with its borders.</summary>
    public int Layout(ulong interval)
    {
        int nameLength = Calculation == IoCalculation.FramesAndBytes ? 5 : FunctionName.Length;
        if (Calculation is IoCalculation.Frames or IoCalculation.FramesAndBytes)
        {
            _frameWidth = Math.Max(6, IoStatistics.Magnitude(_maxFrames, 15));
            int width = _frameWidth + 3;
            if (Calculation == IoCalculation.FramesAndBytes)
            {
                _valueWidth = Math.Max(5, IoStatistics.Magnitude(_maxValue, 15));
                width += _valueWidth + 3;
            }
            return width;
        }
        if (Calculation is IoCalculation.Bytes or IoCalculation.Count)
        {
            _valueWidth = Math.Max(5, IoStatistics.Magnitude(_maxValue, 15));
        }
        else
        {
            switch (_kind)
            {
                case Kind.Float or Kind.Double:
                    _valueMagnitude = IoStatistics.Magnitude(_maxValue, 15);
                    _valueWidth = _valueMagnitude + 7;
                    break;
                case Kind.Time:
                    ulong max = _maxValue;
                    if (Calculation == IoCalculation.Load)
                        max = interval == 0 ? 0 : max / interval;
                    else if (Calculation != IoCalculation.Avg)
                        max = (max + 500_000_000) / 1_000_000_000;
                    _valueMagnitude = IoStatistics.Magnitude(max, 15);
                    _valueWidth = _valueMagnitude + 7;
                    break;
                default:
                    _valueWidth = Math.Max(nameLength, IoStatistics.Magnitude(_maxValue, 15));
                    break;
            }
        }
        return _valueWidth + 3;
    }

    private int _valueMagnitude;

    /// <summary>Spaces after the column number in the first header line.</summary>
    public int HeaderPadding => Calculation switch
    {
        IoCalculation.FramesAndBytes => _frameWidth + _valueWidth + 3,
        IoCalculation.Frames => _frameWidth,
        _ => _valueWidth,
    };

    public void AppendLabels(StringBuilder sb)
    {
        switch (Calculation)
        {
            case IoCalculation.Frames:
                Center(sb, "FRAMES", _frameWidth);
                break;
            case IoCalculation.FramesAndBytes:
                Center(sb, "Frames", _frameWidth);
                Center(sb, "Bytes", _valueWidth);
                break;
            default:
                Center(sb, FunctionName, _valueWidth);
                break;
        }
    }

    /// <summary>tshark's printcenter: the label centred in a 6-character pad (nothing at all when the column is much wider).</summary>
    private static void Center(StringBuilder sb, string label, int width)
    {
        int len = 6 - ((width - label.Length) / 2 + 1);
        if (len is > 0 and < 6)
        {
            int spaces = 6 - len;
            sb.Append(' ', (width - label.Length) % 2 == 0 ? spaces : spaces + 1).Append(label).Append(' ', spaces).Append('|');
        }
        else if (len is > 0 and <= 15)
        {
            sb.Append(label).Append('|');
        }
    }

    /// <summary>The cells of interval <paramref name="row"/> (zeros past the last frame).</summary>
    public void AppendRow(StringBuilder sb, int row, bool lastRow, ulong interval, ulong span)
    {
        var culture = CultureInfo.InvariantCulture;
        bool present = row < _cells.Count;
        var cell = present ? _cells[row] : default;
        switch (Calculation)
        {
            case IoCalculation.Frames:
                sb.Append(' ').Append(cell.Frames.ToString(culture).PadLeft(_frameWidth)).Append(" |");
                return;
            case IoCalculation.FramesAndBytes:
                sb.Append(' ').Append(cell.Frames.ToString(culture).PadLeft(_frameWidth)).Append(" | ")
                    .Append(cell.Counter.ToString(culture).PadLeft(_valueWidth)).Append(" |");
                return;
            case IoCalculation.Bytes or IoCalculation.Count:
                sb.Append(' ').Append(cell.Counter.ToString(culture).PadLeft(_valueWidth)).Append(" |");
                return;
        }
        string text;
        switch (_kind)
        {
            case Kind.Float or Kind.Double:
            {
                uint num = Calculation == IoCalculation.Avg ? Math.Max(1, cell.Num) : 1;
                double value = _kind == Kind.Float ? (double)(cell.Float / num) : cell.Double / num;
                text = value.ToString("F6", culture).PadLeft(_valueMagnitude);
                break;
            }
            case Kind.Time:
            {
                ulong micro;
                if (Calculation == IoCalculation.Load)
                {
                    ulong over = lastRow ? span : interval;
                    if (over == 0)
                        over = 1;
                    text = ((int)(cell.Counter / over)).ToString(culture).PadLeft(_valueMagnitude) + "."
                        + ((int)(cell.Counter % over * 1_000_000 / over)).ToString("D6", culture);
                    break;
                }
                micro = Calculation == IoCalculation.Avg
                    ? (cell.Counter / Math.Max(1, cell.Num) + 500) / 1000
                    : (cell.Counter + 500) / 1000;
                text = ((int)(micro / 1_000_000)).ToString(culture).PadLeft(_valueMagnitude) + "." + ((int)(micro % 1_000_000)).ToString("D6", culture);
                break;
            }
            default:
            {
                ulong value = Calculation == IoCalculation.Avg ? cell.Counter / Math.Max(1, cell.Num) : cell.Counter;
                text = (_kind == Kind.Signed ? ((long)value).ToString(culture) : value.ToString(culture)).PadLeft(_valueWidth);
                break;
            }
        }
        sb.Append(' ').Append(text).Append(" |");
    }
}
