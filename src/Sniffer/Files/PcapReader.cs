using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Header = Sniffer.Files.PcapLayout.FileHeader;
using Record = Sniffer.Files.PcapLayout.RecordHeader;

namespace Sniffer.Files;

/// <summary>
/// Streaming reader for classic libpcap files: microsecond (0xa1b2c3d4) and nanosecond (0xa1b23c4d)
/// magic, either byte order. One interface (index 0) described by the file header; the link type is the
/// header's low 16 bits (the FCS bits above are masked off). Records are read into one reused buffer.
/// </summary>
public sealed class PcapReader : ICaptureReader
{
    private const long NanosecondsPerSecond = 1_000_000_000;
    private const long NanosecondsPerMicrosecond = 1_000;
    private const int MicrosecondDigits = 6, NanosecondDigits = 9;
    private static readonly DecryptionSecret[] NoSecrets = [];

    private readonly CaptureInput _input;
    private readonly string _displayName;
    private readonly List<CaptureInterface> _interfaces = [];
    private EndianReader _order;
    private long _nanosecondsPerFractionUnit;
    private int _precisionDigits;
    private long _frameNumber;
    private bool _stopped;

    /// <param name="input">Input whose first <paramref name="bytesAlreadyRead"/> bytes (the magic) already sit at the start of its buffer.</param>
    internal PcapReader(CaptureInput input, string displayName, int bytesAlreadyRead)
    {
        _input = input;
        _displayName = displayName;
        ReadFileHeader(bytesAlreadyRead);
    }

    public CaptureFormat Format => CaptureFormat.Pcap;

    public IReadOnlyList<CaptureInterface> Interfaces => _interfaces;

    /// <summary>Always empty: classic pcap has nowhere to carry secrets.</summary>
    public IReadOnlyList<DecryptionSecret> DecryptionSecrets => NoSecrets;

    public CaptureFileError? Error { get; private set; }

    /// <summary>The file header's version, major then minor (2.4 in every file libpcap writes).</summary>
    public (ushort Major, ushort Minor) Version { get; private set; }

    /// <summary>True when the file's byte order is big-endian.</summary>
    public bool BigEndian => _order.BigEndian;

    public bool TryReadNext(out Frame frame)
    {
        frame = default;
        if (_stopped)
            return false;
        long start = _input.Offset;
        int got = _input.Fill(0, Record.Length);
        if (got == 0)
        {
            _stopped = true;
            return _input.DecompressionError is not null && Fail(start, "");
        }
        if (got < Record.Length)
            return Fail(start, CaptureFileReasons.Truncated("pcap record header", start, Record.Length, got));

        ReadOnlySpan<byte> header = _input.Buffer.AsSpan(0, Record.Length);
        uint seconds = _order.UInt32(header, Record.Seconds);
        uint fraction = _order.UInt32(header, Record.Fraction);
        uint captured = _order.UInt32(header, Record.CapturedLength);
        uint original = _order.UInt32(header, Record.OriginalLength);
        if (captured > CaptureInput.MaxBlockLength)
            return Fail(start, CaptureFileReasons.RecordLengthAboveCap(captured, start));
        if (original > int.MaxValue)
            return Fail(start, CaptureFileReasons.OriginalLengthTooLarge("pcap record", start, original));

        got += _input.Fill(Record.Length, (int)captured);
        if (got < Record.Length + captured)
            return Fail(start, CaptureFileReasons.Truncated("pcap record", start, Record.Length + captured, got));

        // Both fields are unsigned 32-bit, so the sum always fits a long (no overflow check needed).
        long timestamp = seconds * NanosecondsPerSecond + fraction * _nanosecondsPerFractionUnit;
        frame = new Frame(++_frameNumber, timestamp, _precisionDigits, 0, _interfaces[0].Link, (int)original,
            new ReadOnlyMemory<byte>(_input.Buffer, Record.Length, (int)captured));
        return true;
    }

    public void Dispose() => _input.Dispose();

    private void ReadFileHeader(int bytesAlreadyRead)
    {
        int got = bytesAlreadyRead + _input.Fill(bytesAlreadyRead, Header.Length - bytesAlreadyRead);
        if (got < Header.Length)
        {
            Fail(0, CaptureFileReasons.Truncated("pcap file header", 0, Header.Length, got));
            return;
        }
        ReadOnlySpan<byte> header = _input.Buffer.AsSpan(0, Header.Length);
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(header);
        bool swapped = magic != PcapLayout.MicrosecondMagic && magic != PcapLayout.NanosecondMagic;
        _order = new EndianReader(bigEndian: swapped);
        bool nanoseconds = _order.UInt32(header, Header.Magic) == PcapLayout.NanosecondMagic;
        _nanosecondsPerFractionUnit = nanoseconds ? 1 : NanosecondsPerMicrosecond;
        _precisionDigits = nanoseconds ? NanosecondDigits : MicrosecondDigits;
        ushort major = _order.UInt16(header, Header.MajorVersion);
        ushort minor = _order.UInt16(header, Header.MinorVersion);
        Version = (major, minor);
        if (major != Header.SupportedMajorVersion)
        {
            Fail(0, CaptureFileReasons.UnsupportedPcapVersion(major, minor));
            return;
        }
        uint snapLength = _order.UInt32(header, Header.SnapLength);
        var link = (LinkType)(_order.UInt32(header, Header.LinkType) & Header.LinkTypeMask);
        _interfaces.Add(new CaptureInterface(0, link, null, null, null, null, (int)Math.Min(snapLength, int.MaxValue), _precisionDigits));
    }

    private bool Fail(long offset, string reason)
    {
        Error = new CaptureFileError(_displayName, offset, _input.Explain(reason));
        _stopped = true;
        return false;
    }
}
