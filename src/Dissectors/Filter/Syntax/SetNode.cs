namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>The set after "in": {80, 443, 8000..8080}.</summary>
internal sealed class SetNode : SyntaxNode
{
    public SetNode(IReadOnlyList<SetElement> elements, SourceSpan span) : base(span, null) => Elements = elements;

    public IReadOnlyList<SetElement> Elements { get; }

    protected override string Describe() => string.Join(" ", Elements.Select(e => e.High is null ? e.Low.Display : e.Low.Display + ".." + e.High.Display));
}
