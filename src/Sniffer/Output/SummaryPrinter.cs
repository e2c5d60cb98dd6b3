using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's default one-line summary: number, time (relative unless -t says otherwise), source, destination,
/// protocol, length, info, with tshark's padding (number ≥5 and time ≥10 right-aligned, source ≥12 right-aligned,
/// " → ", destination ≥12 left-aligned); addresses are shown by name when -N asked for names.
/// With <paramref name="coloring"/>, each line in its colouring rule's colours.
/// </summary>
public sealed class SummaryPrinter(TextWriter? output = null, TimeColumnFormat? time = null, NameResolver? names = null,
    Coloring.LineColoring? coloring = null) : ITap
{
    private readonly StringBuilder _line = new(256);
    private readonly StringBuilder? _colored = coloring is null ? null : new StringBuilder(300);
    private readonly char[] _scratch = new char[64];
    private readonly TimeColumnFormat _time = time ?? new TimeColumnFormat();
    private readonly NameResolver _names = names ?? NameResolver.None;

    public TapNeeds Needs => TapNeeds.Columns;
    public IReadOnlyCollection<FieldDef> Fields { get; } =
        [.. time?.Field is { } field ? new[] { field } : [], .. coloring?.Rules.ReferencedFields ?? []];
    public void OnFrame(PacketContext packet) => Write(packet, output ?? throw new InvalidOperationException("no output"));

    public void OnEnd(CaptureModel model)
    {
        if (output is not null)
            Finish(output);
    }

    /// <summary>After the last line: the terminal's colours reset, when any line was coloured.</summary>
    public void Finish(TextWriter output)
    {
        if (coloring is { Used: true })
            output.Write(Coloring.LineColoring.Reset);
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        var frame = packet.Frame;
        var line = _line;
        line.Clear();
        Span<char> text = stackalloc char[64];
        frame.Number.TryFormat(text, out int n, default, CultureInfo.InvariantCulture);
        AppendPadded(line, text[..n], 5, right: true);
        line.Append(' ');
        AppendPadded(line, text[.._time.Format(packet, text)], 10, right: true);
        line.Append(' ');
        var columns = packet.Columns;
        if (columns.SourceNote.Length == 0 && columns.DestinationNote.Length == 0 && !columns.SourceAbsent)
        {
            AppendPadded(line, FormatAddress(columns.AddressKind, columns.Source), 12, right: true);
            line.Append(" \u2192 ");
            AppendPadded(line, FormatAddress(columns.AddressKind, columns.Destination), 12, right: false);
        }
        else
        {
            var source = columns.SourceAbsent ? "" : string.Concat(NotedAddress(columns.AddressKind, columns.Source), columns.SourceNote);
            AppendPadded(line, source, 12, right: true);
            line.Append(" \u2192 ");
            AppendPadded(line, string.Concat(NotedAddress(columns.AddressKind, columns.Destination), columns.DestinationNote), 12, right: false);
        }
        line.Append(' ');
        line.Append(columns.Protocol);
        line.Append(' ');
        line.Append(frame.OriginalLength);
        line.Append(' ');
        line.Append(columns.Info.Text);
        if (coloring is not null && _colored is not null)
        {
            _colored.Clear();
            coloring.AppendLine(_colored, packet.Tree, line);
            output.Write(_colored);
            return;
        }
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
            // The column text, with the notes an 802.11 control frame's addresses carry ("… (RA)"), and none for an absent source.
            columns.SourceAbsent ? "" : string.Concat(FormatAddress(columns.AddressKind, columns.Source, scratch), columns.SourceNote),
            string.Concat(FormatAddress(columns.AddressKind, columns.Destination, scratch), columns.DestinationNote),
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

    /// <summary>An 802.11 transmitter or receiver: with MAC names on (-N m), "name (address)" as tshark's resolved wlan columns show it.</summary>
    private string NotedAddress(AddressKind kind, ReadOnlySpan<byte> address)
    {
        if (kind != AddressKind.Ether || (_names.Flags & NameResolution.Mac) == 0)
            return new string(FormatAddress(kind, address));
        string name = _names.AddressName(kind, address) ?? new string(RawAddress(kind, address));
        return string.Concat(name, " (", RawAddress(kind, address), ")");
    }

    private ReadOnlySpan<char> RawAddress(AddressKind kind, ReadOnlySpan<byte> address)
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

    private ReadOnlySpan<char> FormatAddress(AddressKind kind, ReadOnlySpan<byte> address)
    {
        if (_names.ResolvesAddresses && _names.AddressName(kind, address) is { } name)
            return name;
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
        Span<char> text = stackalloc char[32];
        return new string(text[..FormatSeconds(nanoseconds, digits, text)]);
    }

    /// <summary>Writes <see cref="FormatSeconds(long, int)"/>'s text into <paramref name="destination"/> (32 chars suffice); returns its length.</summary>
    public static int FormatSeconds(long nanoseconds, int digits, Span<char> destination)
    {
        digits = Math.Clamp(digits, 0, 9);
        int at = 0;
        if (nanoseconds < 0)
            destination[at++] = '-';
        ulong abs = nanoseconds < 0 ? (ulong)(-(nanoseconds + 1)) + 1 : (ulong)nanoseconds;
        ulong seconds = abs / 1_000_000_000, fraction = abs % 1_000_000_000;
        for (int i = digits; i < 9; i++)
            fraction /= 10;
        seconds.TryFormat(destination[at..], out int w, default, CultureInfo.InvariantCulture);
        at += w;
        if (digits > 0)
        {
            destination[at++] = '.';
            for (int i = digits - 1; i >= 0; i--)
            {
                destination[at + i] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }
            at += digits;
        }
        return at;
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
