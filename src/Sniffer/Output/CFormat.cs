using System.Globalization;
using System.Text;

namespace Sniffer.Output;

/// <summary>Numbers as C's printf writes them, where tshark's output is printf's.</summary>
public static class CFormat
{
    /// <summary>printf("%.*g", precision, value): the shorter of fixed and exponent notation, trailing zeros dropped.</summary>
    public static void AppendG(StringBuilder sb, double value, int precision)
    {
        if (double.IsNaN(value))
        {
            sb.Append(double.IsNegative(value) ? "-nan" : "nan");
            return;
        }
        if (double.IsInfinity(value))
        {
            sb.Append(value < 0 ? "-inf" : "inf");
            return;
        }
        if (precision <= 0)
            precision = 1;
        if (value == 0)
        {
            sb.Append(double.IsNegative(value) ? "-0" : "0");
            return;
        }
        // The exponent after rounding to the precision decides the notation, as C's rule says.
        string e = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int ePos = e.IndexOf('E');
        int exponent = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent >= -4 && exponent < precision)
        {
            string f = value.ToString("F" + (precision - 1 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            sb.Append(TrimZeros(f));
            return;
        }
        sb.Append(TrimZeros(e[..ePos])).Append('e').Append(exponent < 0 ? '-' : '+');
        int magnitude = Math.Abs(exponent);
        if (magnitude < 10)
            sb.Append('0');
        sb.Append(magnitude.ToString(CultureInfo.InvariantCulture));
    }

    private static ReadOnlySpan<char> TrimZeros(string number)
    {
        if (number.IndexOf('.') < 0)
            return number;
        var span = number.AsSpan().TrimEnd('0');
        return span.EndsWith(".") ? span[..^1] : span;
    }
}
