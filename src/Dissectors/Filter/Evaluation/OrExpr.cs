namespace Sniffer.Dissectors.Filter.Evaluation;

internal sealed class OrExpr : TestExpr
{
    public OrExpr(TestExpr left, TestExpr right)
    {
        Left = left;
        Right = right;
    }

    public TestExpr Left { get; }
    public TestExpr Right { get; }

    public override bool Eval(EvalContext ctx) => Left.Eval(ctx) || Right.Eval(ctx);
}
