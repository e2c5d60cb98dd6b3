namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// A filter refused while compiling, with tshark's message and the span it underlines. Thrown inside the compiler
/// only (compilation happens once per run); <see cref="DisplayFilter.Compile"/> turns it into an error value.
/// </summary>
internal sealed class FilterSyntaxException : Exception
{
    public FilterSyntaxException(string message, SourceSpan span) : base(message) => Span = span;

    public SourceSpan Span { get; }
}
