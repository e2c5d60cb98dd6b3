namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>A double-quoted string: its bytes, escapes resolved.</summary>
internal sealed class StringNode : SyntaxNode
{
    public StringNode(byte[] value, SourceSpan span, string? token) : base(span, token) => Value = value;

    public byte[] Value { get; }

    protected override string Describe() => FilterLexer.Escape(Value);
}
