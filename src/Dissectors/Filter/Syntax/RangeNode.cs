using System.Globalization;

namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>How a slice or layer range ends (Wireshark's drange_node_end_t).</summary>
internal enum RangeEnd : byte
{
    /// <summary>[i:j]: j bytes from i ([i] is [i:1]).</summary>
    Length,
    /// <summary>[i-j]: from i to j inclusive.</summary>
    Offset,
    /// <summary>[i:]: from i to the end.</summary>
    ToTheEnd,
}

/// <summary>One range of a slice or layer list (drange_node): "0:3", "1-2", "-4:", "5".</summary>
internal readonly record struct RangeNode(int Start, RangeEnd End, int Length, int EndOffset)
{
    /// <summary>drange_node_from_str, with its messages.</summary>
    public static RangeNode Parse(string text, out string? error)
    {
        error = null;
        int p = 0;
        int lower = 0;
        if (text.StartsWith(':'))
        {
            lower = 0;
        }
        else if (!ReadInt(text, ref p, out lower, out error))
        {
            return default;
        }
        while (p < text.Length && char.IsWhiteSpace(text[p]))
            p++;
        RangeEnd end;
        int upper = 0;
        bool ok;
        if (p < text.Length && text[p] == '-')
        {
            p++;
            end = RangeEnd.Offset;
            ok = ReadInt(text, ref p, out upper, out _);
        }
        else if (p < text.Length && text[p] == ':')
        {
            p++;
            if (p == text.Length)
            {
                end = RangeEnd.ToTheEnd;
                ok = true;
            }
            else
            {
                end = RangeEnd.Length;
                ok = ReadInt(text, ref p, out upper, out _);
            }
        }
        else if (p == text.Length)
        {
            end = RangeEnd.Length;
            upper = 1;
            ok = true;
        }
        else
        {
            end = RangeEnd.Length;
            ok = false;
        }
        while (p < text.Length && char.IsWhiteSpace(text[p]))
            p++;
        if (!ok || p != text.Length)
        {
            error = $"\"{text}\" is not a valid range.";
            return default;
        }
        switch (end)
        {
            case RangeEnd.Length:
                if (upper <= 0)
                {
                    error = $"Range {text} isn't valid because length {upper} isn't positive";
                    return default;
                }
                return new RangeNode(lower, RangeEnd.Length, upper, 0);
            case RangeEnd.Offset:
                if ((lower < 0 && upper > 0) || (lower > 0 && upper < 0))
                {
                    error = $"Range {text} isn't valid because {lower} and {upper} have different signs";
                    return default;
                }
                if (upper <= lower)
                {
                    error = $"Range {text} isn't valid because {lower} is greater or equal than {upper}";
                    return default;
                }
                return new RangeNode(lower, RangeEnd.Offset, 0, upper);
            default:
                return new RangeNode(lower, RangeEnd.ToTheEnd, 0, 0);
        }
    }

    /// <summary>strtol(s, 0) into a 32-bit int, as drange_str_to_gint32.</summary>
    private static bool ReadInt(string text, ref int p, out int value, out string? error)
    {
        error = null;
        value = 0;
        var status = Types.CNumbers.StrToInt64(text, p, 0, out long v, out int end);
        if (status == Types.CNumbers.Status.NoDigits)
        {
            error = $"\"{text[p..]}\" is not a valid number.";
            return false;
        }
        if (status == Types.CNumbers.Status.Range || v > int.MaxValue || v < int.MinValue)
        {
            error = $"\"{text[p..]}\" causes an integer overflow.";
            return false;
        }
        value = (int)v;
        p = end;
        return true;
    }

    /// <summary>drange_node_tostr: "0:3", "1-2", "4:".</summary>
    public override string ToString() => End switch
    {
        RangeEnd.ToTheEnd => Start.ToString(CultureInfo.InvariantCulture) + ":",
        RangeEnd.Offset => Start.ToString(CultureInfo.InvariantCulture) + "-" + EndOffset.ToString(CultureInfo.InvariantCulture),
        _ => Start.ToString(CultureInfo.InvariantCulture) + ":" + Length.ToString(CultureInfo.InvariantCulture),
    };
}
