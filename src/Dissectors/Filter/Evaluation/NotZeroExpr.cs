namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// An arithmetic expression standing as a test ("tcp.flags &amp; 0x02"), or a slice (its length): true when some value
/// is not zero (Wireshark's NOT_ALL_ZERO; no values is false).
/// </summary>
internal sealed class NotZeroExpr : TestExpr
{
    public NotZeroExpr(ValueExpr value) => Value = value;

    public ValueExpr Value { get; }

    public override bool Eval(EvalContext ctx)
    {
        int top = ctx.StackTop;
        int mark = Value.LoadAt(ctx);
        if (mark < 0)
            return false;
        bool any = false;
        for (int i = mark; i < ctx.StackTop && !any; i++)
            any = !ValueOps.IsZero(ctx, ctx.Stack[i]);
        ctx.StackTop = top;
        return any;
    }
}
