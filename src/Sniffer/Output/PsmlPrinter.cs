using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-T psml</c> (Packet Summary Markup Language): the column titles once, then per frame a &lt;packet&gt; with one
/// &lt;section&gt; per column — the same No., Time, Source, Destination, Protocol, Length and Info as the summary line.
/// </summary>
public sealed class PsmlPrinter(Coloring.ColoringRules? colors = null)
{
    private static readonly string[] Titles = ["No.", "Time", "Source", "Destination", "Protocol", "Length", "Info"];
    private readonly StringBuilder _out = new(1024);

    public void Begin(TextWriter output)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.Append("<psml version=\"0\" creator=\"sniffer/").Append(SnifferVersion.Text).Append("\">\n");
        sb.Append("<structure>\n");
        foreach (var title in Titles)
            sb.Append("<section>").Append(title).Append("</section>\n");
        sb.Append("</structure>\n\n");
        output.Write(sb);
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        var sb = _out;
        sb.Clear();
        Coloring.ColoringRules.AppendPacketStart(sb, colors, packet.Tree);
        foreach (var column in SummaryPrinter.Columns(packet))
        {
            sb.Append("<section>");
            PdmlPrinter.AppendEscaped(sb, column);
            sb.Append("</section>\n");
        }
        sb.Append("</packet>\n\n");
        output.Write(sb);
    }

    public void Finish(TextWriter output) => output.Write("</psml>\n");
}
