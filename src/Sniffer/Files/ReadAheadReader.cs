using System.Runtime.ExceptionServices;
using Sniffer.Dissectors.Model;
using Sniffer.Pipeline;

namespace Sniffer.Files;

/// <summary>
/// Reads a capture on a second thread, ahead of the one that dissects it: the inner reader's frames (file reads,
/// decompression, block parsing) are copied into a small ring of batches — <see cref="Batches"/> of up to
/// <see cref="FramesPerBatch"/> frames and <see cref="BatchBytes"/> bytes each — and handed over a batch at a time.
/// To its caller it is the inner reader, frame for frame: the same frames in the same order, the interfaces and
/// decryption secrets as they were when each frame was read (so secrets take effect on the same frame as before), the
/// error only once every frame before it has been taken, and an exception the inner reader threw (an I/O error)
/// thrown again where that frame would have come.
/// </summary>
public sealed class ReadAheadReader : ICaptureReader
{
    public const int Batches = 4;
    public const int FramesPerBatch = 256;
    public const int BatchBytes = 256 * 1024;

    private readonly ICaptureReader _inner;
    private readonly Batch[] _batches = new Batch[Batches];
    // Filled batches wake the dissecting thread at once (it is the one the run waits for); freed batches wake a waiting
    // reader only once two are free (not urgent), so it reads two batches per wake-up instead of one.
    private readonly BatchSignal _filled = new(0);
    private readonly BatchSignal _free = new(Batches);
    private readonly List<CaptureInterface> _interfaces = [];
    private readonly List<DecryptionSecret> _secrets = [];
    private readonly Thread _thread;
    private volatile bool _stopping;
    private Batch? _current;
    private int _currentIndex;
    private int _readIndex;
    private bool _ended;
    private CaptureFileError? _error;

    public ReadAheadReader(ICaptureReader inner)
    {
        _inner = inner;
        Format = inner.Format;
        for (int i = 0; i < Batches; i++)
            _batches[i] = new Batch();
        _thread = new Thread(Work) { IsBackground = true, Name = "sniffer reader" };
        _thread.Start();
    }

    /// <summary>
    /// <paramref name="reader"/> read ahead on a second thread when that is safe and useful: a regular file (a pipe or
    /// standard input could block the reading thread forever after -c has what it wanted), opened without error, on a
    /// machine with more than one core; otherwise <paramref name="reader"/> itself.
    /// </summary>
    public static ICaptureReader Over(ICaptureReader reader, FileStream? file)
    {
        if (file is null || !file.CanSeek || reader.Error is not null || reader.Format == CaptureFormat.Unknown
            || Environment.ProcessorCount < 2)
            return reader;
        return new ReadAheadReader(reader);
    }

    public CaptureFormat Format { get; }

    public IReadOnlyList<CaptureInterface> Interfaces => _interfaces;

    public IReadOnlyList<DecryptionSecret> DecryptionSecrets => _secrets;

    public CaptureFileError? Error => _error;

    public bool TryReadNext(out Frame frame)
    {
        while (true)
        {
            if (_ended)
            {
                frame = default;
                return false;
            }
            if (_current is { } batch)
            {
                if (_currentIndex < batch.Count)
                {
                    int i = _currentIndex++;
                    frame = batch.Frames[i];
                    batch.Catch(i, _interfaces, _secrets);
                    return true;
                }
                // The batch is used up: its last state (the end, an error, an exception) counts now.
                batch.Catch(batch.Count, _interfaces, _secrets);
                _current = null;
                if (batch.Last)
                {
                    _ended = true;
                    _error = batch.Error;
                    batch.Failure?.Throw();
                    continue;
                }
                _free.Release(urgent: false);
            }
            _filled.Wait();
            _current = _batches[_readIndex];
            _readIndex = (_readIndex + 1) % Batches;
            _currentIndex = 0;
        }
    }

    public void Dispose()
    {
        _stopping = true;
        // Unblock the reader if it waits for a free batch, then wait for it to stop before its reader goes.
        if (!_ended)
            _free.Release();
        _thread.Join();
        _inner.Dispose();
    }

    private void Work()
    {
        int write = 0;
        int interfaces = 0, secrets = 0;
        Frame? carried = null;
        while (true)
        {
            _free.Wait();
            if (_stopping)
                return;
            var batch = _batches[write];
            write = (write + 1) % Batches;
            batch.Begin();
            try
            {
                if (carried is { } first)
                {
                    // The frame that did not fit the last batch: its bytes stay in the inner reader's buffer until
                    // its next read, and the reader's lists are still as they were just after it.
                    batch.TryAdd(first);
                    batch.Note(0, _inner, ref interfaces, ref secrets);
                    carried = null;
                }
                while (batch.Count < FramesPerBatch)
                {
                    if (!_inner.TryReadNext(out var frame))
                    {
                        batch.Last = true;
                        batch.Error = _inner.Error;
                        break;
                    }
                    if (!batch.TryAdd(frame))
                    {
                        carried = frame;
                        break;
                    }
                    batch.Note(batch.Count - 1, _inner, ref interfaces, ref secrets);
                }
            }
            catch (Exception e)
            {
                batch.Last = true;
                batch.Failure = ExceptionDispatchInfo.Capture(e);
            }
            batch.Note(batch.Count, _inner, ref interfaces, ref secrets);
            _filled.Release();
            if (batch.Last)
                return;
        }
    }

    /// <summary>Up to <see cref="FramesPerBatch"/> frames whose bytes share one buffer, with what the reader knew after each.</summary>
    private sealed class Batch
    {
        private byte[] _bytes = GC.AllocateUninitializedArray<byte>(BatchBytes);
        private int _used;
        public readonly Frame[] Frames = new Frame[FramesPerBatch];
        /// <summary>Per frame (and one more for the batch's end): how many interfaces and secrets the reader had then.</summary>
        private readonly int[] _interfaceCounts = new int[FramesPerBatch + 1];
        private readonly int[] _secretCounts = new int[FramesPerBatch + 1];
        /// <summary>Interfaces and secrets that appeared while this batch was read, and the counts before them.</summary>
        private readonly List<CaptureInterface> _newInterfaces = [];
        private readonly List<DecryptionSecret> _newSecrets = [];
        private int _interfaceBase, _secretBase;
        private bool _based;

        public int Count;
        public bool Last;
        public CaptureFileError? Error;
        public ExceptionDispatchInfo? Failure;

        public void Begin()
        {
            if (_bytes.Length > BatchBytes)
                _bytes = GC.AllocateUninitializedArray<byte>(BatchBytes); // after a frame larger than a batch: back to the usual size
            _used = 0;
            Count = 0;
            Last = false;
            Error = null;
            Failure = null;
            _newInterfaces.Clear();
            _newSecrets.Clear();
            _based = false;
        }

        /// <summary>Copies the frame in; false when its bytes do not fit (an empty batch grows to fit any frame).</summary>
        public bool TryAdd(in Frame frame)
        {
            var data = frame.Data.Span;
            if (_bytes.Length - _used < data.Length)
            {
                if (Count > 0)
                    return false;
                _bytes = GC.AllocateUninitializedArray<byte>(data.Length);
            }
            data.CopyTo(_bytes.AsSpan(_used));
            Frames[Count++] = frame with { Data = _bytes.AsMemory(_used, data.Length) };
            _used += data.Length;
            return true;
        }

        /// <summary>On the reading thread: records the reader's interfaces and secrets as they are after frame <paramref name="index"/>.</summary>
        public void Note(int index, ICaptureReader reader, ref int interfaces, ref int secrets)
        {
            if (!_based)
            {
                _interfaceBase = interfaces;
                _secretBase = secrets;
                _based = true;
            }
            for (; interfaces < reader.Interfaces.Count; interfaces++)
                _newInterfaces.Add(reader.Interfaces[interfaces]);
            for (; secrets < reader.DecryptionSecrets.Count; secrets++)
                _newSecrets.Add(reader.DecryptionSecrets[secrets]);
            _interfaceCounts[index] = interfaces;
            _secretCounts[index] = secrets;
        }

        /// <summary>On the caller's thread: brings its lists up to what the reader had after frame <paramref name="index"/>.</summary>
        public void Catch(int index, List<CaptureInterface> interfaces, List<DecryptionSecret> secrets)
        {
            // Almost every batch brings no interface and no secret: then no frame's counts need reading.
            if (_newInterfaces.Count == 0 && _newSecrets.Count == 0)
                return;
            while (interfaces.Count < _interfaceCounts[index])
                interfaces.Add(_newInterfaces[interfaces.Count - _interfaceBase]);
            while (secrets.Count < _secretCounts[index])
                secrets.Add(_newSecrets[secrets.Count - _secretBase]);
        }
    }
}
