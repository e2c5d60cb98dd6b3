using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-T json</c>: an array with one Elasticsearch-style document per frame ("_index": "packets-DATE", "_type",
/// "_score", "_source": {"layers": …}), the frame's tree as nested objects: each item by its field's abbreviation with its
/// value, its children under "abbrev_tree" (or under "abbrev" when it has no value), text items by their label, keys that
/// repeat kept as they come (or merged into arrays with --no-duplicate-keys). <c>-j</c>/<c>-J</c> keep only the named
/// protocols' details, <c>-x</c> adds "_raw" arrays (hex, position, length, bitmask, type), <c>-e</c> writes only the
/// named fields, each as an array of its values.
/// </summary>
public sealed class JsonPrinter
{
    private readonly ExpandedTree _view = new();
    private readonly StringBuilder _out = new(64 * 1024);
    private readonly StringBuilder _scratch = new(256);
    private readonly JsonDumper _json;
    private readonly JsonOptions _options;
    private readonly FieldCollector? _fields;
    private readonly List<List<ViewItem>> _childLists = [];
    private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal);

    public JsonPrinter(JsonOptions options)
    {
        _options = options;
        _json = new JsonDumper(_out, pretty: true);
        if (options.Fields.Count > 0)
            _fields = new FieldCollector(options.Fields);
    }

    /// <summary>The fields -e asked for, or an empty list when the whole tree is written.</summary>
    public IReadOnlyList<FieldDef> Fields => _options.Fields;

    /// <summary>The opening of the array (write_json_preamble).</summary>
    public void Begin(TextWriter output)
    {
        _json.BeginArray();
        Flush(output);
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        var tree = packet.Tree;
        _json.BeginObject();
        _json.Name("_index");
        _json.String("packets-" + TimeText.LocalDate(packet.Frame.Timestamp));
        _json.Name("_type");
        _json.String("doc");
        _json.Name("_score");
        _json.String((string?)null);
        _json.Name("_source");
        _json.BeginObject();
        _json.Name("layers");
        if (_fields is not null)
        {
            _json.BeginObject();
            _fields.Collect(tree);
            for (int i = 0; i < _fields.Count; i++)
            {
                if (!_fields.HasValues(i))
                    continue;
                _json.Name(_fields.Field(i).Abbrev);
                _json.BeginArray();
                foreach (var value in _fields.Values(i))
                    _json.String(value);
                _json.EndArray();
            }
            _json.EndObject();
        }
        else
        {
            _view.Build(tree);
            WriteChildren(ViewItem.Root, 0, _options.ProtocolFilter);
        }
        _json.EndObject();
        _json.EndObject();
        Flush(output);
    }

    /// <summary>The close of the array (write_json_finale).</summary>
    public void Finish(TextWriter output)
    {
        _json.EndArray();
        _json.Finish();
        Flush(output);
    }

    private void Flush(TextWriter output)
    {
        output.Write(_out);
        _out.Clear();
    }

    /// <summary>write_json_proto_node_list over <paramref name="parent"/>'s children, grouped by key when asked.</summary>
    private void WriteChildren(ViewItem parent, int depth, IReadOnlySet<string>? filter)
    {
        while (_childLists.Count <= depth * 2 + 1)
            _childLists.Add([]);
        var children = _childLists[depth * 2];
        var order = _childLists[depth * 2 + 1];
        children.Clear();
        order.Clear();
        _view.Children(parent, children);

        _json.BeginObject();
        if (!_options.NoDuplicateKeys)
        {
            for (int i = 0; i < children.Count; i++)
                WriteGroup(children, i, 1, depth, filter);
        }
        else
        {
            // Group the children by key, in order of first appearance (proto_node_group_children_by_json_key).
            _groupIndex.Clear();
            var keys = new List<string>(children.Count);
            var groups = new List<List<ViewItem>>();
            foreach (var child in children)
            {
                string key = _view.Key(child);
                if (!_groupIndex.TryGetValue(key, out int g))
                {
                    g = groups.Count;
                    _groupIndex[key] = g;
                    groups.Add([]);
                }
                groups[g].Add(child);
            }
            foreach (var group in groups)
                WriteGroup(group, 0, group.Count, depth, filter);
        }
        _json.EndObject();
    }

    private void WriteGroup(List<ViewItem> items, int first, int count, int depth, IReadOnlySet<string>? filter)
    {
        var head = items[first];
        string key = _view.Key(head);
        bool filtered = filter is not null && !filter.Contains(key);
        bool hasValue = HasValue(head);
        bool hasChildren = false;
        for (int i = first; i < first + count; i++)
            hasChildren |= _view.HasChildren(items[i]);
        bool pseudoText = _view.IsTextItem(head);

        if (_options.Raw && (!_options.PrintText || _view.Length(head) > 0) && !pseudoText)
        {
            _json.Name(key + "_raw");
            WriteValues(items, first, count, item => WriteRaw(item));
        }
        if (_options.PrintText && hasValue)
        {
            _json.Name(key);
            WriteValues(items, first, count, item =>
            {
                _scratch.Clear();
                _view.TryAppendValue(item, _scratch);
                _json.String(_scratch);
            });
        }
        if (hasChildren)
        {
            _json.Name(hasValue ? key + "_tree" : key);
            if (filtered)
            {
                WriteValues(items, first, count, _ =>
                {
                    _json.BeginObject();
                    _json.Name("filtered");
                    _json.String(key);
                    _json.EndObject();
                });
            }
            else
            {
                var childFilter = _options.IncludeChildren ? null : filter;
                WriteValues(items, first, count, item =>
                {
                    if (_view.HasChildren(item))
                        WriteChildren(item, depth + 1, childFilter);
                    else
                        WriteNoValue(item);
                });
            }
        }
        if (!hasValue && !hasChildren && (_options.PrintText || (_options.Raw && pseudoText)))
        {
            _json.Name(key);
            WriteValues(items, first, count, WriteNoValue);
        }
    }

    private void WriteValues(List<ViewItem> items, int first, int count, Action<ViewItem> write)
    {
        if (count == 1)
        {
            write(items[first]);
            return;
        }
        _json.BeginArray();
        for (int i = first; i < first + count; i++)
            write(items[i]);
        _json.EndArray();
    }

    private bool HasValue(ViewItem item)
    {
        _scratch.Clear();
        return _view.TryAppendValue(item, _scratch);
    }

    /// <summary>An item with neither value nor children: a protocol's label, anything else "".</summary>
    private void WriteNoValue(ViewItem item)
    {
        var field = _view.Field(item);
        if (field.Type == FieldType.Protocol && field is not ProtocolDef { ValueIsBytes: true })
        {
            _scratch.Clear();
            _view.AppendLabel(item, _scratch);
            _json.String(_scratch);
        }
        else
        {
            _json.String("");
        }
    }

    /// <summary>write_json_proto_node_hex_dump: [hex, position, length, bitmask, type].</summary>
    private void WriteRaw(ViewItem item)
    {
        _json.BeginArray();
        if (_view.HasSource(item))
        {
            _scratch.Clear();
            _view.AppendRawHex(item, _scratch);
            _json.String(_scratch);
        }
        _json.Raw(_view.Start(item).ToString(System.Globalization.CultureInfo.InvariantCulture));
        _json.Raw(_view.Length(item).ToString(System.Globalization.CultureInfo.InvariantCulture));
        _json.Raw(_view.Field(item).Bitmask.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _json.Raw(_view.TypeNumber(item).ToString(System.Globalization.CultureInfo.InvariantCulture));
        _json.EndArray();
    }
}
