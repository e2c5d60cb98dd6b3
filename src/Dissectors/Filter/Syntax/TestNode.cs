namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>and, or, not, and the relations (comparisons, contains, matches, in).</summary>
internal sealed class TestNode : SyntaxNode
{
    public TestNode(TestOp op, SyntaxNode left, SyntaxNode? right, SourceSpan span, string? token, MatchQuantifier quantifier = MatchQuantifier.Default)
        : base(span, token)
    {
        Op = op;
        Left = left;
        Right = right;
        Quantifier = quantifier;
    }

    public TestOp Op { get; }
    public SyntaxNode Left { get; }
    /// <summary>Null for not.</summary>
    public SyntaxNode? Right { get; }
    public MatchQuantifier Quantifier { get; }

    public TestNode WithQuantifier(MatchQuantifier quantifier) => new(Op, Left, Right, Span, Token, quantifier);

    protected override string Describe() => Op switch
    {
        TestOp.Not => "!",
        TestOp.And => "&&",
        TestOp.Or => "||",
        TestOp.AllEq => "===",
        TestOp.AnyEq => "==",
        TestOp.AllNe => "!=",
        TestOp.AnyNe => "~=",
        TestOp.Gt => ">",
        TestOp.Ge => ">=",
        TestOp.Lt => "<",
        TestOp.Le => "<=",
        TestOp.Contains => "contains",
        TestOp.Matches => "matches",
        _ => "in",
    };
}
