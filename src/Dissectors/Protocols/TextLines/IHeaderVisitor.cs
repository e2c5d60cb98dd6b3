namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>Receives each well-formed header line of a block as <see cref="HeaderBlockScanner"/> finds it.</summary>
public interface IHeaderVisitor
{
    /// <param name="name">The header name as written.</param>
    /// <param name="value">The value after the colon and its leading blanks.</param>
    void OnHeader(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value);
}
