namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>
/// Where a header line's name and value are, relative to the line's start. The value starts after the
/// colon and the blanks that follow it and runs to the end of the line, as Wireshark shows it.
/// </summary>
public readonly record struct HeaderField(int NameLength, int ValueStart, int ValueLength)
{
    public int ColonOffset => NameLength;

    public ReadOnlySpan<byte> Name(ReadOnlySpan<byte> line) => line[..NameLength];

    public ReadOnlySpan<byte> Value(ReadOnlySpan<byte> line) => line.Slice(ValueStart, ValueLength);
}
