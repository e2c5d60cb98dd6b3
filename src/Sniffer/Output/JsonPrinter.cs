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
    private string? _indexName;
    private long _indexSecond;

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
        _json.String(IndexName(packet.Frame.Timestamp));
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

    /// <summary>"packets-YYYY-MM-DD" in the local zone, made again only when the second changes.</summary>
    private string IndexName(long timestamp)
    {
        long second = Math.DivRem(timestamp, 1_000_000_000, out long ns) - (ns < 0 ? 1 : 0);
        if (_indexName is null || second != _indexSecond)
        {
            _indexName = "packets-" + TimeText.LocalDate(timestamp);
            _indexSecond = second;
        }
        return _indexName;
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

    /// <summary>What <see cref="WriteValues"/> writes for each item of a group.</summary>
    private enum ValueKind
    {
        Raw,
        Value,
        Filtered,
        Children,
        NoValue,
    }

    private void WriteGroup(List<ViewItem> items, int first, int count, int depth, IReadOnlySet<string>? filter)
    {
        var head = items[first];
        bool textItem = _view.IsTextItem(head);
        bool filtered = filter is not null && !filter.Contains(_view.Key(head));
        bool hasValue = HasValue(head);
        bool hasChildren = false;
        for (int i = first; i < first + count; i++)
            hasChildren |= _view.HasChildren(items[i]);

        if (_options.Raw && (!_options.PrintText || _view.Length(head) > 0) && !textItem)
        {
            WriteKey(head, textItem, "_raw");
            WriteValues(items, first, count, ValueKind.Raw, head, depth, filter);
        }
        if (_options.PrintText && hasValue)
        {
            WriteKey(head, textItem, null);
            WriteValues(items, first, count, ValueKind.Value, head, depth, filter);
        }
        if (hasChildren)
        {
            WriteKey(head, textItem, hasValue ? "_tree" : null);
            WriteValues(items, first, count, filtered ? ValueKind.Filtered : ValueKind.Children, head, depth,
                _options.IncludeChildren ? null : filter);
        }
        if (!hasValue && !hasChildren && (_options.PrintText || (_options.Raw && textItem)))
        {
            WriteKey(head, textItem, null);
            WriteValues(items, first, count, ValueKind.NoValue, head, depth, filter);
        }
    }

    /// <summary>The item's key (its field's abbreviation, or a text item's label) with <paramref name="suffix"/>, as a name.</summary>
    private void WriteKey(ViewItem item, bool textItem, string? suffix)
    {
        if (!textItem)
        {
            _json.Name(_view.Field(item).Abbrev, suffix);
            return;
        }
        _scratch.Clear();
        _view.AppendKey(item, _scratch);
        if (suffix is not null)
            _scratch.Append(suffix);
        _json.Name(_scratch);
    }

    private void WriteValues(List<ViewItem> items, int first, int count, ValueKind kind, ViewItem head, int depth, IReadOnlySet<string>? filter)
    {
        if (count == 1)
        {
            WriteValue(items[first], kind, head, depth, filter);
            return;
        }
        _json.BeginArray();
        for (int i = first; i < first + count; i++)
            WriteValue(items[i], kind, head, depth, filter);
        _json.EndArray();
    }

    private void WriteValue(ViewItem item, ValueKind kind, ViewItem head, int depth, IReadOnlySet<string>? filter)
    {
        switch (kind)
        {
            case ValueKind.Raw:
                WriteRaw(item);
                break;
            case ValueKind.Value:
                _scratch.Clear();
                _view.TryAppendValue(item, _scratch);
                _json.String(_scratch);
                break;
            case ValueKind.Filtered:
                _json.BeginObject();
                _json.Name("filtered");
                _scratch.Clear();
                _view.AppendKey(head, _scratch);
                _json.String(_scratch);
                _json.EndObject();
                break;
            case ValueKind.Children:
                if (_view.HasChildren(item))
                    WriteChildren(item, depth + 1, filter);
                else
                    WriteNoValue(item);
                break;
            default:
                WriteNoValue(item);
                break;
        }
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
        _json.Number(_view.Start(item));
        _json.Number(_view.Length(item));
        _json.Number(_view.Field(item).Bitmask);
        _json.Number(_view.TypeNumber(item));
        _json.EndArray();
    }
}
