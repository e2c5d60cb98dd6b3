using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-T fields</c>: one line per frame, the requested fields in order, several occurrences
/// joined by the aggregator, an absent field left empty. One pass over the tree per frame.
/// </summary>
public sealed class FieldsPrinter : ITap
{
    private readonly FieldDef[] _fields;
    private readonly int[] _columnOf;
    private readonly FieldsLayout _layout;
    private readonly StringBuilder[] _values;
    private readonly int[] _counts;
    private readonly StringBuilder _line = new(256);

    private readonly TextWriter? _output;

    public FieldsPrinter(IReadOnlyList<FieldDef> fields, FieldsLayout layout, FieldCatalog catalog, TextWriter? output = null)
    {
        _output = output;
        _fields = fields.ToArray();
        _layout = layout;
        _columnOf = new int[FieldDef.IdCount];
        Array.Fill(_columnOf, -1);
        _values = new StringBuilder[_fields.Length];
        _counts = new int[_fields.Length];
        for (int i = 0; i < _fields.Length; i++)
        {
            _values[i] = new StringBuilder(32);
            // The same field asked twice fills its first column; the second copy stays empty, as tshark does not dedupe either.
            if (_columnOf[_fields[i].NameId] < 0)
                _columnOf[_fields[i].NameId] = i;
        }
    }

    public IReadOnlyCollection<FieldDef> Fields => _fields;

    /// <summary>A protocol's value is its tree line, so -e of a protocol asks for display text.</summary>
    public TapNeeds Needs => _fields.Any(f => f.Type == FieldType.Protocol && f is not ProtocolDef { ValueIsBytes: true })
        ? TapNeeds.DisplayText
        : TapNeeds.None;
    public void OnFrame(PacketContext packet) => Write(packet, _output ?? throw new InvalidOperationException("no output"));
    public void OnEnd(CaptureModel model) { }

    public void WriteHeader(TextWriter output)
    {
        if (_layout.ByteOrderMark)
            output.Write('\uFEFF');
        if (!_layout.Header)
            return;
        for (int i = 0; i < _fields.Length; i++)
        {
            if (i > 0)
                output.Write(_layout.Separator);
            output.Write(_fields[i].Abbrev);
        }
        output.Write('\n');
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        var tree = packet.Tree;
        for (int i = 0; i < _values.Length; i++)
        {
            _values[i].Clear();
            _counts[i] = 0;
        }
        var nodes = tree.Nodes;
        for (int n = 0; n < nodes.Length; n++)
        {
            ref readonly var node = ref nodes[n];
            int id = node.Field.NameId; // every definition of a name fills its one column
            if ((uint)id >= (uint)_columnOf.Length)
                continue;
            int column = _columnOf[id];
            if (column < 0)
                continue;
            var sb = _values[column];
            switch (_layout.Occurrence)
            {
                case 'f' when _counts[column] > 0:
                    continue;
                case 'l':
                    sb.Clear();
                    break;
                default:
                    if (_counts[column] > 0)
                        sb.Append(_layout.Aggregator);
                    break;
            }
            FieldValueFormatter.Append(sb, tree, node);
            _counts[column]++;
        }
        _line.Clear();
        for (int i = 0; i < _values.Length; i++)
        {
            if (i > 0)
                _line.Append(_layout.Separator);
            if (_layout.Quote != '\0' && _counts[i] > 0)
                _line.Append(_layout.Quote).Append(_values[i]).Append(_layout.Quote);
            else
                _line.Append(_values[i]);
        }
        _line.Append('\n');
        output.Write(_line);
    }
}
