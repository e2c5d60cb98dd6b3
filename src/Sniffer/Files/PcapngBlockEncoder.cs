using System.Buffers.Binary;
using System.Text;
using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Files;

/// <summary>
/// Builds pcapng blocks, in one byte order, at the end of a growing buffer of complete blocks waiting to
/// be written. A block is begun, filled, then ended (which writes its options terminator and trailer and
/// patches its length); a block that cannot be ended is rolled back, so the buffer only ever holds whole
/// blocks.
/// </summary>
internal sealed class PcapngBlockEncoder(bool bigEndian)
{
    private const int InitialCapacity = 64 * 1024;

    private byte[] _buffer = new byte[InitialCapacity];
    private int _length;
    private int _blockStart = -1;
    private bool _hasOptions;

    /// <summary>Complete blocks not yet written out.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(0, _blockStart < 0 ? _length : _blockStart);

    public void ClearPending()
    {
        _length = 0;
        _blockStart = -1;
    }

    public void BeginBlock(PcapngBlockType type)
    {
        _blockStart = _length;
        _hasOptions = false;
        UInt32((uint)type);
        UInt32(0);                                   // total length, patched by EndBlock
    }

    /// <summary>Ends the block; throws (leaving no trace of it) when it would exceed what readers accept.</summary>
    public void EndBlock()
    {
        if (_hasOptions)
        {
            UInt16(Layout.Option.EndOfOptions);
            UInt16(0);
        }
        int total = _length - _blockStart + Layout.BlockTrailer;
        if (total > CaptureInput.MaxBlockLength)
        {
            AbandonBlock();
            throw new ArgumentException($"the block would be {total} bytes, more than the {CaptureInput.MaxBlockLength}-byte limit readers accept");
        }
        UInt32((uint)total);
        WriteUInt32At(_blockStart + Layout.TotalLengthAt, (uint)total);
        _blockStart = -1;
    }

    public void AbandonBlock()
    {
        _length = _blockStart;
        _blockStart = -1;
    }

    public void UInt16(ushort value)
    {
        var span = Reserve(sizeof(ushort));
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(span, value);
        else BinaryPrimitives.WriteUInt16LittleEndian(span, value);
    }

    public void UInt32(uint value) => WriteUInt32At(Reserve(sizeof(uint)), value);

    public void UInt64(ulong value)
    {
        var span = Reserve(sizeof(ulong));
        if (bigEndian) BinaryPrimitives.WriteUInt64BigEndian(span, value);
        else BinaryPrimitives.WriteUInt64LittleEndian(span, value);
    }

    /// <summary>A pcapng timestamp: high 32 bits, then low 32 bits.</summary>
    public void Timestamp(ulong units)
    {
        UInt32((uint)(units >> 32));
        UInt32((uint)units);
    }

    /// <summary>Raw bytes followed by zero padding to the next 32-bit boundary.</summary>
    public void PaddedBytes(ReadOnlySpan<byte> bytes)
    {
        var span = Reserve(Layout.Padded(bytes.Length));
        bytes.CopyTo(span);
        span[bytes.Length..].Clear();
    }

    public void Option(ushort code, ReadOnlySpan<byte> value)
    {
        OptionHeader(code, value.Length);
        PaddedBytes(value);
    }

    public void UInt64Option(ushort code, ulong? value)
    {
        if (value is not ulong v)
            return;
        OptionHeader(code, sizeof(ulong));
        UInt64(v);
    }

    public void TimestampOption(ushort code, ulong? units)
    {
        if (units is not ulong v)
            return;
        OptionHeader(code, sizeof(ulong));
        Timestamp(v);
    }

    /// <summary>A UTF-8 string option, after an optional one-byte prefix (if_filter's filter type); nothing when <paramref name="text"/> is null.</summary>
    public void StringOption(ushort code, string? text, byte? prefix = null)
    {
        if (text is null)
            return;
        int prefixLength = prefix is null ? 0 : 1;
        int length = prefixLength + Encoding.UTF8.GetByteCount(text);
        if (length > ushort.MaxValue)
        {
            AbandonBlock();
            throw new ArgumentException($"option {code} would be {length} bytes of UTF-8; an option holds at most {ushort.MaxValue}");
        }
        OptionHeader(code, length);
        var span = Reserve(Layout.Padded(length));
        if (prefix is byte p)
            span[0] = p;
        Encoding.UTF8.GetBytes(text, span[prefixLength..]);
        span[length..].Clear();
    }

    private void OptionHeader(ushort code, int length)
    {
        _hasOptions = true;
        UInt16(code);
        UInt16((ushort)length);
    }

    private void WriteUInt32At(int at, uint value) => WriteUInt32At(_buffer.AsSpan(at, sizeof(uint)), value);

    private void WriteUInt32At(Span<byte> span, uint value)
    {
        if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(span, value);
        else BinaryPrimitives.WriteUInt32LittleEndian(span, value);
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            var larger = new byte[Math.Max(_length + count, _buffer.Length * 2)];
            _buffer.AsSpan(0, _length).CopyTo(larger);
            _buffer = larger;
        }
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
