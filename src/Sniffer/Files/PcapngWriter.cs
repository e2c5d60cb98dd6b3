using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Files;

/// <summary>
/// Writes one pcapng section: a Section Header Block (shb_hardware, shb_os, shb_userappl, or the options
/// a copied file's section carried), then Interface Description Blocks (if_tsresol = 9 for a new
/// interface; a copied interface keeps its own options and resolution, and its packets' timestamps are
/// written in its units), Enhanced Packet Blocks, Decryption Secrets Blocks and Interface Statistics
/// Blocks in the order they are asked for.
/// <para>
/// Blocks are built whole in the writer's own buffer and handed to the stream only as complete blocks,
/// once enough have gathered or on <see cref="Flush"/>. Give it an unbuffered stream (a FileStream with
/// bufferSize 0 or 1) and a process killed between two writes leaves a file that reads cleanly up to the last
/// complete block. A kill that lands inside a write of several pages can still cut that write short (Linux checks
/// for a fatal signal between pages): the file then ends with the head of one block, which readers report as cut
/// short after reading every whole block. The writer is meant for one thread (the capture writer thread); it is not thread-safe.
/// </para>
/// <para>
/// <see cref="Dispose"/> flushes and (unless <see cref="PcapngWriterOptions.LeaveOpen"/>) disposes the
/// stream; it does not write Interface Statistics Blocks by itself. Call
/// <see cref="WriteInterfaceStatistics"/> for each interface before disposing when the counters are known.
/// </para>
/// Arguments a caller controls (an unknown interface id, a timestamp the interface cannot express, an
/// oversized block or option) throw <see cref="ArgumentException"/>s and leave nothing of the refused
/// block behind. An original length below the captured length is written as given, as editcap writes
/// what it read.
/// </summary>
public sealed class PcapngWriter : IDisposable
{
    private const int WriteThreshold = 256 * 1024;
    private const byte NanosecondResolution = 9;
    private const long SectionLengthUnknown = -1;

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly PcapngBlockEncoder _encoder;
    private readonly bool _bigEndian;
    private readonly List<InterfaceClock> _clocks = [];
    private int _interfaceCount;
    private bool _disposed;

    public PcapngWriter(Stream output, PcapngWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        _leaveOpen = options.LeaveOpen;
        _bigEndian = options.BigEndian;
        _encoder = new PcapngBlockEncoder(options.BigEndian);
        _encoder.BeginBlock(PcapngBlockType.SectionHeader);
        _encoder.UInt32(Layout.ByteOrderMagic);
        _encoder.UInt16(Layout.SectionHeader.SupportedMajorVersion);
        _encoder.UInt16(Layout.SectionHeader.WrittenMinorVersion);
        _encoder.UInt64(unchecked((ulong)SectionLengthUnknown));
        if (options.SectionOptions is { } copied)
            WriteOptions(PcapngBlockType.SectionHeader, copied);
        else
        {
            _encoder.StringOption(Layout.Option.Comment, options.Comment);
            _encoder.StringOption(Layout.SectionHeader.Hardware, options.Hardware);
            _encoder.StringOption(Layout.SectionHeader.OperatingSystem, options.OperatingSystem);
            _encoder.StringOption(Layout.SectionHeader.Application, options.Application);
        }
        _encoder.EndBlock();
    }

    /// <summary>Whether any Decryption Secrets Block was written (a file that holds secrets).</summary>
    public bool WroteSecrets { get; private set; }

    /// <summary>Writes an Interface Description Block and returns the interface id packets refer to (0, 1, …).</summary>
    public int AddInterface(PcapngInterface iface)
    {
        ArgumentNullException.ThrowIfNull(iface);
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(iface.SnapLength);
        _encoder.BeginBlock(PcapngBlockType.InterfaceDescription);
        _encoder.UInt16((ushort)iface.LinkType);
        _encoder.UInt16(0);                                           // reserved
        _encoder.UInt32((uint)iface.SnapLength);
        InterfaceClock clock;
        if (iface.Options is { } copied)
        {
            byte resolution = Layout.InterfaceDescription.DefaultResolution;
            long offsetSeconds = 0;
            foreach (var option in copied)
            {
                if (option.Code == Layout.InterfaceDescription.TimestampResolution && option.Value.Length == 1)
                    resolution = option.Value.Span[0];
                else if (option.Code == Layout.InterfaceDescription.TimestampOffset && option.Value.Length == 8)
                    offsetSeconds = PcapngOptionByteOrder.Int64(option.Value.Span);
            }
            if (!InterfaceClock.TryCreate(resolution, offsetSeconds, out clock))
            {
                _encoder.AbandonBlock();
                throw new ArgumentException($"if_tsresol 0x{resolution:X2} is finer than 64-bit timestamps can count", nameof(iface));
            }
            WriteOptions(PcapngBlockType.InterfaceDescription, copied);
        }
        else
        {
            InterfaceClock.TryCreate(NanosecondResolution, 0, out clock);
            _encoder.StringOption(Layout.InterfaceDescription.Name, iface.Name);
            _encoder.StringOption(Layout.InterfaceDescription.Description, iface.Description);
            _encoder.Option(Layout.InterfaceDescription.TimestampResolution, [NanosecondResolution]);
            _encoder.StringOption(Layout.InterfaceDescription.Filter, iface.Filter, Layout.InterfaceDescription.FilterIsLibpcapString);
            _encoder.StringOption(Layout.InterfaceDescription.OperatingSystem, iface.OperatingSystem);
        }
        _encoder.EndBlock();
        _clocks.Add(clock);
        WriteOutIfLarge();
        return _interfaceCount++;
    }

    /// <summary>
    /// Writes an Enhanced Packet Block. <paramref name="timestampNs"/> is nanoseconds since the epoch, written
    /// in the interface's units (it must not fall before the interface's if_tsoffset).
    /// </summary>
    public void WritePacket(int interfaceId, long timestampNs, ReadOnlySpan<byte> data, int originalLength, string? comment = null) =>
        WritePacket(interfaceId, timestampNs, data, originalLength, default, false, comment);

    /// <summary>
    /// Writes an Enhanced Packet Block carrying the options of a packet block read from a file
    /// (<paramref name="copiedOptions"/>, raw, in the byte order <paramref name="copiedBigEndian"/> says; numbers
    /// are turned to this file's order), then <paramref name="comment"/> and <paramref name="addedComment"/>
    /// when given (editcap -a adds a comment after those the packet had).
    /// </summary>
    public void WritePacket(int interfaceId, long timestampNs, ReadOnlySpan<byte> data, int originalLength,
        ReadOnlySpan<byte> copiedOptions, bool copiedBigEndian, string? comment, string? addedComment = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckInterface(interfaceId);
        ArgumentOutOfRangeException.ThrowIfNegative(originalLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, CaptureInput.MaxBlockLength);
        if (!_clocks[interfaceId].TryToUnits(timestampNs, out ulong units))
            throw new ArgumentOutOfRangeException(nameof(timestampNs), timestampNs, $"interface {interfaceId} cannot express this time");
        _encoder.BeginBlock(PcapngBlockType.EnhancedPacket);
        _encoder.UInt32((uint)interfaceId);
        _encoder.Timestamp(units);
        _encoder.UInt32((uint)data.Length);
        _encoder.UInt32((uint)originalLength);
        _encoder.PaddedBytes(data);
        if (!copiedOptions.IsEmpty)
            CopyPacketOptions(copiedOptions, copiedBigEndian);
        _encoder.StringOption(Layout.Option.Comment, comment);
        _encoder.StringOption(Layout.Option.Comment, addedComment);
        _encoder.EndBlock();
        WriteOutIfLarge();
    }

    /// <summary>
    /// Writes a Decryption Secrets Block (e.g. <see cref="Dissectors.Model.DecryptionSecret.TlsKeyLog"/> with
    /// a key log). Readers apply it to the packets after it, so write it before the first packet that needs it.
    /// </summary>
    public void WriteDecryptionSecrets(uint secretsType, ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, CaptureInput.MaxBlockLength);
        _encoder.BeginBlock(PcapngBlockType.DecryptionSecrets);
        _encoder.UInt32(secretsType);
        _encoder.UInt32((uint)data.Length);
        _encoder.PaddedBytes(data);
        _encoder.EndBlock();
        WroteSecrets = true;
        WriteOutIfLarge();
    }

    /// <summary>Writes an Interface Statistics Block with the counters that are known (null ones are left out).</summary>
    public void WriteInterfaceStatistics(int interfaceId, InterfaceStatistics stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckInterface(interfaceId);
        long timestamp = stats.TimestampNs ?? stats.EndTimeNs ?? stats.StartTimeNs ?? 0;
        _encoder.BeginBlock(PcapngBlockType.InterfaceStatistics);
        _encoder.UInt32((uint)interfaceId);
        _encoder.Timestamp(Units(timestamp, nameof(stats.TimestampNs)));
        _encoder.StringOption(Layout.Option.Comment, stats.Comment);
        _encoder.TimestampOption(Layout.InterfaceStatistics.StartTime, stats.StartTimeNs is long start ? Units(start, nameof(stats.StartTimeNs)) : null);
        _encoder.TimestampOption(Layout.InterfaceStatistics.EndTime, stats.EndTimeNs is long end ? Units(end, nameof(stats.EndTimeNs)) : null);
        _encoder.UInt64Option(Layout.InterfaceStatistics.Received, stats.Received);
        _encoder.UInt64Option(Layout.InterfaceStatistics.DroppedByInterface, stats.DroppedByInterface);
        _encoder.UInt64Option(Layout.InterfaceStatistics.AcceptedByFilter, stats.AcceptedByFilter);
        _encoder.UInt64Option(Layout.InterfaceStatistics.DroppedByOs, stats.DroppedByOs);
        _encoder.UInt64Option(Layout.InterfaceStatistics.DeliveredToUser, stats.DeliveredToUser);
        _encoder.EndBlock();
        WriteOutIfLarge();
    }

    /// <summary>Hands every complete block gathered so far to the stream and flushes it.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteOut();
        _output.Flush();
    }

    /// <summary>Flushes, then disposes the stream unless told to leave it open. Writes no statistics by itself.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        Flush();
        _disposed = true;
        if (!_leaveOpen)
            _output.Dispose();
    }

    /// <summary>Writes options kept from a read block (numbers little-endian) in this file's byte order.</summary>
    private void WriteOptions(PcapngBlockType block, IReadOnlyList<PcapngOption> options)
    {
        Span<byte> scratch = stackalloc byte[8];
        foreach (var option in options)
        {
            scoped ReadOnlySpan<byte> value = option.Value.Span;
            if (_bigEndian && value.Length <= scratch.Length)
            {
                value.CopyTo(scratch);
                PcapngOptionByteOrder.Swap(block, option.Code, scratch[..value.Length]);
                value = scratch[..value.Length];
            }
            _encoder.Option(option.Code, value);
        }
    }

    private void CopyPacketOptions(ReadOnlySpan<byte> raw, bool rawBigEndian)
    {
        var reader = new PcapngOptionReader(raw, new EndianReader(rawBigEndian));
        Span<byte> scratch = stackalloc byte[8];
        while (reader.TryReadNext(out ushort code, out var read) == PcapngOptionStatus.Option)
        {
            scoped ReadOnlySpan<byte> value = read;
            if (rawBigEndian != _bigEndian && value.Length <= scratch.Length)
            {
                value.CopyTo(scratch);
                PcapngOptionByteOrder.Swap(PcapngBlockType.EnhancedPacket, code, scratch[..value.Length]);
                value = scratch[..value.Length];
            }
            _encoder.Option(code, value);
        }
    }

    private ulong Units(long nanoseconds, string what)
    {
        if (nanoseconds < 0)
        {
            _encoder.AbandonBlock();
            throw new ArgumentOutOfRangeException(what, nanoseconds, "pcapng timestamps cannot be before 1970");
        }
        return (ulong)nanoseconds;
    }

    private void CheckInterface(int interfaceId)
    {
        if (interfaceId < 0 || interfaceId >= _interfaceCount)
            throw new ArgumentOutOfRangeException(nameof(interfaceId), interfaceId, $"no interface {interfaceId}: {_interfaceCount} were added");
    }

    private void WriteOutIfLarge()
    {
        if (_encoder.Pending.Length >= WriteThreshold)
            WriteOut();
    }

    private void WriteOut()
    {
        if (_encoder.Pending.IsEmpty)
            return;
        _output.Write(_encoder.Pending);
        _encoder.ClearPending();
    }
}
