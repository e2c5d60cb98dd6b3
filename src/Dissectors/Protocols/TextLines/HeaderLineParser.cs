namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>Splits one header line (without its terminator) into name and value.</summary>
public static class HeaderLineParser
{
    public static HeaderLineStatus TryParse(ReadOnlySpan<byte> line, out HeaderField header)
    {
        header = default;
        int colon = line.IndexOf(TextBytes.Colon);
        if (colon < 0)
            return HeaderLineStatus.NoColon;
        int valueStart = colon + 1;
        while (valueStart < line.Length && TextBytes.IsBlank(line[valueStart]))
            valueStart++;
        header = new HeaderField(colon, valueStart, line.Length - valueStart);
        if (colon == 0)
            return HeaderLineStatus.EmptyName;
        return line[..colon].ContainsAnyExcept(TextBytes.HeaderNameChars) ? HeaderLineStatus.InvalidNameCharacter : HeaderLineStatus.Ok;
    }
}
