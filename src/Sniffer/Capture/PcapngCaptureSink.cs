using Sniffer.Files;

namespace Sniffer.Capture;

/// <summary>
/// Writes the capture as pcapng through <see cref="PcapngWriter"/>: a Section Header Block, one Interface
/// Description Block per interface (if_name, if_description, if_filter, if_tsresol 9, if_os), an Enhanced
/// Packet Block per packet and, at the end, an Interface Statistics Block per interface.
/// <para>
/// The file is written unbuffered from whole blocks: the header right away, packets at least every tick
/// (100 ms), so a capture killed with SIGKILL still reads to its last complete block. A write error (disk
/// full, standard output closed) stops the capture with one message; the file is cut back to its last whole
/// block. With a ring (-b) each file is complete in itself, with its own header and statistics.
/// </para>
/// </summary>
public sealed class PcapngCaptureSink : ICapturedPacketSink
{
    private const int EnhancedPacketBlockOverhead = 32;   // block header, interface id, time stamp, two lengths, trailer
    private const int BytesPerKilobyte = 1000;
    private const string StatisticsComment = "Counters provided by sniffer";

    private readonly PcapngSinkSettings _settings;
    private readonly Queue<string> _ringFiles = new();
    private readonly List<string> _filesWritten = [];
    private Stream? _stream;
    private CommittedLengthStream? _file;
    private PcapngWriter? _writer;
    private string _currentPath;
    private int _fileNumber;
    private long _fileStartNs;
    private long _fileBytes;
    private bool _pending;
    private CaptureStart? _start;
    private ulong[] _deliveredPerInterface = [];

    private PcapngCaptureSink(PcapngSinkSettings settings, string firstPath)
    {
        _settings = settings;
        _currentPath = firstPath;
    }

    public CaptureError? Failure { get; private set; }

    /// <summary>Every file this sink created (one, or the ring's files — including ones deleted by -b files:N).</summary>
    public IReadOnlyList<string> FilesWritten => _filesWritten;

    /// <summary>The file being written now ("-" for standard output).</summary>
    public string CurrentPath => _currentPath;

    /// <summary>Creates the first file now, so that a path that cannot be written fails before capturing begins.</summary>
    public static bool TryCreate(PcapngSinkSettings settings, out PcapngCaptureSink? sink, out CaptureError error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string first = settings.WritesStandardOutput ? "-" : settings.IsRing ? RingFileNames.For(settings.Path, 1, DateTime.Now) : settings.Path;
        var created = new PcapngCaptureSink(settings, first);
        if (!created.TryOpen(first, 1, out error))
        {
            sink = null;
            return false;
        }
        sink = created;
        return true;
    }

    public void Begin(CaptureStart start)
    {
        _start = start;
        _deliveredPerInterface = new ulong[start.Interfaces.Count];
        _fileStartNs = start.StartTimeNs;
        Guard(WriteHeader);
    }

    public SinkVerdict Accept(in CapturedPacket packet)
    {
        if (Failure is not null || _writer is null)
            return SinkVerdict.Failed;
        try
        {
            _writer.WritePacket(packet.InterfaceId, packet.TimestampNs, packet.Data.Span, packet.OriginalLength);
        }
        catch (IOException e)
        {
            return Fail(e.Message);
        }
        _deliveredPerInterface[packet.InterfaceId]++;
        _pending = true;
        _fileBytes += EnhancedPacketBlockOverhead + ((packet.Data.Length + 3) & ~3);
        if (_settings.StopAfterKilobytes is long stopAt && !_settings.IsRing && _fileBytes >= stopAt * BytesPerKilobyte)
            return Guard(() => _writer.Flush()) ? SinkVerdict.StopCapture : SinkVerdict.Failed;
        if (_settings.RingFileKilobytes is long ringAt && _fileBytes >= ringAt * BytesPerKilobyte)
            return NextRingFile(packet.TimestampNs);
        return SinkVerdict.Continue;
    }

    public SinkVerdict Tick(long nowNs)
    {
        if (Failure is not null || _writer is null)
            return SinkVerdict.Failed;
        if (_settings.RingFileSeconds is long seconds && nowNs - _fileStartNs >= seconds * 1_000_000_000)
            return NextRingFile(nowNs);
        if (_pending)
        {
            if (!Guard(() => _writer.Flush()))
                return SinkVerdict.Failed;
            _pending = false;
        }
        return SinkVerdict.Continue;
    }

    public void End(CaptureSummary summary)
    {
        if (Failure is null && _writer is not null)
        {
            Guard(() =>
            {
                foreach (var s in summary.Interfaces)
                {
                    _writer.WriteInterfaceStatistics(s.InterfaceId, new InterfaceStatistics
                    {
                        Comment = StatisticsComment,
                        StartTimeNs = s.StartTimeNs,
                        EndTimeNs = s.EndTimeNs,
                        Received = s.KernelReceived,
                        DroppedByOs = s.PcapDropped,
                        DroppedByInterface = s.InterfaceDropped,
                        DeliveredToUser = s.Captured,
                    });
                }
                _writer.Flush();
            });
        }
        CloseQuietly();
    }

    private SinkVerdict NextRingFile(long nowNs)
    {
        bool closed = Guard(() =>
        {
            for (int i = 0; i < _deliveredPerInterface.Length; i++)
            {
                _writer!.WriteInterfaceStatistics(i, new InterfaceStatistics
                {
                    Comment = StatisticsComment,
                    StartTimeNs = _start!.StartTimeNs,
                    EndTimeNs = nowNs,
                    DeliveredToUser = _deliveredPerInterface[i],
                });
            }
            _writer!.Flush();
        });
        CloseQuietly();
        if (!closed)
            return SinkVerdict.Failed;
        int number = _fileNumber + 1;
        string path = RingFileNames.For(_settings.Path, number, DateTime.Now);
        if (!TryOpen(path, number, out var error))
        {
            Failure = error;
            return SinkVerdict.Failed;
        }
        _fileStartNs = nowNs;
        return Guard(WriteHeader) ? SinkVerdict.Continue : SinkVerdict.Failed;
    }

    private bool TryOpen(string path, int number, out CaptureError error)
    {
        try
        {
            if (path == "-")
                _stream = Console.OpenStandardOutput();
            else
            {
                _file = new CommittedLengthStream(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0), _settings.Header.BigEndian);
                _stream = _file;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = new CaptureError(CaptureErrorKind.OutputOpenFailed, CaptureMessages.OutputOpenFailed(path, e.Message));
            return false;
        }
        _currentPath = path;
        _fileNumber = number;
        _fileBytes = 0;
        _filesWritten.Add(path);
        if (_settings.IsRing)
        {
            _ringFiles.Enqueue(path);
            while (_settings.RingFileCount is int keep && keep > 0 && _ringFiles.Count > keep)
                TryDelete(_ringFiles.Dequeue());
        }
        error = CaptureError.None;
        return true;
    }

    private void WriteHeader()
    {
        _writer = new PcapngWriter(_stream!, _settings.Header with { LeaveOpen = true });
        string os = _settings.Header.OperatingSystem ?? CaptureHostDescription.OperatingSystem();
        foreach (var i in _start!.Interfaces)
        {
            _writer.AddInterface(new PcapngInterface
            {
                LinkType = i.LinkType,
                SnapLength = i.SnapLength,
                Name = i.Name,
                Description = i.Description,
                Filter = i.Filter,
                OperatingSystem = os,
            });
        }
        _writer.Flush();
        _fileBytes = _file?.CommittedLength ?? 0;
    }

    /// <summary>Runs a write; an I/O error becomes this sink's one failure (and the file is cut back to whole blocks).</summary>
    private bool Guard(Action write)
    {
        if (Failure is not null)
            return false;
        try
        {
            write();
            return true;
        }
        catch (IOException e)
        {
            Fail(e.Message);
            return false;
        }
    }

    private SinkVerdict Fail(string reason)
    {
        string where = _currentPath == "-" ? "standard output" : _currentPath;
        string? rollBackFailure = null;
        _file?.TryRollBack(out rollBackFailure);
        string message = CaptureMessages.WriteFailed(where, reason);
        if (rollBackFailure is not null)
            message += $" (cutting the file back to its last whole block failed too: {rollBackFailure})";
        Failure = new CaptureError(CaptureErrorKind.WriteFailed, message);
        CloseQuietly();
        return SinkVerdict.Failed;
    }

    /// <summary>Closes the current file without writing anything more (the writer's pending blocks were flushed or are abandoned).</summary>
    private void CloseQuietly()
    {
        _writer = null;
        try
        {
            if (_file is not null)
                _file.Dispose();
            else
                _stream?.Flush();
        }
        catch (IOException) { }
        _file = null;
        _stream = null;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
