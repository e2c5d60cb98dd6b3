using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-T ek</c>, Elasticsearch's bulk format: per frame an index line ({"index":{"_index":"packets-DATE","_type":"doc"}})
/// and a document line with "timestamp" (milliseconds since the epoch) and "layers", one object per protocol whose
/// fields are flattened to "protocol_abbrev" names (dots as underscores; a name that repeats becomes an array), booleans
/// as true/false, times in ISO 8601 UTC; -e writes only the named fields, -x adds "_raw" hex, -j/-J filter protocols.
/// </summary>
public sealed class EkPrinter
{
    private readonly ExpandedTree _view = new();
    private readonly StringBuilder _out = new(32 * 1024);
    private readonly StringBuilder _scratch = new(256);
    private readonly JsonDumper _json;
    private readonly JsonOptions _options;
    private readonly FieldCollector? _fields;
    private readonly FieldCatalog _catalog;
    private readonly List<List<ViewItem>> _lists = [];
    private IReadOnlySet<string>? _filter;

    public EkPrinter(JsonOptions options, FieldCatalog catalog)
    {
        _options = options;
        _catalog = catalog;
        _json = new JsonDumper(_out, pretty: false, dotToUnderscore: true);
        _filter = options.ProtocolFilter;
        if (options.Fields.Count > 0)
            _fields = new FieldCollector(options.Fields);
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        var frame = packet.Frame;
        _json.BeginObject();
        _json.Name("index");
        _json.BeginObject();
        _json.Name("_index");
        _json.String("packets-" + TimeText.LocalDate(frame.Timestamp));
        _json.Name("_type");
        _json.String("doc");
        _json.EndObject();
        _json.EndObject();
        _json.Finish();

        _json.BeginObject();
        _json.Name("timestamp");
        long seconds = Math.DivRem(frame.Timestamp, 1_000_000_000, out long ns);
        if (ns < 0)
        {
            ns += 1_000_000_000;
            seconds--;
        }
        _json.Raw(string.Create(CultureInfo.InvariantCulture, $"\"{seconds}{ns / 1_000_000:D3}\""));
        _json.Name("layers");
        _json.BeginObject();
        if (_fields is not null)
        {
            _fields.Collect(packet.Tree);
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
        }
        else
        {
            _view.Build(packet.Tree);
            _filter = _options.ProtocolFilter;
            WriteNode(ViewItem.Root, 0);
        }
        _json.EndObject();
        _json.EndObject();
        _json.Finish();
        output.Write(_out);
        _out.Clear();
    }

    /// <summary>proto_tree_write_node_ek: the node's attributes, gathered by ek_fill_attr, each written once.</summary>
    private void WriteNode(ViewItem node, int depth)
    {
        var attributes = new List<List<ViewItem>>();
        var byName = new Dictionary<string, List<ViewItem>>(StringComparer.Ordinal);
        Fill(node, attributes, byName, depth);
        foreach (var instances in attributes)
            WriteAttribute(instances, depth);
    }

    /// <summary>
    /// ek_fill_attr: the node's children and, for fields (not protocols) with children, their descendants too, grouped
    /// by "parent_field" so that repeated fields under one parent become one attribute.
    /// </summary>
    private void Fill(ViewItem node, List<List<ViewItem>> attributes, Dictionary<string, List<ViewItem>> byName, int depth)
    {
        while (_lists.Count <= depth)
            _lists.Add([]);
        var children = new List<ViewItem>();
        _view.Children(node, children);
        string parentAbbrev = node.Node < 0 && node.Kind == ViewKind.Node ? "" : _view.Field(node).Abbrev;
        foreach (var child in children)
        {
            var field = _view.Field(child);
            string name = parentAbbrev.Length == 0 ? field.Abbrev : string.Concat(parentAbbrev, "_", field.Abbrev);
            if (!byName.TryGetValue(name, out var instances))
            {
                instances = [];
                byName[name] = instances;
                attributes.Add(instances);
            }
            instances.Add(child);
            if (!IsProtocolObject(field) && _view.HasChildren(child))
            {
                if (_filter is not null)
                {
                    if (Passes(field.Abbrev))
                    {
                        var saved = _filter;
                        if (_options.IncludeChildren)
                            _filter = null;
                        Fill(child, attributes, byName, depth + 1);
                        _filter = saved;
                    }
                }
                else
                {
                    Fill(child, attributes, byName, depth + 1);
                }
            }
        }
    }

    private void WriteAttribute(List<ViewItem> instances, int depth)
    {
        var head = instances[0];
        if (_options.Raw && _view.Length(head) > 0 && !_view.IsTextItem(head))
        {
            WriteName(head, "_raw");
            if (instances.Count > 1)
                _json.BeginArray();
            foreach (var item in instances)
            {
                _scratch.Clear();
                _view.AppendRawHex(item, _scratch);
                _json.String(_scratch);
            }
            if (instances.Count > 1)
                _json.EndArray();
        }
        WriteName(head, null);
        if (instances.Count > 1)
            _json.BeginArray();
        foreach (var item in instances)
        {
            var field = _view.Field(item);
            if (!IsProtocolObject(field))
            {
                if (_filter is not null && !Passes(field.Abbrev))
                {
                    _json.BeginObject();
                    _json.Name("filtered");
                    _json.String(field.Abbrev);
                    _json.EndObject();
                }
                else
                {
                    WriteValue(item);
                }
            }
            else
            {
                _json.BeginObject();
                if (_filter is not null)
                {
                    if (Passes(field.Abbrev))
                    {
                        var saved = _filter;
                        if (_options.IncludeChildren)
                            _filter = null;
                        WriteNode(item, depth + 1);
                        _filter = saved;
                    }
                    else
                    {
                        _json.Name("filtered");
                        _json.String(field.Abbrev);
                    }
                }
                else
                {
                    WriteNode(item, depth + 1);
                }
                _json.EndObject();
            }
        }
        if (instances.Count > 1)
            _json.EndArray();
    }

    /// <summary>A protocol item is written as an object of its own; everything else (a TCP option included) is flattened.</summary>
    private static bool IsProtocolObject(FieldDef field) => field.Type == FieldType.Protocol && field is not ProtocolDef { ValueIsBytes: true };

    /// <summary>ek_write_name: "protocol_abbrev" for a field (its owning protocol's abbreviation first); a protocol or a text item by its own.</summary>
    private void WriteName(ViewItem item, string? suffix)
    {
        var field = _view.Field(item);
        ProtocolDef? owner = field is ProtocolDef || ReferenceEquals(field, TextItem.Field) ? null : _catalog.ProtocolOf(field);
        string name = owner is null ? field.Abbrev : string.Concat(owner.Abbrev, "_", field.Abbrev);
        _json.Name(suffix is null ? name : name + suffix);
    }

    private bool Passes(string abbrev)
        => _filter is null || _filter.Contains(abbrev) || _filter.Contains(abbrev.Replace('.', '_'));

    /// <summary>ek_write_field_value.</summary>
    private void WriteValue(ViewItem item)
    {
        var field = _view.Field(item);
        if (_view.IsTextItem(item))
        {
            _json.String(_view.Key(item));
            return;
        }
        switch (field.Type)
        {
            case FieldType.None:
                _json.String((string?)null);
                return;
            case FieldType.Boolean:
                _json.Raw(_view.Node(item).Number != 0 ? "true" : "false");
                return;
            case FieldType.AbsoluteTime:
            {
                long t = (long)_view.Node(item).Number;
                if (t == long.MinValue)
                    t = 0; // an NTP time stamp of zero (NtpFields.NullTime) holds nstime 0: EK writes the epoch
                long seconds = Math.DivRem(t, 1_000_000_000, out long ns);
                if (ns < 0)
                {
                    ns += 1_000_000_000;
                    seconds--;
                }
                var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L)).UtcDateTime;
                _json.Raw(string.Create(CultureInfo.InvariantCulture, $"\"{utc:yyyy-MM-ddTHH:mm:ss}.{ns:D9}Z\""));
                return;
            }
        }
        // An item without a value (zero-length bytes) is "", as -T json writes it: the key never stands alone.
        _scratch.Clear();
        _view.TryAppendValue(item, _scratch);
        _json.String(_scratch);
    }
}
