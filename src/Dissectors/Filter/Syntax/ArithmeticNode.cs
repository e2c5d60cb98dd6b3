namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>An arithmetic expression: unary minus or a binary operator.</summary>
internal sealed class ArithmeticNode : SyntaxNode
{
    public ArithmeticNode(ArithmeticOp op, SyntaxNode left, SyntaxNode? right, SourceSpan span, string? token) : base(span, token)
    {
        Op = op;
        Left = left;
        Right = right;
    }

    public ArithmeticOp Op { get; }
    public SyntaxNode Left { get; }
    /// <summary>Null for unary minus.</summary>
    public SyntaxNode? Right { get; }

    protected override string Describe() => Op switch
    {
        ArithmeticOp.UnaryMinus => "-",
        ArithmeticOp.Add => "+",
        ArithmeticOp.Subtract => "-",
        ArithmeticOp.Multiply => "*",
        ArithmeticOp.Divide => "/",
        ArithmeticOp.Modulo => "%",
        _ => "&",
    };
}
