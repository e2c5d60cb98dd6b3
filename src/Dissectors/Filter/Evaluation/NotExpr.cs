namespace Sniffer.Dissectors.Filter.Evaluation;

internal sealed class NotExpr : TestExpr
{
    public NotExpr(TestExpr operand) => Operand = operand;

    public TestExpr Operand { get; }

    public override bool Eval(EvalContext ctx) => !Operand.Eval(ctx);
}
