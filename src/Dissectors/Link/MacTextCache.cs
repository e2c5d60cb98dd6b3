using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Link;

/// <summary>
/// The texts of a MAC address's hidden items (its name or written form, its vendor's name) as UTF-8, for the last few
/// addresses seen: a capture repeats a handful of addresses on every frame, and -V asks for four such strings per
/// Ethernet header. Entries hold for one name resolver (-N m); another one empties the cache.
/// </summary>
internal sealed class MacTextCache
{
    private const int Size = 8;

    private readonly ulong[] _keys = new ulong[Size];
    private readonly Entry?[] _entries = new Entry?[Size];
    private IMacNames? _names;
    private int _count;
    private int _next;

    /// <param name="Resolved">The address's name, or the address as tshark writes it.</param>
    /// <param name="Vendor">The vendor of its OUI; null when the OUI has none.</param>
    public sealed record Entry(byte[] Resolved, byte[]? Vendor);

    public Entry Get(PacketContext packet, ReadOnlySpan<byte> mac)
    {
        if (!ReferenceEquals(_names, packet.MacNames))
        {
            _names = packet.MacNames;
            _count = 0;
            _next = 0;
        }
        ulong key = (ulong)mac[0] << 40 | (ulong)mac[1] << 32 | (ulong)mac[2] << 24 | (ulong)mac[3] << 16 | (ulong)mac[4] << 8 | mac[5];
        for (int i = 0; i < _count; i++)
            if (_keys[i] == key)
                return _entries[i]!;
        return Add(packet, mac, key);
    }

    private Entry Add(PacketContext packet, ReadOnlySpan<byte> mac, ulong key)
    {
        Span<char> text = stackalloc char[64];
        var resolved = Encoding.UTF8.GetBytes(text[..packet.ResolvedMac(mac, text)].ToArray());
        uint prefix = (uint)(mac[0] << 16 | mac[1] << 8 | mac[2]);
        var vendor = OuiNames.TryGet(prefix, out var name) ? Encoding.UTF8.GetBytes(name) : null;
        var entry = new Entry(resolved, vendor);
        int slot = _count < Size ? _count++ : _next++ % Size;
        _keys[slot] = key;
        _entries[slot] = entry;
        return entry;
    }
}
