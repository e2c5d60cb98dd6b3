using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Files;

/// <summary>
/// Writes one pcapng section: a Section Header Block (shb_hardware, shb_os, shb_userappl), then
/// Interface Description Blocks (if_tsresol = 9, so every timestamp is in nanoseconds), Enhanced Packet
/// Blocks, Decryption Secrets Blocks and Interface Statistics Blocks in the order they are asked for.
/// <para>
/// Blocks are built whole in the writer's own buffer and handed to the stream only as complete blocks,
/// once enough have gathered or on <see cref="Flush"/>. Give it an unbuffered stream (a FileStream with
/// bufferSize 0 or 1) and a process killed at any moment leaves a file that reads cleanly up to the last
/// complete block. The writer is meant for one thread (the capture writer thread); it is not thread-safe.
/// </para>
/// <para>
/// <see cref="Dispose"/> flushes and (unless <see cref="PcapngWriterOptions.LeaveOpen"/>) disposes the
/// stream; it does not write Interface Statistics Blocks by itself. Call
/// <see cref="WriteInterfaceStatistics"/> for each interface before disposing when the counters are known.
/// </para>
/// Arguments a caller controls (an unknown interface id, a negative timestamp, an original length below
/// the captured length, an oversized block or option) throw <see cref="ArgumentException"/>s and leave
/// nothing of the refused block behind.
/// </summary>
public sealed class PcapngWriter : IDisposable
{
    private const int WriteThreshold = 256 * 1024;
    private const byte NanosecondResolution = 9;
    private const long SectionLengthUnknown = -1;

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly PcapngBlockEncoder _encoder;
    private int _interfaceCount;
    private bool _disposed;

    public PcapngWriter(Stream output, PcapngWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        _leaveOpen = options.LeaveOpen;
        _encoder = new PcapngBlockEncoder(options.BigEndian);
        _encoder.BeginBlock(PcapngBlockType.SectionHeader);
        _encoder.UInt32(Layout.ByteOrderMagic);
        _encoder.UInt16(Layout.SectionHeader.SupportedMajorVersion);
        _encoder.UInt16(Layout.SectionHeader.WrittenMinorVersion);
        _encoder.UInt64(unchecked((ulong)SectionLengthUnknown));
        _encoder.StringOption(Layout.Option.Comment, options.Comment);
        _encoder.StringOption(Layout.SectionHeader.Hardware, options.Hardware);
        _encoder.StringOption(Layout.SectionHeader.OperatingSystem, options.OperatingSystem);
        _encoder.StringOption(Layout.SectionHeader.Application, options.Application);
        _encoder.EndBlock();
    }

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
        _encoder.StringOption(Layout.InterfaceDescription.Name, iface.Name);
        _encoder.StringOption(Layout.InterfaceDescription.Description, iface.Description);
        _encoder.Option(Layout.InterfaceDescription.TimestampResolution, [NanosecondResolution]);
        _encoder.StringOption(Layout.InterfaceDescription.Filter, iface.Filter, Layout.InterfaceDescription.FilterIsLibpcapString);
        _encoder.StringOption(Layout.InterfaceDescription.OperatingSystem, iface.OperatingSystem);
        _encoder.EndBlock();
        WriteOutIfLarge();
        return _interfaceCount++;
    }

    /// <summary>Writes an Enhanced Packet Block. <paramref name="timestampNs"/> is nanoseconds since the epoch (not before it).</summary>
    public void WritePacket(int interfaceId, long timestampNs, ReadOnlySpan<byte> data, int originalLength, string? comment = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckInterface(interfaceId);
        ArgumentOutOfRangeException.ThrowIfNegative(timestampNs);
        ArgumentOutOfRangeException.ThrowIfLessThan(originalLength, data.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, CaptureInput.MaxBlockLength);
        _encoder.BeginBlock(PcapngBlockType.EnhancedPacket);
        _encoder.UInt32((uint)interfaceId);
        _encoder.Timestamp((ulong)timestampNs);
        _encoder.UInt32((uint)data.Length);
        _encoder.UInt32((uint)originalLength);
        _encoder.PaddedBytes(data);
        _encoder.StringOption(Layout.Option.Comment, comment);
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
