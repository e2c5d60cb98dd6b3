using System.Runtime.ExceptionServices;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;
using Sniffer.Pipeline;

namespace Sniffer.Analysis;

/// <summary>
/// Runs the <see cref="AnalysisTap"/> of `analyze -r` on a second thread, beside dissection: frames and ended connections
/// reach it through a ring of entries, in the order the run produced them, so the report is the one the tap makes on
/// one thread. A frame that carries only tcp.stream and tcp.flags (most of them) is handed over as its facts
/// (<see cref="FrameFacts"/>, stream, flags: one plain copy into a contiguous array, as the other core reads it in
/// sequence); any other frame hands over its tree (the buffers are swapped, not copied: the tap is the run's only
/// reader) with a copy of its bytes, in one of a smaller ring of slots. An ended connection is handed over as it is:
/// the run neither touches it again nor releases its protocols' state (<see cref="TapNeeds.KeepsEndedConnections"/>);
/// the worker releases it once the tap has read it. The two threads signal each other once per batch of entries.
/// Memory stays bounded: <see cref="Batches"/> batches in flight, each with at most <see cref="WholePerBatch"/> trees of
/// no more than <see cref="MaxCopiedBytes"/>; a larger frame waits for the worker to finish and is read on the run's
/// thread. An exception the tap throws is thrown again on the run's thread at the next frame or at the end.
/// </summary>
internal sealed class DetachedAnalysis : ITap, IDisposable
{
    /// <summary>Entries per batch: frames are light (a few hundred nanoseconds each), so a hand-over covers many.</summary>
    private const int Batch = 512;
    private const int Batches = 4;
    /// <summary>Frames with a tree per batch at most (a batch is handed over early when they are used up).</summary>
    private const int WholePerBatch = 64;
    private const long MaxCopiedBytes = 256 * 1024;

    private readonly long _maxCopiedBytes;

    private readonly AnalysisTap _tap;
    private readonly Entry[] _entries = new Entry[Batch * Batches];
    private readonly Slot[] _wholes = new Slot[WholePerBatch * Batches];
    private readonly int[] _batchCount = new int[Batches];
    private readonly BatchSignal _filled = new(0);
    private readonly BatchSignal _free = new(Batches);
    private Thread? _worker;
    // The batch the run fills, whether it holds it, and what it has put in it.
    private int _batch;
    private bool _holding;
    private int _inBatch;
    private int _wholeInBatch;
    private ExceptionDispatchInfo? _failure;
    private bool _stopped;

    /// <param name="maxCopiedBytes">A frame whose tree and bytes are larger is read on the run's thread (tests lower it).</param>
    public DetachedAnalysis(AnalysisTap tap, long maxCopiedBytes = MaxCopiedBytes)
    {
        _tap = tap;
        _maxCopiedBytes = maxCopiedBytes;
        for (int i = 0; i < _wholes.Length; i++)
            _wholes[i] = new Slot();
    }

    public TapNeeds Needs => _tap.Needs | TapNeeds.KeepsEndedConnections;

    public IReadOnlyCollection<FieldDef> Fields => _tap.Fields;

    public void OnFrame(PacketContext packet)
    {
        Volatile.Read(ref _failure)?.Throw();
        if (_stopped)
            throw new InvalidOperationException("a frame after the end");
        if (_tap.IsTcpOnly(packet, out long stream, out int flags))
        {
            if (stream < 0)
                return; // no connection of it to count
            ref var entry = ref Take(whole: false);
            entry.Kind = EntryKind.Counted;
            entry.Stream = stream;
            entry.Flags = flags;
            FrameFacts.Read(packet, ref entry.Facts);
        }
        else if (packet.Tree.FootprintBytes + packet.Frame.Data.Length > _maxCopiedBytes)
        {
            // Too big to hold a copy of: the worker finishes what it has, then the tap reads this one here.
            WaitUntilIdle();
            _tap.OnFrame(packet);
            return;
        }
        else
        {
            ref var entry = ref Take(whole: true);
            int slot = _batch * WholePerBatch + _wholeInBatch++;
            entry.Kind = EntryKind.Whole;
            entry.Stream = slot;
            FrameFacts.Read(packet, ref entry.Facts);
            _wholes[slot].Fill(packet);
        }
        Handed();
    }

    public void OnConnectionEnd(TcpConversation conversation)
    {
        Volatile.Read(ref _failure)?.Throw();
        ref var entry = ref Take(whole: false);
        entry.Kind = EntryKind.Ended;
        entry.Conversation = conversation;
        Handed();
    }

    public void OnEnd(CaptureModel model)
    {
        Stop();
        _failure?.Throw();
        _tap.OnEnd(model);
    }

    /// <summary>Returns once the worker has read everything handed over (before what the tap reads changes: new secrets).</summary>
    public void WaitUntilIdle()
    {
        if (_worker is null)
            return;
        Announce();
        for (int i = 0; i < Batches; i++)
            _free.Wait();
        _free.Release(Batches);
        Volatile.Read(ref _failure)?.Throw();
    }

    /// <summary>Lets the worker finish what it was given and ends its thread (after an error too); idempotent.</summary>
    public void Stop()
    {
        if (_stopped)
            return;
        _stopped = true;
        if (_worker is null)
            return;
        Take(whole: false).Kind = EntryKind.Stop;
        Announce();
        _worker.Join();
    }

    public void Dispose() => Stop();

    /// <summary>The next entry of the batch being filled, taking a free batch first when the run holds none.</summary>
    private ref Entry Take(bool whole)
    {
        if (whole && _wholeInBatch == WholePerBatch)
            Announce();
        if (!_holding)
        {
            _free.Wait();
            _holding = true;
            _inBatch = 0;
            _wholeInBatch = 0;
        }
        return ref _entries[_batch * Batch + _inBatch++];
    }

    private void Handed()
    {
        if (_inBatch == Batch)
            Announce();
        if (_worker is null)
        {
            _worker = new Thread(Work) { IsBackground = true, Name = "sniffer analysis" };
            _worker.Start();
        }
    }

    /// <summary>Hands the batch being filled to the worker (an empty one goes back to the free ones).</summary>
    private void Announce()
    {
        if (!_holding)
            return;
        _holding = false;
        if (_inBatch == 0)
        {
            _free.Release();
            return;
        }
        _batchCount[_batch] = _inBatch;
        _batch = (_batch + 1) % Batches;
        _filled.Release();
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
                ref var entry = ref _entries[i];
                if (entry.Kind == EntryKind.Stop)
                    return;
                if (_failure is null)
                {
                    try
                    {
                        Read(ref entry);
                    }
                    catch (Exception e)
                    {
                        // Kept for the run's thread; what still comes is let through unread.
                        Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(e));
                    }
                }
                if (entry.Kind == EntryKind.Ended)
                    entry.Conversation = null;
            }
            _free.Release();
        }
    }

    private void Read(ref Entry entry)
    {
        switch (entry.Kind)
        {
            case EntryKind.Counted:
                _tap.OnTcpOnlyFrame(entry.Facts, entry.Stream, entry.Flags);
                break;
            case EntryKind.Whole:
                _tap.OnFrameWithOther(_wholes[entry.Stream].Tree, entry.Facts);
                break;
            case EntryKind.Ended:
                var conversation = entry.Conversation!;
                _tap.OnConnectionEnd(conversation);
                conversation.State.Release();
                break;
        }
    }

    private enum EntryKind : byte
    {
        Counted,
        Whole,
        Ended,
        Stop,
    }

    /// <summary>One frame or ended connection in flight; for a frame with a tree, <see cref="Stream"/> is its slot.</summary>
    private struct Entry
    {
        public EntryKind Kind;
        public int Flags;
        public long Stream;
        public FrameFacts Facts;
        public TcpConversation? Conversation;
    }

    /// <summary>A frame with more than the stream and flags: its tree and its own copy of the bytes the tree's values point into.</summary>
    private sealed class Slot
    {
        private byte[] _bytes = new byte[2048];

        public FieldTree Tree { get; } = new();

        public void Fill(PacketContext packet)
        {
            var data = packet.Frame.Data.Span;
            if (_bytes.Length < data.Length)
                _bytes = new byte[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)data.Length)];
            data.CopyTo(_bytes);
            Tree.TakeFrom(packet.Tree, _bytes.AsMemory(0, data.Length));
        }
    }
}
