using Sniffer.Files;
using Sniffer.Pipeline;

namespace Sniffer.Capture;

/// <summary>
/// Writes the capture as pcapng through <see cref="PcapngWriter"/>: a Section Header Block, one Interface
/// Description Block per interface (if_name, if_description, if_filter, if_tsresol 9, if_os), an Enhanced
/// Packet Block per packet and, at the end, an Interface Statistics Block per interface. With -P (and one
/// interface) it writes pcap instead, through <see cref="PcapRecordWriter"/>.
/// <para>
/// The file is written unbuffered from whole blocks: the header right away, packets at least every tick
/// (100 ms), so a capture killed with SIGKILL still reads to its last complete block. A write error (disk
/// full, standard output closed) stops the capture with one message; the file is cut back to its last whole
/// block, the packets that did not fit are counted as lost (<see cref="IPacketLossReporter"/>) and, when there is
/// room, a last statistics block says so. With a ring (-b) each file is complete in itself, with its own header
/// and statistics.
/// </para>
/// </summary>
public sealed class PcapngCaptureSink : ICapturedPacketSink, IPacketLossReporter
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
    private PcapRecordWriter? _pcapWriter;
    private ulong[] _acceptedPerInterface = [];
    private ulong[] _committedInEarlierFiles = [];
    private string? _failureReason;
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
        _acceptedPerInterface = new ulong[start.Interfaces.Count];
        _committedInEarlierFiles = new ulong[start.Interfaces.Count];
        _fileStartNs = start.StartTimeNs;
        Guard(WriteHeader);
    }

    /// <summary>Packets of the interface this sink accepted that no file holds (a write failed, the ring's directory went away).</summary>
    public ulong LostPackets(int interfaceId)
    {
        if ((uint)interfaceId >= (uint)_acceptedPerInterface.Length)
            return 0;
        ulong held = _committedInEarlierFiles[interfaceId] + (_file?.CommittedPackets(interfaceId) ?? 0);
        return _acceptedPerInterface[interfaceId] > held ? _acceptedPerInterface[interfaceId] - held : 0;
    }

    public void Settle()
    {
        if (Failure is null && (_writer is not null || _pcapWriter is not null))
            Guard(FlushWriter);
    }

    public SinkVerdict Accept(in CapturedPacket packet)
    {
        _acceptedPerInterface[packet.InterfaceId]++;
        if (Failure is not null || (_writer is null && _pcapWriter is null))
            return SinkVerdict.Failed;
        try
        {
            if (_pcapWriter is not null)
                _pcapWriter.WritePacket(packet.TimestampNs, packet.Data.Span, packet.OriginalLength);
            else
                _writer!.WritePacket(packet.InterfaceId, packet.TimestampNs, packet.Data.Span, packet.OriginalLength);
        }
        catch (IOException e)
        {
            return Fail(e.Message);
        }
        _deliveredPerInterface[packet.InterfaceId]++;
        _pending = true;
        _fileBytes += EnhancedPacketBlockOverhead + ((packet.Data.Length + 3) & ~3);
        if (_settings.StopAfterKilobytes is long stopAt && !_settings.IsRing && _fileBytes >= stopAt * BytesPerKilobyte)
            return Guard(FlushWriter) ? SinkVerdict.StopCapture : SinkVerdict.Failed;
        if (_settings.RingFileKilobytes is long ringAt && _fileBytes >= ringAt * BytesPerKilobyte)
            return NextRingFile(packet.TimestampNs);
        return SinkVerdict.Continue;
    }

    public SinkVerdict Tick(long nowNs)
    {
        if (Failure is not null || (_writer is null && _pcapWriter is null))
            return SinkVerdict.Failed;
        if (_settings.RingFileSeconds is long seconds && nowNs - _fileStartNs >= seconds * 1_000_000_000)
            return NextRingFile(nowNs);
        if (_pending)
        {
            if (!Guard(FlushWriter))
                return SinkVerdict.Failed;
            _pending = false;
        }
        return SinkVerdict.Continue;
    }

    public void End(CaptureSummary summary)
    {
        if (Failure is not null)
        {
            WriteFaultStatistics(summary);
            CloseQuietly();
            return;
        }
        if (_pcapWriter is not null)
            Guard(FlushWriter);
        else if (_writer is not null)
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

    /// <summary>
    /// After a write failure: one last Interface Statistics Block per interface, when the file is still there and has
    /// room, counting only the packets it holds and saying in its comment how many the fault lost. A failed attempt is
    /// cut back like any other.
    /// </summary>
    private void WriteFaultStatistics(CaptureSummary summary)
    {
        if (_file is null || _writer is null || _settings.WritesStandardOutput)
            return;
        try
        {
            foreach (var s in summary.Interfaces)
            {
                ulong lost = LostPackets(s.InterfaceId);
                _writer.WriteInterfaceStatistics(s.InterfaceId, new InterfaceStatistics
                {
                    Comment = $"{StatisticsComment}; {lost} packets lost when writing failed: {_failureReason}",
                    StartTimeNs = s.StartTimeNs,
                    EndTimeNs = s.EndTimeNs,
                    Received = s.KernelReceived,
                    DroppedByOs = s.PcapDropped,
                    DroppedByInterface = s.InterfaceDropped,
                    DeliveredToUser = _file.CommittedPackets(s.InterfaceId),
                });
            }
            _writer.Flush();
        }
        catch (IOException)
        {
            _file.TryRollBack(out _);
        }
    }

    private void FlushWriter()
    {
        if (_pcapWriter is not null)
            _pcapWriter.Flush();
        else
            _writer!.Flush();
    }

    private SinkVerdict NextRingFile(long nowNs)
    {
        if (_pcapWriter is not null)
        {
            bool flushed = Guard(FlushWriter);
            CloseQuietly();
            if (!flushed)
                return SinkVerdict.Failed;
            return OpenNextRingFile(nowNs);
        }
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
        return OpenNextRingFile(nowNs);
    }

    private SinkVerdict OpenNextRingFile(long nowNs)
    {
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
            // Standard output as a plain file descriptor: Console's stream ignores EPIPE, which would let a capture
            // whose reader has gone run on, writing nowhere.
            Stream target = path == "-" ? OpenStandardOutput() : CreateCaptureFile(path);
            _file = new CommittedLengthStream(target, _settings.Header.BigEndian, _settings.Format);
            _stream = _file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = new CaptureError(CaptureErrorKind.OutputOpenFailed, CaptureMessages.OutputOpenFailed(path, e.Message));
            return false;
        }
        for (int i = 0; i < _committedInEarlierFiles.Length; i++)
            _committedInEarlierFiles[i] += _previousFileCommitted is null ? 0 : _previousFileCommitted[i];
        _previousFileCommitted = null;
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
        if (_settings.Format == CaptureFileFormat.Pcap)
        {
            var only = _start!.Interfaces[0];
            _pcapWriter = new PcapRecordWriter(_stream!, only.LinkType, only.SnapLength);
            _pcapWriter.Flush();
            _fileBytes = _file?.CommittedLength ?? 0;
            return;
        }
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
        string? rollBackFailure = null;
        _file?.TryRollBack(out rollBackFailure);
        string message = _settings.WritesStandardOutput ? CaptureMessages.StandardOutputFailed(reason) : CaptureMessages.WriteFailed(_currentPath, reason);
        if (rollBackFailure is not null)
            message += $" (cutting the file back to its last whole block failed too: {rollBackFailure})";
        Failure = new CaptureError(CaptureErrorKind.WriteFailed, message);
        _failureReason = reason;
        if (rollBackFailure is not null || _settings.WritesStandardOutput)
            CloseQuietly();
        return SinkVerdict.Failed;
    }

    /// <summary>Closes the current file without writing anything more (the writer's pending blocks were flushed or are abandoned).</summary>
    private void CloseQuietly()
    {
        _writer = null;
        _pcapWriter = null;
        if (_file is not null)
        {
            _previousFileCommitted = new ulong[_committedInEarlierFiles.Length];
            for (int i = 0; i < _previousFileCommitted.Length; i++)
                _previousFileCommitted[i] = _file.CommittedPackets(i);
        }
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

    private ulong[]? _previousFileCommitted;

    /// <summary>Capture files are created 0600, as dumpcap creates them: a capture may hold passwords and cookies.</summary>
    public const UnixFileMode CaptureFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates (or empties) a capture file, 0600 where the OS has modes.</summary>
    public static FileStream CreateCaptureFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.Read, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = CaptureFileMode;
        return new FileStream(path, options);
    }

    private static Stream OpenStandardOutput() => ConsoleOutput.StandardOutputStream();

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
