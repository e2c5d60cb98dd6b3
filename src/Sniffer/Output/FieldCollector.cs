using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// The values of a few fields in one frame, in tree order, each as -T fields writes it (a protocol as its line): what
/// -T json -e and -T ek -e write as one array per field.
/// </summary>
public sealed class FieldCollector
{
    private readonly FieldDef[] _fields;
    private readonly int[] _columnOf;
    private readonly List<string>[] _values;
    private readonly StringBuilder _scratch = new(64);

    public FieldCollector(IReadOnlyList<FieldDef> fields)
    {
        _fields = [.. fields];
        _columnOf = new int[FieldDef.IdCount];
        Array.Fill(_columnOf, -1);
        _values = new List<string>[_fields.Length];
        for (int i = 0; i < _fields.Length; i++)
        {
            _values[i] = [];
            if (_columnOf[_fields[i].NameId] < 0)
                _columnOf[_fields[i].NameId] = i;
        }
    }

    public int Count => _fields.Length;
    public FieldDef Field(int i) => _fields[i];
    public bool HasValues(int i) => _values[i].Count > 0;
    public IReadOnlyList<string> Values(int i) => _values[i];

    public void Collect(FieldTree tree)
    {
        foreach (var list in _values)
            list.Clear();
        var nodes = tree.Nodes;
        for (int n = 0; n < nodes.Length; n++)
        {
            ref readonly var node = ref nodes[n];
            int id = node.Field.NameId; // every definition of a name fills its one column
            if ((uint)id >= (uint)_columnOf.Length || _columnOf[id] < 0)
                continue;
            _scratch.Clear();
            if (node.Field.Type == FieldType.Protocol)
                NodeLabel.Append(_scratch, tree, node);
            else
                FieldValueFormatter.Append(_scratch, tree, node);
            _values[_columnOf[id]].Add(_scratch.ToString());
        }
    }
}
