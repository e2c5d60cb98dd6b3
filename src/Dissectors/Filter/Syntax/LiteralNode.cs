namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>An unquoted value: a number, an address, a byte string, a word that is not a field name.</summary>
internal sealed class LiteralNode : SyntaxNode
{
    public LiteralNode(string text, SourceSpan span, string? token) : base(span, token) => Text = text;

    public string Text { get; }

    protected override string Describe() => Text;
}
