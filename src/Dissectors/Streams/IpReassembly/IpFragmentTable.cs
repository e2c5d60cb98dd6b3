namespace Sniffer.Dissectors.Streams.IpReassembly;

/// <summary>
/// The datagrams whose fragments are still coming, for IPv4 or IPv6 (tshark's ip_reassembly_table and
/// ipv6_reassembly_table with fragment_add_check): a fragment joins the datagram of its key; the fragment that makes
/// the datagram whole gets it back, and the datagram leaves the table (a later fragment with the same key starts a new
/// one, as in tshark). Like tshark the table has no timeout; unlike tshark it is bounded: a datagram with more than
/// <see cref="MaxFragmentsPerDatagram"/> fragments or <see cref="MaxBytesPerDatagram"/> bytes gives its bytes up and
/// never completes, and past <see cref="MaxDatagrams"/> datagrams or <see cref="MaxTotalBytes"/> bytes the oldest
/// incomplete one is dropped. Only fragments reach it: an unfragmented datagram never touches the table.
/// </summary>
public sealed class IpFragmentTable
{
    /// <summary>The largest datagram IP can describe: offset 8191 × 8 plus a 65,535-byte fragment.</summary>
    public const int DefaultMaxBytesPerDatagram = 8191 * 8 + 65535;
    public const int DefaultMaxFragmentsPerDatagram = 1024;
    public const int DefaultMaxDatagrams = 8192;
    public const long DefaultMaxTotalBytes = 64L * 1024 * 1024;

    private readonly Dictionary<IpFragmentKey, IpDatagram> _datagrams = new();
    private readonly LinkedList<IpDatagram> _byAge = new();

    public IpFragmentTable(int maxBytesPerDatagram = DefaultMaxBytesPerDatagram, int maxFragmentsPerDatagram = DefaultMaxFragmentsPerDatagram,
        int maxDatagrams = DefaultMaxDatagrams, long maxTotalBytes = DefaultMaxTotalBytes)
    {
        MaxBytesPerDatagram = maxBytesPerDatagram;
        MaxFragmentsPerDatagram = maxFragmentsPerDatagram;
        MaxDatagrams = Math.Max(1, maxDatagrams);
        MaxTotalBytes = Math.Max(maxTotalBytes, maxBytesPerDatagram);
    }

    public int MaxBytesPerDatagram { get; }
    public int MaxFragmentsPerDatagram { get; }
    public int MaxDatagrams { get; }
    public long MaxTotalBytes { get; }

    /// <summary>Datagrams waiting for fragments.</summary>
    public int Count => _datagrams.Count;

    /// <summary>Fragment bytes held across every waiting datagram.</summary>
    public long HeldBytes { get; private set; }

    /// <summary>Datagrams dropped to keep the table within its bounds.</summary>
    public long Evictions { get; private set; }

    /// <summary>
    /// Adds a fragment of <paramref name="bytes"/> at byte <paramref name="offset"/> of its datagram, carried by frame
    /// <paramref name="frame"/>; <paramref name="more"/> is the More Fragments flag. Returns the datagram when this
    /// fragment completes it, else null.
    /// </summary>
    public IpReassembled? Add(in IpFragmentKey key, long frame, int offset, ReadOnlySpan<byte> bytes, bool more)
    {
        if (!_datagrams.TryGetValue(key, out var datagram))
        {
            while (_datagrams.Count >= MaxDatagrams)
                EvictOldest();
            datagram = new IpDatagram(key);
            datagram.AgeNode = _byAge.AddLast(datagram);
            _datagrams.Add(key, datagram);
        }
        if (datagram.GaveUp)
            return null;
        if (datagram.FragmentCount >= MaxFragmentsPerDatagram || datagram.HeldBytes + bytes.Length > MaxBytesPerDatagram
            || (long)offset + bytes.Length > MaxBytesPerDatagram)
        {
            HeldBytes -= datagram.HeldBytes;
            datagram.GiveUp();
            return null;
        }
        while (HeldBytes + bytes.Length > MaxTotalBytes && _byAge.First is { } oldest && oldest.Value != datagram)
            EvictOldest();
        datagram.Add(frame, offset, bytes, more);
        HeldBytes += bytes.Length;
        if (!datagram.IsComplete())
            return null;
        Remove(datagram);
        return datagram.Build();
    }

    private void EvictOldest()
    {
        var oldest = _byAge.First!.Value;
        Remove(oldest);
        Evictions++;
    }

    private void Remove(IpDatagram datagram)
    {
        _datagrams.Remove(datagram.Key);
        _byAge.Remove(datagram.AgeNode!);
        datagram.AgeNode = null;
        HeldBytes -= datagram.HeldBytes;
    }
}
