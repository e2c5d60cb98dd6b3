using System.Runtime.ExceptionServices;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Pipeline;

/// <summary>
/// Runs an <see cref="IDetachableTap"/> (the -V or JSON printer) on a second thread: each frame's tree and bytes are
/// copied into one of a fixed ring of slots and the printer formats frame N while the run dissects frame N+1. Frames
/// reach the printer one at a time, in capture order, so the output is the same bytes as on one thread. Memory stays
/// bounded: <see cref="Slots"/> copies at most, each of a frame no larger than <see cref="MaxCopiedBytes"/>; a larger
/// frame waits for the ring to empty and is printed in place, on the run's thread. An exception the printer throws
/// (a write that failed) is thrown again on the run's thread at the next frame or at the end, where the run handles it
/// as it would have on one thread.
/// <para>
/// Whether the second thread pays is measured, not assumed (<see cref="PrintingWayChoice"/>); a switch to printing in
/// place first lets the printer finish what it holds, so the output is the same bytes either way.
/// </para>
/// </summary>
public sealed class DetachedTap : ITap, IDisposable
{
    /// <summary>Frames in flight at most.</summary>
    public const int Slots = 64;

    /// <summary>A frame whose copy (tree nodes, arena, frame bytes) would be larger is not copied.</summary>
    public const long MaxCopiedBytes = 256 * 1024;

    /// <summary>
    /// Slots handed over at once: the ring is <see cref="Batches"/> batches of this many, and the two threads signal each
    /// other once per batch (a semaphore each way), not once per frame.
    /// </summary>
    private const int Batch = 16;

    private const int Batches = Slots / Batch;


    private readonly ITap _inner;
    private readonly bool _soleReader;
    private readonly Slot[] _slots = new Slot[Slots];
    /// <summary>Per batch, the frames it holds: <see cref="Batch"/>, or fewer when handed over early.</summary>
    private readonly int[] _batchCount = new int[Batches];
    private readonly BatchSignal _filled = new(0);
    private readonly BatchSignal _free = new(Batches);
    private Thread? _worker;
    private int _write;
    // Slots of the batch at _write / Batch filled so far; 0: the run holds no batch (it takes a free one first).
    private int _inBatch;
    private ExceptionDispatchInfo? _failure;
    private bool _stopped;
    private readonly PrintingWayChoice _way;


    /// <param name="soleReader">Nothing else reads a frame's tree after this tap (it is the run's only tap): the tree's
    /// buffers are handed over instead of copied (<see cref="FieldTree.TakeFrom"/>).</param>
    /// <param name="way">How the way of printing is chosen (tests give one with their own clock).</param>
    public DetachedTap(IDetachableTap inner, bool soleReader = false, PrintingWayChoice? way = null)
    {
        _inner = inner;
        _soleReader = soleReader;
        _way = way ?? new PrintingWayChoice();
        for (int i = 0; i < Slots; i++)
            _slots[i] = new Slot();
    }

    public TapNeeds Needs => _inner.Needs;

    public IReadOnlyCollection<FieldDef> Fields => _inner.Fields;

    public void OnFrame(PacketContext packet)
    {
        Volatile.Read(ref _failure)?.Throw();
        if (_stopped)
            throw new InvalidOperationException("a frame after the end");
        _way.FrameStarts();
        if (_way.InPlace)
        {
            _inner.OnFrame(packet);
        }
        else if (packet.Tree.FootprintBytes + packet.Frame.Data.Length > MaxCopiedBytes)
        {
            // Too big to copy a few of: let the printer finish what it has, then print this one here.
            WaitUntilIdle();
            _inner.OnFrame(packet);
        }
        else
        {
            var slot = TakeSlot();
            slot.End = false;
            slot.Fill(packet, _soleReader);
            if (_inBatch == Batch)
                Announce(urgent: false);
            if (_worker is null)
            {
                _worker = new Thread(Work) { IsBackground = true, Name = "sniffer printer" };
                _worker.Start();
            }
        }
        // Before printing in place, the printer prints what it holds: the frames stay in order.
        if (_way.FrameDone() && _way.InPlace)
            WaitUntilIdle();
    }

    public void OnEnd(CaptureModel model)
    {
        Stop();
        _failure?.Throw();
        _inner.OnEnd(model);
    }

    public void OnConnectionEnd(Dissectors.Streams.TcpConversation conversation) => _inner.OnConnectionEnd(conversation);

    /// <summary>Lets the printer finish the frames it was given and ends its thread (after an error too); idempotent.</summary>
    public void Stop()
    {
        if (_stopped)
            return;
        _stopped = true;
        if (_worker is null)
            return;
        TakeSlot().End = true;
        Announce();
        _worker.Join();
    }

    public void Dispose()
    {
        Stop();
    }

    /// <summary>The next slot to fill, taking a free batch first when the run holds none.</summary>
    private Slot TakeSlot()
    {
        if (_inBatch == 0)
            _free.Wait();
        _inBatch++;
        return _slots[_write++];
    }

    /// <summary>
    /// Hands the batch being filled (full or not) to the printer; the next frame starts the next batch. Not
    /// <paramref name="urgent"/> (a full batch in the stream of frames): a printer asleep is woken only once a second
    /// batch is waiting, so a printer faster than the run sleeps once per two batches, not per batch.
    /// </summary>
    private void Announce(bool urgent = true)
    {
        if (_inBatch == 0)
        {
            if (urgent)
                _filled.Wake();
            return;
        }
        int batch = (_write - 1) / Batch;
        _batchCount[batch] = _inBatch;
        _inBatch = 0;
        _write = (batch + 1) % Batches * Batch;
        _filled.Release(urgent: urgent);
    }

    /// <summary>Hands over what is waiting and returns when the printer has printed everything it was given.</summary>
    private void WaitUntilIdle()
    {
        if (_worker is null)
            return;
        Announce();
        for (int i = 0; i < Batches; i++)
            _free.Wait();
        _free.Release(Batches);
        Volatile.Read(ref _failure)?.Throw();
    }

    private void Work()
    {
        int batch = 0;
        while (true)
        {
            _filled.Wait();
            int first = batch * Batch, count = _batchCount[batch];
            batch = (batch + 1) % Batches;
            for (int i = first; i < first + count; i++)
            {
                var slot = _slots[i];
                if (slot.End)
                    return;
                if (_failure is null)
                {
                    try
                    {
                        _inner.OnFrame(slot.Packet);
                    }
                    catch (Exception e)
                    {
                        // Kept for the run's thread; the frames still coming are let through unprinted.
                        Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(e));
                    }
                }
            }
            _free.Release();
        }
    }

    /// <summary>One frame in flight: its own copy of the frame's bytes and tree.</summary>
    private sealed class Slot
    {
        private byte[] _bytes = new byte[2048];

        public PacketContext Packet { get; } = new();

        public bool End;

        public void Fill(PacketContext packet, bool take)
        {
            var frame = packet.Frame;
            var data = frame.Data.Span;
            if (_bytes.Length < data.Length)
                _bytes = new byte[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)data.Length)];
            data.CopyTo(_bytes);
            var copy = _bytes.AsMemory(0, data.Length);
            // Only what a detachable tap reads (the frame, the tree, the relative time) is set.
            Packet.SetDetachedFrame(frame with { Data = copy }, packet.RelativeTime);
            if (take)
                Packet.Tree.TakeFrom(packet.Tree, copy);
            else
                Packet.Tree.CopyFrom(packet.Tree, copy);
        }
    }
}
