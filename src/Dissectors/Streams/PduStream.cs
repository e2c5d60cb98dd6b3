using System.Buffers;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Streams;

/// <summary>What one delivery of bytes to a <see cref="PduStream"/> ended with.</summary>
[Flags]
public enum PduDelivery : byte
{
    None = 0,
    /// <summary>At least one whole PDU was dissected on this frame.</summary>
    Completed = 1,
    /// <summary>Bytes are left waiting for more (a PDU continues past this frame).</summary>
    Waiting = 2,
    /// <summary>The dissector refused the bytes; they were shown as data.</summary>
    NotMine = 4,
    /// <summary>The per-direction or total limit made the pending bytes be shown as data.</summary>
    LimitReached = 8,
}

/// <summary>
/// The layer under a <see cref="PduStream"/> (TCP for its payload, TLS for its decrypted data): what it shows where
/// the two differ. Called only while the frame's tree is being built.
/// </summary>
public interface IPduCarrier
{
    /// <summary>
    /// Makes the data source of a PDU whose bytes came (at least partly) from earlier frames and returns its index;
    /// TCP also adds its tcp.segments tree. <paramref name="segments"/> lists the frames that carried the PDU.
    /// </summary>
    int AddReassembledSource(PacketContext packet, ReadOnlySpan<byte> pdu, ReadOnlySpan<PduSegment> segments);

    /// <summary>Shows bytes no PDU claimed (refused, or flushed by a limit) as data; <paramref name="source"/> is -1 when they came from earlier frames.</summary>
    void AddUnclaimed(PacketContext packet, ReadOnlySpan<byte> bytes, int source, int offset);

    /// <summary>Notes on the frame that pending bytes were given up because a reassembly limit was reached.</summary>
    void NoteLimitReached(PacketContext packet);
}

/// <summary>One frame's share of the pending bytes.</summary>
public readonly record struct PduSegment(long Frame, int Length);

/// <summary>
/// One direction of a byte stream cut into PDUs by its dissector (Wireshark's desegmentation): the bytes no PDU has
/// consumed yet, the frames that carried them, and the loop that asks the dissector where each PDU ends, dissects each
/// whole one on the frame holding its last byte, and keeps the rest. TCP payloads and decrypted TLS data both go
/// through this one loop.
/// <para>
/// Work is linear in the bytes: a dissector that announced a PDU's total length is not asked again until that many
/// bytes are there, and one that must search (an HTTP header block, chunked body) resumes from
/// <see cref="StreamSide.Scan"/>, which stays valid while the PDU's start does not move. Memory is bounded per
/// direction (<see cref="ReassemblyLimits.MaxPerDirection"/>) and in total across streams
/// (<see cref="ReassemblyLimits.MaxTotal"/>): past the total, the stream idle the longest gives up its pending bytes.
/// </para>
/// </summary>
public sealed class PduStream
{
    private byte[] _pending = [];
    private int _pendingLength;
    private PduSegment[] _segments = [];
    private int _segmentHead;
    private int _segmentCount;
    private long _scanValidFor = -1;
    private int _needTotal;
    private bool _lengthUnknown;
    private readonly ReassemblyLimits _limits;

    // Place in the limits' list of streams that hold bytes, oldest activity first.
    internal PduStream? OlderHolder, NewerHolder;
    internal bool Holding;
    internal long CountedBytes;
    internal long LastActivity;

    public PduStream(ReassemblyLimits limits) => _limits = limits;

    /// <summary>
    /// Whether each delivery is a segment of its own in the reassembly items (TLS's records: "#13(1000), #13(1000)"); by
    /// default the bytes one frame delivers are one segment (TCP's).
    /// </summary>
    public bool SegmentPerDelivery { get; init; }

    /// <summary>Bytes of this direction already consumed by PDUs or skipped: the stream offset of the first pending byte.</summary>
    public long ConsumedOffset { get; private set; }

    /// <summary>True when bytes were missing (a capture gap, a limit) just before the pending data.</summary>
    public bool GapBefore { get; private set; }

    /// <summary>True once the limits took this stream's pending bytes for another stream; the next delivery says so.</summary>
    public bool Evicted { get; internal set; }

    public int PendingLength => _pendingLength;

    public ReadOnlySpan<byte> PendingBytes => _pending.AsSpan(0, _pendingLength);

    private ReadOnlySpan<PduSegment> Segments => _segments.AsSpan(_segmentHead, _segmentCount);

    /// <summary>The frame that carried the first pending byte, or 0.</summary>
    public long FirstPendingFrame => _segmentCount > 0 ? _segments[_segmentHead].Frame : 0;

    /// <summary>
    /// Delivers <paramref name="bytes"/> (this frame's next in-order bytes, at <paramref name="offset"/> of data source
    /// <paramref name="source"/>) and dissects every PDU they complete. <paramref name="endOfStream"/>: the direction
    /// has ended, so a PDU delimited by the close is now whole. <paramref name="describeIncomplete"/>: let the dissector
    /// put what it knows of an unfinished PDU in the Info column (TCP does, as tshark calls its dissectors again).
    /// </summary>
    public PduDelivery Deliver(IStreamDissector dissector, StreamSide side, PacketContext packet, IPduCarrier carrier,
        ReadOnlySpan<byte> bytes, int source, int offset, bool endOfStream, bool describeIncomplete)
    {
        long frame = packet.Frame.Number;
        PduDelivery result = PduDelivery.None;
        LastActivity = frame;
        if (Evicted)
        {
            Evicted = false;
            carrier.NoteLimitReached(packet);
            result |= PduDelivery.LimitReached;
        }

        int earlier = _pendingLength; // bytes from earlier frames
        if (earlier > 0 && (long)earlier + bytes.Length > _limits.MaxPerDirection)
        {
            // One direction may not hold more: what waited is shown as data and the stream starts afresh.
            carrier.NoteLimitReached(packet);
            carrier.AddUnclaimed(packet, PendingBytes, -1, 0);
            Skip(_pendingLength);
            GapBefore = true;
            earlier = 0;
            result |= PduDelivery.LimitReached;
        }
        if (!bytes.IsEmpty)
            AddSegment(frame, bytes.Length);

        // A PDU whose total length is known and not there yet: keep the bytes, ask nothing (linear in the bytes).
        if (_needTotal > 0 && !endOfStream && (long)earlier + bytes.Length < _needTotal)
        {
            Append(bytes);
            _limits.Track(this);
            return result | PduDelivery.Waiting;
        }

        ReadOnlySpan<byte> work;
        if (earlier == 0)
        {
            work = bytes;
        }
        else
        {
            Append(bytes);
            work = PendingBytes;
        }

        int consumed = 0;
        bool completedAny = false;
        while (consumed < work.Length)
        {
            var rest = work[consumed..];
            PrepareSide(side, frame);
            side.AtSegmentStart = earlier == 0 && consumed == 0;
            var boundary = dissector.FindPdu(rest, side, endOfStream);
            if (boundary.Status == PduStatus.Complete && boundary.Length > 0 && boundary.Length <= rest.Length)
            {
                var pdu = rest[..boundary.Length];
                int pduSource, pduOffset;
                if (consumed >= earlier)
                {
                    pduSource = source;
                    pduOffset = offset + (consumed - earlier);
                }
                else
                {
                    pduSource = carrier.AddReassembledSource(packet, pdu, SegmentsOf(boundary.Length));
                    pduOffset = 0;
                }
                side.PduSourceOffset = pduOffset;
                dissector.Dissect(pdu, side, packet, pduSource);
                ConsumeSegments(boundary.Length);
                ConsumedOffset += boundary.Length;
                GapBefore = false;
                _lengthUnknown = false;
                _needTotal = 0;
                consumed += boundary.Length;
                completedAny = true;
                continue;
            }
            if (boundary.Status == PduStatus.NotMine)
            {
                if (!completedAny)
                {
                    bool fromThisFrame = consumed >= earlier;
                    carrier.AddUnclaimed(packet, rest, fromThisFrame ? source : -1, fromThisFrame ? offset + (consumed - earlier) : 0);
                }
                ConsumeSegments(rest.Length);
                ConsumedOffset += rest.Length;
                consumed = work.Length;
                _needTotal = 0;
                result |= PduDelivery.NotMine;
                break;
            }
            // Needs more bytes. As tshark calls the dissector again on a PDU still incomplete, it may describe it: on
            // the frame where the PDU starts (also after PDUs this frame completed), and on later frames while its
            // length is unknown ("one more segment"), not once a total length was given.
            if (describeIncomplete && !bytes.IsEmpty && (consumed >= earlier || _lengthUnknown))
            {
                bool fromThisFrame = consumed >= earlier;
                side.IncompleteSource = fromThisFrame ? source : -1;
                side.PduSourceOffset = fromThisFrame ? offset + (consumed - earlier) : 0;
                dissector.DescribeIncomplete(rest, side, packet);
            }
            _lengthUnknown = boundary.Length == 0;
            _needTotal = boundary.Length is > 0 and < PduBoundary.UntilEndOfStream ? boundary.Length : 0;
            if (boundary.RunsUntilEndOfStream)
                _needTotal = int.MaxValue;
            result |= PduDelivery.Waiting;
            break;
        }
        if (completedAny)
            result |= PduDelivery.Completed;

        // Keep what no PDU consumed.
        int remaining = work.Length - consumed;
        if (remaining == 0)
        {
            Clear();
        }
        else if (earlier == 0)
        {
            _pendingLength = 0;
            Append(work[consumed..]);
        }
        else if (consumed > 0)
        {
            _pending.AsSpan(consumed, remaining).CopyTo(_pending);
            _pendingLength = remaining;
        }
        _limits.Track(this);
        return result;
    }

    /// <summary>
    /// Whether bytes a retransmission carries again differ from the copy still waiting here: the segment starts
    /// <paramref name="startsBehind"/> bytes before the next expected byte and <paramref name="overlap"/> are its bytes
    /// up to that byte. Only what is still pending can be compared (what PDUs consumed is gone).
    /// </summary>
    public bool ConflictsWithPending(long startsBehind, ReadOnlySpan<byte> overlap)
    {
        long next = ConsumedOffset + _pendingLength;
        long start = next - startsBehind;
        long from = Math.Max(start, ConsumedOffset);
        long to = Math.Min(start + overlap.Length, next);
        if (from >= to)
            return false;
        var mine = _pending.AsSpan((int)(from - ConsumedOffset), (int)(to - from));
        var theirs = overlap.Slice((int)(from - start), (int)(to - from));
        return !mine.SequenceEqual(theirs);
    }

    /// <summary>
    /// Gives up the pending bytes (a capture gap of <paramref name="missingBytes"/> before the next bytes, or 0 when the
    /// next bytes cannot join them); returns how many were dropped.
    /// </summary>
    public int DropPending(long missingBytes)
    {
        int dropped = _pendingLength;
        if (dropped > 0)
            Skip(dropped);
        ConsumedOffset += missingBytes;
        if (missingBytes > 0 || dropped > 0)
            GapBefore = true;
        return dropped;
    }

    /// <summary>Marks bytes as consumed without a dissector (shown as data by the caller).</summary>
    public void Skip(long length)
    {
        if (length >= _pendingLength)
        {
            ConsumedOffset += length;
            Clear();
        }
        else
        {
            ConsumeSegments((int)length);
            ConsumedOffset += length;
            _pending.AsSpan((int)length, _pendingLength - (int)length).CopyTo(_pending);
            _pendingLength -= (int)length;
        }
        _needTotal = 0;
        _lengthUnknown = false;
        _limits.Track(this);
    }

    /// <summary>Lets go of the buffers (the direction ended or the conversation is forgotten).</summary>
    public void Release()
    {
        Clear();
        if (_pending.Length > 0)
            ArrayPool<byte>.Shared.Return(_pending);
        _pending = [];
        if (_segments.Length > KeptSegments)
            _segments = [];
        _limits.Track(this);
    }

    /// <summary>Room for frames a released stream keeps (a few; a PDU of a thousand segments is not kept).</summary>
    private const int KeptSegments = 16;

    /// <summary>
    /// Releases the stream and makes every member as a new stream has it, for a conversation that is reused
    /// (<see cref="TcpConversation.Reuse"/>).
    /// </summary>
    internal void Reuse()
    {
        Release();
        _scanValidFor = -1;
        ConsumedOffset = 0;
        GapBefore = false;
        Evicted = false;
        LastActivity = 0;
    }

    private void PrepareSide(StreamSide side, long frame)
    {
        long start = ConsumedOffset;
        if (_scanValidFor != start)
        {
            side.Scan = default;
            _scanValidFor = start;
        }
        side.ConsumedOffset = start;
        side.GapBefore = GapBefore;
        side.PduFirstFrame = _segmentCount > 0 ? _segments[_segmentHead].Frame : frame;
    }

    /// <summary>Drops the pending bytes for the total limit (the limits adjust their own count).</summary>
    internal void EvictForLimits()
    {
        ConsumedOffset += _pendingLength;
        GapBefore = true;
        Evicted = true;
        Clear();
    }

    private void Clear()
    {
        _pendingLength = 0;
        _segmentHead = 0;
        _segmentCount = 0;
        _needTotal = 0;
        _lengthUnknown = false;
        if (_pending.Length > ReassemblyLimits.KeepBufferBytes)
        {
            ArrayPool<byte>.Shared.Return(_pending);
            _pending = [];
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return;
        int needed = _pendingLength + bytes.Length;
        if (needed > _pending.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(4096, _pending.Length * 2)));
            PendingBytes.CopyTo(bigger);
            if (_pending.Length > 0)
                ArrayPool<byte>.Shared.Return(_pending);
            _pending = bigger;
        }
        bytes.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength = needed;
    }

    private void AddSegment(long frame, int length)
    {
        if (_segmentCount > 0 && !SegmentPerDelivery && _segments[_segmentHead + _segmentCount - 1].Frame == frame)
        {
            ref var last = ref _segments[_segmentHead + _segmentCount - 1];
            last = last with { Length = last.Length + length };
            return;
        }
        if (_segmentHead + _segmentCount == _segments.Length)
        {
            if (_segmentHead > 0 && _segmentCount <= _segments.Length / 2)
            {
                Array.Copy(_segments, _segmentHead, _segments, 0, _segmentCount);
                _segmentHead = 0;
            }
            else
            {
                Array.Resize(ref _segments, Math.Max(4, _segments.Length * 2));
            }
        }
        _segments[_segmentHead + _segmentCount] = new PduSegment(frame, length);
        _segmentCount++;
    }

    /// <summary>The frames that carried the first <paramref name="length"/> pending bytes, the last one cut to what the PDU uses.</summary>
    private ReadOnlySpan<PduSegment> SegmentsOf(int length)
    {
        int n = 0;
        int remaining = length;
        var all = Segments;
        while (n < all.Length && remaining > 0)
        {
            remaining -= all[n].Length;
            n++;
        }
        return all[..n];
    }

    private void ConsumeSegments(int length)
    {
        while (length > 0 && _segmentCount > 0)
        {
            ref var first = ref _segments[_segmentHead];
            if (first.Length <= length)
            {
                length -= first.Length;
                _segmentHead++;
                _segmentCount--;
            }
            else
            {
                first = first with { Length = first.Length - length };
                length = 0;
            }
        }
        if (_segmentCount == 0)
            _segmentHead = 0;
    }
}
