namespace Sniffer.Dissectors.Registry;

/// <summary>
/// One of Wireshark's numbered dissector tables ("ethertype", "ip.proto", "udp.port", "wtap_encap"): a number
/// names the dissector for what follows. An object owned by one registry, not global state.
/// </summary>
public sealed class DissectorTable<TDissector> where TDissector : class
{
    private readonly Dictionary<int, TDissector> _entries = new();

    public DissectorTable(string name) => Name = name;

    /// <summary>The table's Wireshark name, as Decode As spells it ("udp.port").</summary>
    public string Name { get; }

    public void Add(int key, TDissector dissector) => _entries[key] = dissector;

    public void Remove(int key) => _entries.Remove(key);

    public TDissector? Find(int key) => _entries.TryGetValue(key, out var d) ? d : null;

    /// <summary>Removes every entry that points at <paramref name="dissector"/> (the protocol was turned off).</summary>
    public void RemoveAll(TDissector dissector)
    {
        foreach (var key in _entries.Where(kv => ReferenceEquals(kv.Value, dissector)).Select(kv => kv.Key).ToList())
            _entries.Remove(key);
    }

    public IEnumerable<KeyValuePair<int, TDissector>> Entries => _entries;
}
