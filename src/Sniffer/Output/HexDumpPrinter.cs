using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-x</c>: the bytes of each frame as offset, sixteen hex bytes and their ASCII, followed by every
/// other data source the dissectors made (reassembled TCP, decrypted TLS, de-chunked bodies) under its name, then the
/// separator line (-S; an empty line by default). With -P (<paramref name="summary"/>) each frame's summary line and an
/// empty line come first.
/// </summary>
public sealed class HexDumpPrinter(TextWriter? output = null, SummaryPrinter? summary = null, string separator = "") : ITap
{
    public TapNeeds Needs => summary is null ? TapNeeds.None : summary.Needs;
    public IReadOnlyCollection<FieldDef> Fields => summary is null ? [] : summary.Fields;
    public void OnFrame(PacketContext packet) => Write(packet, output ?? throw new InvalidOperationException("no output"));
    public void OnEnd(CaptureModel model) { }

    private const int BytesPerLine = 16;
    private readonly StringBuilder _out = new(4096);

    public void Write(PacketContext packet, TextWriter output)
    {
        var tree = packet.Tree;
        if (summary is not null)
        {
            summary.Write(packet, output);
            output.Write('\n');
        }
        var sb = _out;
        sb.Clear();
        int sources = tree.Sources.Count;
        for (int s = 0; s < sources; s++)
        {
            var bytes = tree.SourceBytes(s);
            if (sources > 1)
            {
                sb.Append(tree.Sources[s].Name).Append(" (").Append(bytes.Length).Append(" bytes):\n");
            }
            AppendDump(sb, bytes);
        }
        sb.Append(separator).Append('\n');
        output.Write(sb);
    }

    /// <summary>print_hex_data_buffer: offset (at least four hex digits), sixteen bytes in hex, their ASCII.</summary>
    public static void AppendDump(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        // As many hex digits as the last offset needs, at least four (tshark's packet_hex_print).
        int digits = Math.Max(4, (bytes.Length - 1).ToString("x", CultureInfo.InvariantCulture).Length);
        string offsetFormat = "x" + digits.ToString(CultureInfo.InvariantCulture);
        for (int line = 0; line < bytes.Length; line += BytesPerLine)
        {
            var chunk = bytes.Slice(line, Math.Min(BytesPerLine, bytes.Length - line));
            sb.Append(line.ToString(offsetFormat, CultureInfo.InvariantCulture)).Append("  ");
            for (int i = 0; i < BytesPerLine; i++)
            {
                if (i < chunk.Length)
                    sb.Append(chunk[i].ToString("x2", CultureInfo.InvariantCulture));
                else
                    sb.Append("  ");
                if (i < BytesPerLine - 1)
                    sb.Append(' ');
            }
            sb.Append("   ");
            foreach (byte b in chunk)
                sb.Append(b is >= 0x20 and < 0x7F ? (char)b : '.');
            sb.Append('\n');
        }
    }
}
