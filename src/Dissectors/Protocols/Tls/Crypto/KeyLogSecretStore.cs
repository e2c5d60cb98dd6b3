using System.Diagnostics.CodeAnalysis;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The secrets of a key log, stored compactly: one dictionary entry per session (client random → its newest
/// record) and the records themselves — label, length, link to the session's previous record, secret bytes —
/// packed one after another in 64 KiB slabs. About 110 bytes per key-log line instead of several objects
/// per line, so a key log of a million lines fits in about a tenth of a gigabyte. A later line for the same
/// session and label wins (lookups walk from the newest record). Slabs are wiped when the store is cleared.
/// </summary>
internal sealed class KeyLogSecretStore
{
    private const int SlabLength = 64 * 1024;
    private const int RecordHeader = 1 + 1 + sizeof(int);        // label, secret length, previous record (−1: none)
    private const int NoRecord = -1;

    private readonly Dictionary<ClientRandom, int> _newest = [];
    private readonly List<byte[]> _slabs = [];
    private int _used = SlabLength;                              // bytes used in the last slab (full: none yet)

    public int SessionCount => _newest.Count;

    /// <summary>Sessions in the order their first line was read (a dictionary that is never removed from keeps that order).</summary>
    public IEnumerable<ClientRandom> Sessions => _newest.Keys;

    /// <summary>Makes room for about <paramref name="sessions"/> sessions at once, sparing the growth of the table line by line.</summary>
    public void Reserve(int sessions) => _newest.EnsureCapacity(sessions);

    /// <summary>False when the store is full (2 GiB of records); the caller reports the line as not kept.</summary>
    public bool TryAdd(ClientRandom random, KeyLogLabel label, ReadOnlySpan<byte> secret)
    {
        int length = RecordHeader + secret.Length;
        if (_used + length > SlabLength)
        {
            if ((long)(_slabs.Count + 1) * SlabLength > int.MaxValue)
                return false;
            _slabs.Add(new byte[SlabLength]);
            _used = 0;
        }
        int position = (_slabs.Count - 1) * SlabLength + _used;
        var record = _slabs[^1].AsSpan(_used, length);
        bool known = _newest.TryGetValue(random, out int previous);
        record[0] = (byte)label;
        record[1] = (byte)secret.Length;
        BitConverter.TryWriteBytes(record[2..], known ? previous : NoRecord);
        secret.CopyTo(record[RecordHeader..]);
        _used += length;
        _newest[random] = position;
        return true;
    }

    /// <summary>The newest secret of each label logged for <paramref name="random"/>, as one object; false when none.</summary>
    public bool TryGet(ClientRandom random, [NotNullWhen(true)] out TlsSecrets? secrets)
    {
        secrets = null;
        if (!_newest.TryGetValue(random, out int position))
            return false;
        secrets = new TlsSecrets(random);
        while (position != NoRecord)
        {
            var slab = _slabs[position / SlabLength];
            int at = position % SlabLength;
            var label = (KeyLogLabel)slab[at];
            int length = slab[at + 1];
            if (!secrets.Has(label))
                secrets.Set(label, slab.AsSpan(at + RecordHeader, length));
            position = BitConverter.ToInt32(slab, at + 2);
        }
        return true;
    }

    public bool Contains(ClientRandom random) => _newest.ContainsKey(random);

    public void Clear()
    {
        foreach (var slab in _slabs)
            Array.Clear(slab);
        _slabs.Clear();
        _newest.Clear();
        _used = SlabLength;
    }
}
