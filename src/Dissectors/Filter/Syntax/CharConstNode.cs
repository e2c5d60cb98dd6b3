namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>A character constant ('a', '\x41', '\101').</summary>
internal sealed class CharConstNode : SyntaxNode
{
    public CharConstNode(ulong value, SourceSpan span, string? token) : base(span, token) => Value = value;

    public ulong Value { get; }

    protected override string Describe() => FilterPrinter.CharConst(Value);
}
