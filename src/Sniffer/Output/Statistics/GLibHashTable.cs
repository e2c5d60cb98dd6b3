namespace Sniffer.Output.Statistics;

/// <summary>
/// The order in which GLib 2.74's GHashTable (ghash.c) walks its keys in g_hash_table_foreach, for the tshark statistics
/// that print a hash table as it lies (tap-httpstat.c): open addressing over a power-of-two array with quadratic probing,
/// the bucket of a hash being (hash × 11) mod the prime just below the size, growing when 15/16 of the buckets are
/// occupied and shrinking below 1/4, each resize rehashing in place (a displaced entry takes the next free bucket of a
/// bitmap). Only insertion and lookup are modelled (tshark's statistic never removes), and only the order is kept, not
/// the values. Checked against the real libglib-2.0 (GLibHashTableTests) and by the http,stat goldens.
/// </summary>
internal sealed class GLibHashTable<TKey>(Func<TKey, uint> hash, IEqualityComparer<TKey> equality)
{
    private const int MinShift = 3;

    /// <summary>ghash.c's prime_mod: the modulus for each shift.</summary>
    private static readonly uint[] PrimeMod =
    [
        1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521, 131071, 262139, 524287,
        1048573, 2097143, 4194301, 8388593, 16777213, 33554393, 67108859, 134217689, 268435399, 536870909, 1073741789, 2147483647,
    ];

    private uint[] _hashes = new uint[1 << MinShift];
    private TKey[] _keys = new TKey[1 << MinShift];
    private int _size = 1 << MinShift;
    private uint _mod = PrimeMod[MinShift];
    private int _mask = (1 << MinShift) - 1;
    private int _nodes, _occupied;

    public int Count => _nodes;

    /// <summary>g_str_hash: djb2 over the bytes as signed chars.</summary>
    public static uint StringHash(string text)
    {
        uint h = 5381;
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(text))
            h = unchecked((h << 5) + h + (uint)(sbyte)b);
        return h;
    }

    /// <summary>g_hash_table_insert of a key not yet present (a present key keeps its bucket).</summary>
    public void Add(TKey key)
    {
        uint h = RealHash(key);
        int index = Bucket(h);
        int step = 0;
        while (_hashes[index] != 0)
        {
            if (_hashes[index] == h && equality.Equals(_keys[index], key))
                return;
            step++;
            index = (index + step) & _mask;
        }
        _hashes[index] = h;
        _keys[index] = key;
        _nodes++;
        _occupied++;
        if ((_size > _nodes * 4 && _size > 1 << MinShift) || _size <= _occupied + _occupied / 16)
            Resize();
    }

    /// <summary>The keys in g_hash_table_foreach's order: bucket by bucket.</summary>
    public IEnumerable<TKey> InForeachOrder()
    {
        for (int i = 0; i < _size; i++)
            if (_hashes[i] >= 2)
                yield return _keys[i];
    }

    private uint RealHash(TKey key)
    {
        uint h = hash(key);
        return h < 2 ? 2 : h; // 0 and 1 mark unused buckets and tombstones
    }

    private int Bucket(uint h) => (int)(unchecked(h * 11) % _mod);

    private void SetShift(int shift)
    {
        _size = 1 << shift;
        _mod = PrimeMod[shift];
        _mask = _size - 1;
    }

    private void Resize()
    {
        int oldSize = _size;
        int wanted = (int)(_nodes * 1.333), shift = 0;
        for (; wanted != 0; shift++)
            wanted >>= 1;
        SetShift(Math.Max(shift, MinShift));
        if (_size > oldSize)
        {
            Array.Resize(ref _hashes, _size);
            Array.Resize(ref _keys, _size);
        }
        var moved = new bool[Math.Max(_size, oldSize)];
        for (int i = 0; i < oldSize; i++)
        {
            uint nodeHash = _hashes[i];
            if (nodeHash < 2)
            {
                _hashes[i] = 0;
                continue;
            }
            if (moved[i])
                continue;
            _hashes[i] = 0;
            TKey key = _keys[i];
            _keys[i] = default!;
            while (true)
            {
                int index = Bucket(nodeHash), step = 0;
                while (moved[index])
                {
                    step++;
                    index = (index + step) & _mask;
                }
                moved[index] = true;
                uint replaced = _hashes[index];
                _hashes[index] = nodeHash;
                if (replaced < 2)
                {
                    _keys[index] = key;
                    break;
                }
                nodeHash = replaced;
                (key, _keys[index]) = (_keys[index], key);
            }
        }
        if (_size < oldSize)
        {
            Array.Resize(ref _hashes, _size);
            Array.Resize(ref _keys, _size);
        }
        _occupied = _nodes;
    }
}
