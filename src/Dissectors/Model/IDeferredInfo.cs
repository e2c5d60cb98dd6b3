namespace Sniffer.Dissectors.Model;

/// <summary>
/// Writes a layer's Info text from the values it recorded with <see cref="InfoColumn.Defer"/>, when the text is first
/// read: most frames a filter drops never have their Info formatted. A stateless singleton; everything it needs is in
/// <paramref name="state"/> and <paramref name="context"/>.
/// </summary>
public interface IDeferredInfo
{
    /// <summary>True when the text is never empty: a separator appended after it is then known to be needed unwritten.</summary>
    bool NeverEmpty { get; }

    /// <summary>Appends the text to <paramref name="info"/> (the column is positioned where the text belongs).</summary>
    void Write(InfoColumn info, object? context, ReadOnlySpan<byte> state);
}
