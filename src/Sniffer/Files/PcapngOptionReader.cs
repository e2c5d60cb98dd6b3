namespace Sniffer.Files;

/// <summary>
/// Walks a block's option area: 16-bit code, 16-bit value length, the value padded to 32 bits, until
/// opt_endofopt or the end of the area. Never reads past the area; a length that would is reported.
/// </summary>
internal ref struct PcapngOptionReader
{
    private readonly ReadOnlySpan<byte> _options;
    private readonly EndianReader _order;
    private int _position;

    public PcapngOptionReader(ReadOnlySpan<byte> options, EndianReader order)
    {
        _options = options;
        _order = order;
        _position = 0;
    }

    /// <summary>The code of the last option read (meaningful after <see cref="PcapngOptionStatus.RunsPastBlock"/>).</summary>
    public ushort Code { get; private set; }

    /// <summary>The value length the last option declared (meaningful after <see cref="PcapngOptionStatus.RunsPastBlock"/>).</summary>
    public int DeclaredLength { get; private set; }

    public PcapngOptionStatus TryReadNext(out ushort code, out ReadOnlySpan<byte> value)
    {
        code = PcapngLayout.Option.EndOfOptions;
        value = default;
        if (_options.Length - _position < PcapngLayout.OptionHeader)
            return PcapngOptionStatus.End;
        code = Code = _order.UInt16(_options, _position);
        DeclaredLength = _order.UInt16(_options, _position + 2);
        if (code == PcapngLayout.Option.EndOfOptions)
            return PcapngOptionStatus.End;
        int valueStart = _position + PcapngLayout.OptionHeader;
        if (DeclaredLength > _options.Length - valueStart)
            return PcapngOptionStatus.RunsPastBlock;
        value = _options.Slice(valueStart, DeclaredLength);
        _position = valueStart + Math.Min(PcapngLayout.Padded(DeclaredLength), _options.Length - valueStart);
        return PcapngOptionStatus.Option;
    }
}
