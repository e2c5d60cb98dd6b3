using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-T pdml</c> (Packet Details Markup Language): per frame a &lt;packet&gt; with the "geninfo" pseudo-protocol,
/// then every item as &lt;proto&gt; or &lt;field&gt; with name, showname (the tree line), size, pos, show (the value) and value
/// (its bytes in hex; for bit fields the masked value and the unmasked bytes), hidden items marked hide="yes", text items
/// as nameless fields, data as a field, top-level fields inside a "fake-field-wrapper". -j/-J filter protocols.
/// </summary>
public sealed class PdmlPrinter
{
    private readonly ExpandedTree _view = new();
    private readonly StringBuilder _out = new(64 * 1024);
    private readonly StringBuilder _scratch = new(256);
    private readonly IReadOnlySet<string>? _filter;
    private readonly bool _includeChildren;
    private readonly string _file;

    private readonly Coloring.ColoringRules? _colors;

    public PdmlPrinter(string captureFile, IReadOnlySet<string>? protocolFilter = null, bool includeChildren = false, Coloring.ColoringRules? colors = null)
    {
        _colors = colors;
        _file = captureFile;
        _filter = protocolFilter;
        _includeChildren = includeChildren;
    }

    /// <summary>write_pdml_preamble. Sniffer names itself as creator and has no pdml2html.xsl of its own to point at.</summary>
    public void Begin(TextWriter output)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        output.Write("<?xml-stylesheet type=\"text/xsl\" href=\"pdml2html.xsl\"?>\n");
        output.Write("<!-- You can find pdml2html.xsl at https://gitlab.com/wireshark/wireshark/-/raw/master/pdml2html.xsl. -->\n");
        var sb = new StringBuilder();
        sb.Append("<pdml version=\"0\" creator=\"sniffer/").Append(SnifferVersion.Text).Append("\" time=\"")
            .Append(CtimeText(DateTime.Now)).Append("\" capture_file=\"");
        AppendEscaped(sb, _file == "-" ? "" : _file);
        sb.Append("\">\n");
        output.Write(sb);
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        var sb = _out;
        sb.Clear();
        _view.Build(packet.Tree);
        Coloring.ColoringRules.AppendPacketStart(sb, _colors, packet.Tree);
        WriteGenInfo(sb, packet);
        var top = new List<ViewItem>();
        _view.Children(ViewItem.Root, top);
        foreach (var item in top)
            WriteItem(sb, item, ViewItem.Root, 0, _filter);
        // write_pdml_proto_tree ends with a blank line, and tshark prints one more after each frame.
        sb.Append("</packet>\n\n\n");
        output.Write(sb);
    }

    public void Finish(TextWriter output) => output.Write("</pdml>\n");

    /// <summary>print_pdml_geninfo: number, lengths and capture time, as the PDML spec wants them first.</summary>
    /// <summary>The time as C's ctime() writes it ("Sat Dec  5 19:07:28 2026": the day padded with a space).</summary>
    private static string CtimeText(DateTime t)
        => t.ToString("ddd MMM ", CultureInfo.InvariantCulture) + t.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2)
            + t.ToString(" HH:mm:ss yyyy", CultureInfo.InvariantCulture);

    private static void WriteGenInfo(StringBuilder sb, PacketContext packet)
    {
        var frame = packet.Frame;
        int size = frame.Data.Length;
        var ci = CultureInfo.InvariantCulture;
        sb.Append("  <proto name=\"geninfo\" pos=\"0\" showname=\"General information\" size=\"").Append(size).Append("\">\n");
        sb.Append(ci, $"    <field name=\"num\" pos=\"0\" show=\"{frame.Number}\" showname=\"Number\" value=\"{frame.Number:x}\" size=\"{size}\"/>\n");
        sb.Append(ci, $"    <field name=\"len\" pos=\"0\" show=\"{frame.OriginalLength}\" showname=\"Frame Length\" value=\"{frame.OriginalLength:x}\" size=\"{size}\"/>\n");
        sb.Append(ci, $"    <field name=\"caplen\" pos=\"0\" show=\"{size}\" showname=\"Captured Length\" value=\"{size:x}\" size=\"{size}\"/>\n");
        long seconds = Math.DivRem(frame.Timestamp, 1_000_000_000, out long ns);
        if (ns < 0)
        {
            ns += 1_000_000_000;
            seconds--;
        }
        sb.Append("    <field name=\"timestamp\" pos=\"0\" show=\"");
        TimeText.AppendAbsolute(sb, frame.Timestamp, local: true);
        sb.Append(ci, $"\" showname=\"Captured Time\" value=\"{seconds}.{ns:D9}\" size=\"{size}\"/>\n");
        sb.Append("  </proto>\n");
    }

    /// <summary>proto_tree_write_node_pdml.</summary>
    private void WriteItem(StringBuilder sb, ViewItem item, ViewItem parent, int level, IReadOnlySet<string>? filter)
    {
        var field = _view.Field(item);
        bool isData = ReferenceEquals(field, CommonFields.DataProtocol);
        bool isExpert = item.Kind == ViewKind.Expert;
        bool wrap = (field.Type != FieldType.Protocol || field is ProtocolDef { ValueIsBytes: true } || isData) && level == 0;
        bool hasChildren = _view.HasChildren(item);
        Indent(sb, level + 1);
        if (wrap)
        {
            sb.Append("<proto name=\"fake-field-wrapper\">\n");
            level++;
            Indent(sb, level + 1);
        }
        int pos = Position(item, parent);
        if (_view.IsTextItem(item))
        {
            sb.Append("<field name=\"\" show=\"");
            ref readonly var node = ref _view.Node(item);
            if (node.HasText && !node.IsHidden)
            {
                _scratch.Clear();
                NodeLabel.Append(_scratch, _view.Tree, node);
                AppendEscaped(sb, _scratch);
            }
            sb.Append("\" size=\"").Append(_view.Length(item)).Append("\" pos=\"").Append(pos);
            if (_view.Length(item) > 0)
            {
                sb.Append("\" value=\"");
                ExpandedTree.AppendHex(sb, _view.Bytes(item));
            }
            sb.Append(hasChildren ? "\">\n" : "\"/>\n");
        }
        else if (isData)
        {
            sb.Append("<field name=\"data\" value=\"");
            ExpandedTree.AppendHex(sb, _view.Bytes(item));
            sb.Append("\">\n");
        }
        else
        {
            bool protocolTag = field.Type == FieldType.Protocol && field is not ProtocolDef { ValueIsBytes: true } && !isExpert;
            sb.Append(protocolTag ? "<proto name=\"" : "<field name=\"");
            AppendEscaped(sb, field.Abbrev);
            sb.Append("\" showname=\"");
            _scratch.Clear();
            _view.AppendLabel(item, _scratch);
            AppendEscaped(sb, _scratch);
            if (_view.IsHidden(item))
                sb.Append("\" hide=\"yes");
            sb.Append("\" size=\"").Append(_view.Length(item)).Append("\" pos=\"").Append(pos);
            if (field.Type == FieldType.None)
            {
                sb.Append("\" show=\"\" value=\"");
            }
            else if (field.Type != FieldType.Protocol || field is ProtocolDef { ValueIsBytes: true })
            {
                _scratch.Clear();
                if (_view.TryAppendValue(item, _scratch))
                {
                    sb.Append("\" show=\"");
                    AppendEscaped(sb, _scratch);
                }
                else if (field.Type == FieldType.Bytes)
                {
                    // print.c: an empty byte string's display form is "", so tshark writes show="" for it.
                    sb.Append("\" show=\"");
                }
                if (_view.Length(item) > 0)
                {
                    sb.Append("\" value=\"");
                    if (field.Bitmask != 0 && item.Kind == ViewKind.Node)
                    {
                        sb.Append(_view.Node(item).Number.ToString("X", CultureInfo.InvariantCulture));
                        sb.Append("\" unmaskedvalue=\"");
                    }
                    _view.AppendBytesHex(item, sb);
                }
            }
            sb.Append(hasChildren || isData ? "\">\n" : "\"/>\n");
        }

        if (hasChildren)
        {
            if (filter is null || filter.Contains(field.Abbrev))
            {
                var childFilter = _includeChildren ? null : filter;
                var children = new List<ViewItem>();
                _view.Children(item, children);
                foreach (var child in children)
                    WriteItem(sb, child, item, level + 1, childFilter);
            }
            else
            {
                Indent(sb, level + 2);
                sb.Append("<field name=\"filtered\" value=\"");
                AppendEscaped(sb, field.Abbrev);
                sb.Append("\" />\n");
            }
        }
        if (wrap)
            level--;
        if (hasChildren)
        {
            Indent(sb, level + 1);
            sb.Append(field.Type == FieldType.Protocol && field is not ProtocolDef { ValueIsBytes: true } && !isData && !isExpert ? "</proto>\n" : "</field>\n");
        }
        if (wrap)
        {
            Indent(sb, level + 1);
            sb.Append("</proto>\n");
        }
    }

    /// <summary>An item that starts before its parent (a generated item at offset 0) is placed at its parent's position plus its own.</summary>
    private int Position(ViewItem item, ViewItem parent)
    {
        int start = _view.Start(item);
        if (parent != ViewItem.Root)
        {
            int parentStart = _view.Start(parent);
            if (start < parentStart)
                return parentStart + start;
        }
        return start;
    }

    private static void Indent(StringBuilder sb, int level) => sb.Append(' ', level * 2);

    /// <summary>print_escaped_xml: the five XML entities, tab/CR/LF kept, other control characters as \xNN.</summary>
    public static void AppendEscaped(StringBuilder sb, string text)
    {
        foreach (char c in text)
            AppendEscapedChar(sb, c);
    }

    private static void AppendEscaped(StringBuilder sb, StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
            foreach (char c in chunk.Span)
                AppendEscapedChar(sb, c);
    }

    private static void AppendEscapedChar(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '&': sb.Append("&amp;"); break;
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '"': sb.Append("&quot;"); break;
            case '\'': sb.Append("&#x27;"); break;
            case '\t':
            case '\n':
            case '\r':
                sb.Append(c);
                break;
            default:
                if (c < 0x20 || c == 0x7F)
                    sb.Append("\\x").Append(((int)c).ToString("x", CultureInfo.InvariantCulture));
                else
                    sb.Append(c);
                break;
        }
    }
}
