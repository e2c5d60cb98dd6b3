using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// tshark's default one-line summary: number, relative time, source, destination, protocol, length,
/// info, with tshark's padding (number ≥5 and time ≥10 right-aligned, source ≥12 right-aligned,
/// " → ", destination ≥12 left-aligned).
/// </summary>
public sealed class SummaryPrinter
{
    private readonly StringBuilder _line = new(256);
    private readonly char[] _scratch = new char[64];

    public void Write(PacketContext packet, TextWriter output)
    {
        var frame = packet.Frame;
        var line = _line;
        line.Clear();
        AppendPadded(line, frame.Number.ToString(CultureInfo.InvariantCulture), 5, right: true);
        line.Append(' ');
        AppendPadded(line, FormatSeconds(packet.RelativeTime, frame.TimePrecisionDigits), 10, right: true);
        line.Append(' ');
        var columns = packet.Columns;
        AppendPadded(line, FormatAddress(columns.AddressKind, columns.Source), 12, right: true);
        line.Append(" \u2192 ");
        AppendPadded(line, FormatAddress(columns.AddressKind, columns.Destination), 12, right: false);
        line.Append(' ');
        line.Append(columns.Protocol);
        line.Append(' ');
        line.Append(frame.OriginalLength);
        line.Append(' ');
        line.Append(columns.Info.Text);
        line.Append('\n');
        output.Write(line);
    }

    /// <summary>The seven columns' texts, unpadded (what -T psml writes in its sections).</summary>
    public static string[] Columns(PacketContext packet)
    {
        var frame = packet.Frame;
        var columns = packet.Columns;
        Span<char> scratch = stackalloc char[64];
        return
        [
            frame.Number.ToString(CultureInfo.InvariantCulture),
            FormatSeconds(packet.RelativeTime, frame.TimePrecisionDigits),
            new string(FormatAddress(columns.AddressKind, columns.Source, scratch)),
            new string(FormatAddress(columns.AddressKind, columns.Destination, scratch)),
            columns.Protocol,
            frame.OriginalLength.ToString(CultureInfo.InvariantCulture),
            columns.Info.ToString(),
        ];
    }

    private static ReadOnlySpan<char> FormatAddress(AddressKind kind, ReadOnlySpan<byte> address, Span<char> scratch)
    {
        int n = kind switch
        {
            AddressKind.Ipv4 => AddressFormatter.FormatIpv4(address, scratch),
            AddressKind.Ipv6 => AddressFormatter.FormatIpv6(address, scratch),
            AddressKind.Ether => AddressFormatter.FormatEther(address, scratch),
            _ => 0,
        };
        return scratch[..n];
    }

    private ReadOnlySpan<char> FormatAddress(AddressKind kind, ReadOnlySpan<byte> address)
    {
        int n = kind switch
        {
            AddressKind.Ipv4 => AddressFormatter.FormatIpv4(address, _scratch),
            AddressKind.Ipv6 => AddressFormatter.FormatIpv6(address, _scratch),
            AddressKind.Ether => AddressFormatter.FormatEther(address, _scratch),
            _ => 0,
        };
        return _scratch.AsSpan(0, n);
    }

    /// <summary>Seconds with as many decimals as the capture recorded (tshark's automatic precision).</summary>
    public static string FormatSeconds(long nanoseconds, int digits)
    {
        digits = Math.Clamp(digits, 0, 9);
        bool negative = nanoseconds < 0;
        long abs = Math.Abs(nanoseconds);
        long seconds = abs / 1_000_000_000;
        long fraction = abs % 1_000_000_000;
        for (int i = digits; i < 9; i++)
            fraction /= 10;
        var text = digits == 0
            ? seconds.ToString(CultureInfo.InvariantCulture)
            : seconds.ToString(CultureInfo.InvariantCulture) + "." + fraction.ToString("D" + digits, CultureInfo.InvariantCulture);
        return negative ? "-" + text : text;
    }

    private static void AppendPadded(StringBuilder sb, ReadOnlySpan<char> text, int width, bool right)
    {
        int pad = Math.Max(0, width - text.Length);
        if (right)
            sb.Append(' ', pad);
        sb.Append(text);
        if (!right)
            sb.Append(' ', pad);
    }
}
