namespace Sniffer.Dissectors.Streams.IpReassembly;

/// <summary>
/// A datagram being reassembled (reassemble.c's fragment_head): its fragments sorted by offset, each with a copy of its
/// bytes, the length the last fragment set, and what went wrong. Lives in an <see cref="IpFragmentTable"/> until its
/// bytes are all there or the table evicts it.
/// </summary>
internal sealed class IpDatagram
{
    private readonly List<(IpFragment Fragment, byte[] Bytes)> _fragments = new(4);

    public IpDatagram(IpFragmentKey key) => Key = key;

    public IpFragmentKey Key { get; }
    public int DataLength { get; private set; }
    public bool DataLengthSet { get; private set; }
    public IpFragmentFlags Flags { get; private set; }

    /// <summary>The highest frame number among the fragments.</summary>
    public long LastFrame { get; private set; }

    /// <summary>Bytes of fragment data held.</summary>
    public long HeldBytes { get; private set; }

    public int FragmentCount => _fragments.Count;

    /// <summary>Set when the datagram outgrew the table's per-datagram bounds: its bytes are dropped and it never completes.</summary>
    public bool GaveUp { get; private set; }

    /// <summary>The datagram's place in the table's age order.</summary>
    public LinkedListNode<IpDatagram>? AgeNode { get; set; }

    /// <summary>Adds one fragment (fragment_add_work, before the completeness check).</summary>
    public void Add(long frame, int offset, ReadOnlySpan<byte> bytes, bool more)
    {
        var flags = IpFragmentFlags.None;
        if (frame > LastFrame)
            LastFrame = frame;
        if (!more)
        {
            if (DataLengthSet)
            {
                if (DataLength != offset + bytes.Length)
                {
                    flags |= IpFragmentFlags.MultipleTails;
                    Flags |= IpFragmentFlags.MultipleTails;
                }
            }
            else
            {
                DataLength = offset + bytes.Length;
                DataLengthSet = true;
            }
        }
        // Sorted by offset; a fragment at an offset already present goes after the ones there (LINK_FRAG).
        int at = _fragments.Count;
        while (at > 0 && _fragments[at - 1].Fragment.Offset > offset)
            at--;
        _fragments.Insert(at, (new IpFragment(frame, offset, bytes.Length, flags), bytes.ToArray()));
        HeldBytes += bytes.Length;
    }

    /// <summary>Drops every fragment's bytes: the datagram is beyond what the table keeps.</summary>
    public void GiveUp()
    {
        GaveUp = true;
        _fragments.Clear();
        _fragments.TrimExcess();
        HeldBytes = 0;
    }

    /// <summary>True when the last fragment came and the bytes from 0 to its end are all there (fragment_add_work's "max").</summary>
    public bool IsComplete()
    {
        if (!DataLengthSet || GaveUp)
            return false;
        long max = 0;
        foreach (var (f, _) in _fragments)
        {
            if (f.Offset <= max && f.Offset + (long)f.Length > max)
                max = f.Offset + (long)f.Length;
        }
        return max >= DataLength;
    }

    /// <summary>
    /// Builds the datagram from its fragments as fragment_add_work does: fragments in offset order, each adding only the
    /// bytes past what earlier ones gave (an overlap keeps the first bytes, and is compared with them), data past the end
    /// the last fragment set cut off and flagged.
    /// </summary>
    public IpReassembled Build()
    {
        var data = new byte[DataLength];
        var list = new IpFragment[_fragments.Count];
        int dfpos = 0;
        for (int i = 0; i < _fragments.Count; i++)
        {
            var (f, bytes) = _fragments[i];
            var flags = f.Flags;
            if (f.Length > 0)
            {
                if (f.Offset >= DataLength)
                {
                    flags |= IpFragmentFlags.TooLongFragment;
                }
                else
                {
                    int length = f.Length;
                    if (f.Offset + length > DataLength)
                    {
                        flags |= IpFragmentFlags.TooLongFragment;
                        length = DataLength - f.Offset;
                    }
                    int overlap = Math.Max(0, dfpos - f.Offset);
                    if (overlap > 0)
                    {
                        flags |= IpFragmentFlags.Overlap;
                        int compared = Math.Min(f.Length, overlap);
                        if (!data.AsSpan(f.Offset, compared).SequenceEqual(bytes.AsSpan(0, compared)))
                            flags |= IpFragmentFlags.OverlapConflict;
                    }
                    if (f.Offset + length > dfpos)
                    {
                        bytes.AsSpan(overlap, length - overlap).CopyTo(data.AsSpan(dfpos));
                        dfpos = f.Offset + length;
                    }
                }
            }
            Flags |= flags;
            list[i] = f with { Flags = flags };
        }
        return new IpReassembled(data, list, Flags);
    }
}
