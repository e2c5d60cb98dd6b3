using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Files;

/// <summary>
/// Streaming pcapng reader. Blocks are read one at a time into one reused buffer; packets are handed out
/// as frames pointing into it. Several sections, both byte orders, every standard block type; unknown
/// and custom blocks are skipped by their length without being buffered. Interface ids restart in each
/// section and are mapped to one global index. Reading stops at the first malformed block with an
/// <see cref="Error"/> naming its offset; it never seeks.
/// </summary>
public sealed class PcapngReader : ICaptureReader
{
    private readonly CaptureInput _input;
    private readonly string _displayName;
    private readonly List<CaptureInterface> _interfaces = [];
    private readonly List<InterfaceClock> _clocks = [];
    private readonly List<InterfaceStatistics?> _statistics = [];
    private readonly List<DecryptionSecret> _secrets = [];
    private readonly List<PcapngSection> _sections = [];
    private readonly List<NameResolutionEntry> _names = [];
    private readonly List<int> _sectionInterfaces = [];   // this section's interface id → global index
    private readonly List<PcapngOption[]> _sectionOptions = [];
    private readonly List<PcapngOption[]> _interfaceOptions = [];
    private int _packetOptionsAt, _packetOptionsLength;
    private EndianReader _order;
    private int _bytesAlreadyRead;
    private long _frameNumber;
    private bool _stopped;

    /// <param name="input">Input whose first <paramref name="bytesAlreadyRead"/> bytes (the magic) already sit at the start of its buffer.</param>
    internal PcapngReader(CaptureInput input, string displayName, int bytesAlreadyRead)
    {
        _input = input;
        _displayName = displayName;
        _bytesAlreadyRead = bytesAlreadyRead;
        // The magic said a Section Header Block starts here: read it now, so the section (or what is
        // wrong with it) is known as soon as the reader exists.
        ReadBlock(out _);
    }

    private enum BlockOutcome { Packet, Other, EndOfInput, Failed }

    public CaptureFormat Format => CaptureFormat.PcapNg;

    public IReadOnlyList<CaptureInterface> Interfaces => _interfaces;

    public IReadOnlyList<DecryptionSecret> DecryptionSecrets => _secrets;

    /// <summary>Sections read so far, one per Section Header Block.</summary>
    public IReadOnlyList<PcapngSection> Sections => _sections;

    /// <summary>Address → names records of the Name Resolution Blocks read so far.</summary>
    public IReadOnlyList<NameResolutionEntry> NameResolutions => _names;

    public CaptureFileError? Error { get; private set; }

    /// <summary>Every option of a section's header block, in file order, numbers little-endian (what a copy writes back).</summary>
    public IReadOnlyList<PcapngOption> SectionOptions(int section) => _sectionOptions[section];

    /// <summary>Every option of an interface's description block (global index), in file order, numbers little-endian.</summary>
    public IReadOnlyList<PcapngOption> InterfaceOptions(int interfaceIndex) => _interfaceOptions[interfaceIndex];

    /// <summary>
    /// The raw option area of the packet block <see cref="TryReadNext"/> returned last, in the byte order of
    /// its section (<see cref="PacketOptionsBigEndian"/>); valid until the next call. Empty for Simple Packet Blocks.
    /// </summary>
    public ReadOnlySpan<byte> PacketOptions => _input.Buffer.AsSpan(_packetOptionsAt, _packetOptionsLength);

    /// <summary>The byte order of <see cref="PacketOptions"/>: that of the current section.</summary>
    public bool PacketOptionsBigEndian => _order.BigEndian;

    /// <summary>The latest Interface Statistics Block read for a (global) interface index, if any.</summary>
    public InterfaceStatistics? StatisticsOf(int interfaceIndex) =>
        interfaceIndex >= 0 && interfaceIndex < _statistics.Count ? _statistics[interfaceIndex] : null;

    public bool TryReadNext(out Frame frame)
    {
        frame = default;
        while (!_stopped)
        {
            switch (ReadBlock(out frame))
            {
                case BlockOutcome.Packet:
                    return true;
                case BlockOutcome.EndOfInput:
                    _stopped = true;
                    return false;
            }
        }
        return false;
    }

    public void Dispose() => _input.Dispose();

    private BlockOutcome ReadBlock(out Frame frame)
    {
        frame = default;
        int have = _bytesAlreadyRead;
        _bytesAlreadyRead = 0;
        long start = _input.Offset - have;
        int got = have + _input.Fill(have, Layout.BlockHeader - have);
        if (got == 0)
            return _input.DecompressionError is null ? BlockOutcome.EndOfInput : Fail(start, "");
        if (got < Layout.BlockHeader)
            return Fail(start, CaptureFileReasons.Truncated("block header", start, Layout.BlockHeader, got));

        EndianReader order = _order;
        bool isSectionHeader = BinaryPrimitives.ReadUInt32LittleEndian(_input.Buffer) == (uint)PcapngBlockType.SectionHeader;
        if (isSectionHeader)
        {
            // The byte-order magic decides how to read the length, so it is needed before the length.
            const int magicEnd = Layout.SectionHeader.ByteOrderMagic + sizeof(uint);
            got += _input.Fill(got, magicEnd - got);
            if (got < magicEnd)
                return Fail(start, CaptureFileReasons.TruncatedAtLeast(Layout.NameOf((uint)PcapngBlockType.SectionHeader), start, Layout.SectionHeader.MinimumLength, got));
            uint magic = BinaryPrimitives.ReadUInt32LittleEndian(_input.Buffer.AsSpan(Layout.SectionHeader.ByteOrderMagic));
            if (magic == Layout.ByteOrderMagic)
                order = new EndianReader(bigEndian: false);
            else if (magic == Layout.ByteOrderMagicSwapped)
                order = new EndianReader(bigEndian: true);
            else
                return Fail(start, CaptureFileReasons.BadByteOrderMagic(BinaryPrimitives.ReadUInt32BigEndian(_input.Buffer.AsSpan(Layout.SectionHeader.ByteOrderMagic)), start));
        }

        uint type = order.UInt32(_input.Buffer, 0);
        uint length = order.UInt32(_input.Buffer, Layout.TotalLengthAt);
        if (CheckLength(type, length, start) is { } badLength)
            return Fail(start, badLength);

        if (!IsUnderstood(type))
            return SkipBlock(type, start, length, got, order);

        got += _input.Fill(got, (int)length - got);
        if (got < length)
            return Fail(start, CaptureFileReasons.Truncated(Layout.NameOf(type), start, length, got));
        ReadOnlySpan<byte> block = _input.Buffer.AsSpan(0, (int)length);
        uint trailing = order.UInt32(block, block.Length - Layout.BlockTrailer);
        if (trailing != length)
            return Fail(start, CaptureFileReasons.TrailerMismatch(Layout.NameOf(type), start, length, trailing));

        return (PcapngBlockType)type switch
        {
            PcapngBlockType.SectionHeader => ReadSectionHeader(block, order, start),
            PcapngBlockType.InterfaceDescription => ReadInterfaceDescription(block, start),
            PcapngBlockType.EnhancedPacket => ReadEnhancedPacket(block, start, out frame),
            PcapngBlockType.ObsoletePacket => ReadObsoletePacket(block, start, out frame),
            PcapngBlockType.SimplePacket => ReadSimplePacket(block, start, out frame),
            PcapngBlockType.NameResolution => ReadNameResolution(block, start),
            PcapngBlockType.InterfaceStatistics => ReadInterfaceStatistics(block, start),
            _ => ReadDecryptionSecrets(block, start),
        };
    }

    private static bool IsUnderstood(uint type) => (PcapngBlockType)type is PcapngBlockType.SectionHeader
        or PcapngBlockType.InterfaceDescription or PcapngBlockType.EnhancedPacket or PcapngBlockType.ObsoletePacket
        or PcapngBlockType.SimplePacket or PcapngBlockType.NameResolution or PcapngBlockType.InterfaceStatistics
        or PcapngBlockType.DecryptionSecrets;

    private static string? CheckLength(uint type, uint length, long start)
    {
        if (length < Layout.MinimumBlock)
            return CaptureFileReasons.BadBlockLength(length, start);
        if (length % 4 != 0)
            return CaptureFileReasons.UnalignedBlockLength(length, start);
        if (length > CaptureInput.MaxBlockLength)
            return CaptureFileReasons.BlockLengthAboveCap(length, start);
        int minimum = Layout.MinimumLengthOf(type);
        return length < minimum ? CaptureFileReasons.BlockLengthBelowMinimum(length, Layout.NameOf(type), minimum, start) : null;
    }

    /// <summary>Passes over a block Sniffer has no use for (custom, local or future types) without buffering it.</summary>
    private BlockOutcome SkipBlock(uint type, long start, uint length, int got, EndianReader order)
    {
        long body = length - Layout.BlockTrailer - got;
        long skipped = _input.Skip(body);
        int trailerGot = skipped == body ? _input.Fill(0, Layout.BlockTrailer) : 0;
        if (trailerGot < Layout.BlockTrailer)
            return Fail(start, CaptureFileReasons.Truncated(Layout.NameOf(type), start, length, got + skipped + trailerGot));
        uint trailing = order.UInt32(_input.Buffer, 0);
        return trailing == length ? BlockOutcome.Other : Fail(start, CaptureFileReasons.TrailerMismatch(Layout.NameOf(type), start, length, trailing));
    }

    private BlockOutcome ReadSectionHeader(ReadOnlySpan<byte> block, EndianReader order, long start)
    {
        ushort major = order.UInt16(block, Layout.SectionHeader.MajorVersion);
        ushort minor = order.UInt16(block, Layout.SectionHeader.MinorVersion);
        if (major != Layout.SectionHeader.SupportedMajorVersion)
            return Fail(start, CaptureFileReasons.UnsupportedPcapngVersion(major, minor, start));
        string? hardware = null, os = null, application = null, comment = null;
        var kept = new List<PcapngOption>();
        var options = new PcapngOptionReader(block[Layout.SectionHeader.Options..^Layout.BlockTrailer], order);
        PcapngOptionStatus status;
        while ((status = options.TryReadNext(out ushort code, out var value)) == PcapngOptionStatus.Option)
        {
            kept.Add(new PcapngOption(code, PcapngOptionByteOrder.ToLittleEndian(PcapngBlockType.SectionHeader, code, value, order.BigEndian)));
            switch (code)
            {
                case Layout.Option.Comment: comment = PcapngText.Append(comment, value); break;
                case Layout.SectionHeader.Hardware: hardware = PcapngText.Decode(value); break;
                case Layout.SectionHeader.OperatingSystem: os = PcapngText.Decode(value); break;
                case Layout.SectionHeader.Application: application = PcapngText.Decode(value); break;
            }
        }
        if (status == PcapngOptionStatus.RunsPastBlock)
            return OptionFailure(PcapngBlockType.SectionHeader, start, options);

        _order = order;
        _sectionInterfaces.Clear();
        _sections.Add(new PcapngSection(_sections.Count, order.BigEndian, major, minor, hardware, os, application, comment));
        _sectionOptions.Add([.. kept]);
        return BlockOutcome.Other;
    }

    private BlockOutcome ReadInterfaceDescription(ReadOnlySpan<byte> block, long start)
    {
        var link = (LinkType)_order.UInt16(block, Layout.InterfaceDescription.LinkType);
        uint snapLength = _order.UInt32(block, Layout.InterfaceDescription.SnapLength);
        string? name = null, description = null, filter = null, os = null, comment = null;
        byte resolution = Layout.InterfaceDescription.DefaultResolution;
        long offsetSeconds = 0;
        var kept = new List<PcapngOption>();
        var options = new PcapngOptionReader(block[Layout.InterfaceDescription.Options..^Layout.BlockTrailer], _order);
        PcapngOptionStatus status;
        while ((status = options.TryReadNext(out ushort code, out var value)) == PcapngOptionStatus.Option)
        {
            kept.Add(new PcapngOption(code, PcapngOptionByteOrder.ToLittleEndian(PcapngBlockType.InterfaceDescription, code, value, _order.BigEndian)));
            switch (code)
            {
                case Layout.Option.Comment: comment = PcapngText.Append(comment, value); break;
                case Layout.InterfaceDescription.Name: name = PcapngText.Decode(value); break;
                case Layout.InterfaceDescription.Description: description = PcapngText.Decode(value); break;
                case Layout.InterfaceDescription.OperatingSystem: os = PcapngText.Decode(value); break;
                case Layout.InterfaceDescription.Filter when value.Length >= 1 && value[0] == Layout.InterfaceDescription.FilterIsLibpcapString:
                    filter = PcapngText.Decode(value[1..]);
                    break;
                case Layout.InterfaceDescription.TimestampResolution when value.Length == sizeof(byte):
                    resolution = value[0];
                    break;
                case Layout.InterfaceDescription.TimestampOffset when value.Length == sizeof(long):
                    offsetSeconds = (long)_order.UInt64(value, 0);
                    break;
            }
        }
        if (status == PcapngOptionStatus.RunsPastBlock)
            return OptionFailure(PcapngBlockType.InterfaceDescription, start, options);
        if (!InterfaceClock.TryCreate(resolution, offsetSeconds, out var clock))
            return Fail(start, CaptureFileReasons.UnsupportedResolution(resolution, start));

        int index = _interfaces.Count;
        _interfaces.Add(new CaptureInterface(index, link, name, description, filter, os,
            (int)Math.Min(snapLength, int.MaxValue), clock.PrecisionDigits)
        {
            Comment = comment,
            TimestampOffsetSeconds = offsetSeconds,
        });
        _clocks.Add(clock);
        _interfaceOptions.Add([.. kept]);
        _statistics.Add(null);
        _sectionInterfaces.Add(index);
        return BlockOutcome.Other;
    }

    private BlockOutcome ReadEnhancedPacket(ReadOnlySpan<byte> block, long start, out Frame frame) =>
        ReadTimestampedPacket(block, start, PcapngBlockType.EnhancedPacket,
            _order.UInt32(block, Layout.EnhancedPacket.InterfaceId), Layout.EnhancedPacket.TimestampHigh,
            Layout.EnhancedPacket.CapturedLength, Layout.EnhancedPacket.OriginalLength, Layout.EnhancedPacket.Data, out frame);

    private BlockOutcome ReadObsoletePacket(ReadOnlySpan<byte> block, long start, out Frame frame) =>
        ReadTimestampedPacket(block, start, PcapngBlockType.ObsoletePacket,
            _order.UInt16(block, Layout.ObsoletePacket.InterfaceId), Layout.ObsoletePacket.TimestampHigh,
            Layout.ObsoletePacket.CapturedLength, Layout.ObsoletePacket.OriginalLength, Layout.ObsoletePacket.Data, out frame);

    /// <summary>Enhanced and obsolete Packet Blocks share a shape: interface, timestamp, two lengths, data, options.</summary>
    private BlockOutcome ReadTimestampedPacket(ReadOnlySpan<byte> block, long start, PcapngBlockType type, uint interfaceId,
        int timestampAt, int capturedAt, int originalAt, int dataAt, out Frame frame)
    {
        frame = default;
        string name = Layout.NameOf((uint)type);
        if (interfaceId >= _sectionInterfaces.Count)
            return Fail(start, CaptureFileReasons.InterfaceNotDescribed(interfaceId, start));
        int index = _sectionInterfaces[(int)interfaceId];
        uint captured = _order.UInt32(block, capturedAt);
        uint original = _order.UInt32(block, originalAt);
        int room = block.Length - dataAt - Layout.BlockTrailer;
        if (captured > room)
            return Fail(start, CaptureFileReasons.CapturedLengthPastBlock(name, start, captured, room));
        if (original > int.MaxValue)
            return Fail(start, CaptureFileReasons.OriginalLengthTooLarge(name, start, original));
        var clock = _clocks[index];
        if (!clock.TryToNanoseconds(_order.SplitTimestamp(block, timestampAt), out long timestamp))
            return Fail(start, CaptureFileReasons.TimestampOutOfRange(name, start));

        string? comment = null;
        _packetOptionsAt = Math.Min(dataAt + Layout.Padded((int)captured), block.Length - Layout.BlockTrailer);
        _packetOptionsLength = block.Length - Layout.BlockTrailer - _packetOptionsAt;
        var options = new PcapngOptionReader(block.Slice(_packetOptionsAt, _packetOptionsLength), _order);
        PcapngOptionStatus status;
        while ((status = options.TryReadNext(out ushort code, out var value)) == PcapngOptionStatus.Option)
        {
            if (code == Layout.Option.Comment)
                comment = PcapngText.Append(comment, value);
        }
        if (status == PcapngOptionStatus.RunsPastBlock)
            return OptionFailure(type, start, options);

        frame = new Frame(++_frameNumber, timestamp, clock.PrecisionDigits, index, _interfaces[index].Link, (int)original,
            new ReadOnlyMemory<byte>(_input.Buffer, dataAt, (int)captured), comment, InterfaceDescribed: true,
            InterfaceName: _interfaces[index].ShownName, InterfaceDescription: _interfaces[index].Description);
        return BlockOutcome.Packet;
    }

    /// <summary>
    /// A Simple Packet Block belongs to the section's interface 0 and has no timestamp (the frame gets 0, as
    /// in Wireshark). Its captured length is the original length cut to that interface's snapshot length.
    /// </summary>
    private BlockOutcome ReadSimplePacket(ReadOnlySpan<byte> block, long start, out Frame frame)
    {
        frame = default;
        if (_sectionInterfaces.Count == 0)
            return Fail(start, CaptureFileReasons.InterfaceNotDescribed(0, start));
        int index = _sectionInterfaces[0];
        var iface = _interfaces[index];
        uint original = _order.UInt32(block, Layout.SimplePacket.OriginalLength);
        string name = Layout.NameOf((uint)PcapngBlockType.SimplePacket);
        if (original > int.MaxValue)
            return Fail(start, CaptureFileReasons.OriginalLengthTooLarge(name, start, original));
        uint captured = iface.SnapLength != 0 ? Math.Min(original, (uint)iface.SnapLength) : original;
        _packetOptionsLength = 0;
        int room = block.Length - Layout.SimplePacket.Data - Layout.BlockTrailer;
        if (captured > room)
            return Fail(start, CaptureFileReasons.CapturedLengthPastBlock(name, start, captured, room));
        frame = new Frame(++_frameNumber, 0, iface.TimePrecisionDigits, index, iface.Link, (int)original,
            new ReadOnlyMemory<byte>(_input.Buffer, Layout.SimplePacket.Data, (int)captured), InterfaceDescribed: true,
            InterfaceName: iface.ShownName, InterfaceDescription: iface.Description);
        return BlockOutcome.Packet;
    }

    private BlockOutcome ReadNameResolution(ReadOnlySpan<byte> block, long start)
    {
        ReadOnlySpan<byte> body = block[Layout.NameResolution.Records..^Layout.BlockTrailer];
        int position = 0;
        while (body.Length - position >= Layout.NameResolution.RecordHeader)
        {
            ushort recordType = _order.UInt16(body, position);
            int recordLength = _order.UInt16(body, position + 2);
            int valueAt = position + Layout.NameResolution.RecordHeader;
            if (recordType == Layout.NameResolution.EndOfRecords)
            {
                position = valueAt;
                break;
            }
            if (recordLength > body.Length - valueAt)
                return Fail(start, CaptureFileReasons.FieldPastEnd(Layout.NameOf((uint)PcapngBlockType.NameResolution), start,
                    $"record of type {recordType}", (uint)recordLength, body.Length - valueAt));
            if (AddressLengthOf(recordType) is int addressLength)
            {
                if (recordLength < addressLength)
                    return Fail(start, CaptureFileReasons.AddressRecordTooShort(start, recordType, recordLength, addressLength));
                ReadOnlySpan<byte> value = body.Slice(valueAt, recordLength);
                _names.Add(new NameResolutionEntry((NameResolutionRecordType)recordType, value[..addressLength].ToArray(), NamesIn(value[addressLength..])));
            }
            position = valueAt + Math.Min(Layout.Padded(recordLength), body.Length - valueAt);
        }

        var options = new PcapngOptionReader(body[position..], _order);
        PcapngOptionStatus status;
        while ((status = options.TryReadNext(out _, out _)) == PcapngOptionStatus.Option)
        {
        }
        return status == PcapngOptionStatus.RunsPastBlock
            ? OptionFailure(PcapngBlockType.NameResolution, start, options)
            : BlockOutcome.Other;
    }

    private static int? AddressLengthOf(ushort recordType) => recordType switch
    {
        Layout.NameResolution.Ipv4 => 4,
        Layout.NameResolution.Ipv6 => 16,
        Layout.NameResolution.Eui48 => 6,
        Layout.NameResolution.Eui64 => 8,
        _ => null,
    };

    /// <summary>The NUL-terminated names after the address; empty strings between NULs are not names.</summary>
    private static List<string> NamesIn(ReadOnlySpan<byte> names)
    {
        var result = new List<string>();
        while (!names.IsEmpty)
        {
            int end = names.IndexOf((byte)0);
            ReadOnlySpan<byte> one = end < 0 ? names : names[..end];
            if (!one.IsEmpty)
                result.Add(PcapngText.Decode(one));
            names = end < 0 ? default : names[(end + 1)..];
        }
        return result;
    }

    private BlockOutcome ReadInterfaceStatistics(ReadOnlySpan<byte> block, long start)
    {
        uint interfaceId = _order.UInt32(block, Layout.InterfaceStatistics.InterfaceId);
        if (interfaceId >= _sectionInterfaces.Count)
            return Fail(start, CaptureFileReasons.InterfaceNotDescribed(interfaceId, start));
        int index = _sectionInterfaces[(int)interfaceId];
        var clock = _clocks[index];
        string name = Layout.NameOf((uint)PcapngBlockType.InterfaceStatistics);
        if (!clock.TryToNanoseconds(_order.SplitTimestamp(block, Layout.InterfaceStatistics.TimestampHigh), out long timestamp))
            return Fail(start, CaptureFileReasons.TimestampOutOfRange(name, start));

        var stats = new InterfaceStatistics { TimestampNs = timestamp };
        var options = new PcapngOptionReader(block[Layout.InterfaceStatistics.Options..^Layout.BlockTrailer], _order);
        PcapngOptionStatus status;
        while ((status = options.TryReadNext(out ushort code, out var value)) == PcapngOptionStatus.Option)
        {
            if (code == Layout.Option.Comment)
            {
                stats = stats with { Comment = PcapngText.Append(stats.Comment, value) };
                continue;
            }
            if (value.Length != sizeof(ulong))
                continue;
            switch (code)
            {
                case Layout.InterfaceStatistics.StartTime or Layout.InterfaceStatistics.EndTime:
                    if (!clock.TryToNanoseconds(_order.SplitTimestamp(value, 0), out long time))
                        return Fail(start, CaptureFileReasons.TimestampOutOfRange(name, start));
                    stats = code == Layout.InterfaceStatistics.StartTime ? stats with { StartTimeNs = time } : stats with { EndTimeNs = time };
                    break;
                case Layout.InterfaceStatistics.Received: stats = stats with { Received = _order.UInt64(value, 0) }; break;
                case Layout.InterfaceStatistics.DroppedByInterface: stats = stats with { DroppedByInterface = _order.UInt64(value, 0) }; break;
                case Layout.InterfaceStatistics.AcceptedByFilter: stats = stats with { AcceptedByFilter = _order.UInt64(value, 0) }; break;
                case Layout.InterfaceStatistics.DroppedByOs: stats = stats with { DroppedByOs = _order.UInt64(value, 0) }; break;
                case Layout.InterfaceStatistics.DeliveredToUser: stats = stats with { DeliveredToUser = _order.UInt64(value, 0) }; break;
            }
        }
        if (status == PcapngOptionStatus.RunsPastBlock)
            return OptionFailure(PcapngBlockType.InterfaceStatistics, start, options);
        _statistics[index] = stats;
        return BlockOutcome.Other;
    }

    private BlockOutcome ReadDecryptionSecrets(ReadOnlySpan<byte> block, long start)
    {
        uint secretsType = _order.UInt32(block, Layout.DecryptionSecrets.SecretsType);
        uint secretsLength = _order.UInt32(block, Layout.DecryptionSecrets.SecretsLength);
        int room = block.Length - Layout.DecryptionSecrets.Data - Layout.BlockTrailer;
        if (secretsLength > room)
            return Fail(start, CaptureFileReasons.FieldPastEnd(Layout.NameOf((uint)PcapngBlockType.DecryptionSecrets), start,
                "secrets data", secretsLength, room));
        var options = new PcapngOptionReader(block[(Layout.DecryptionSecrets.Data + Layout.Padded((int)secretsLength))..^Layout.BlockTrailer], _order);
        PcapngOptionStatus status;
        while ((status = options.TryReadNext(out _, out _)) == PcapngOptionStatus.Option)
        {
        }
        if (status == PcapngOptionStatus.RunsPastBlock)
            return OptionFailure(PcapngBlockType.DecryptionSecrets, start, options);
        _secrets.Add(new DecryptionSecret(secretsType, block.Slice(Layout.DecryptionSecrets.Data, (int)secretsLength).ToArray()));
        return BlockOutcome.Other;
    }

    private BlockOutcome OptionFailure(PcapngBlockType type, long start, in PcapngOptionReader options) =>
        Fail(start, CaptureFileReasons.OptionPastEnd(Layout.NameOf((uint)type), start, options.Code, options.DeclaredLength));

    private BlockOutcome Fail(long offset, string reason)
    {
        Stop(offset, reason);
        return BlockOutcome.Failed;
    }

    private void Stop(long offset, string reason)
    {
        Error = new CaptureFileError(_displayName, offset, _input.Explain(reason));
        _stopped = true;
    }
}
