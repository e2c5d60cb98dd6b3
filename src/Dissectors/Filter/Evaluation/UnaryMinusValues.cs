using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>-x for each value; a value that cannot be negated (too large) gives none.</summary>
internal sealed class UnaryMinusValues : ValueExpr
{
    public UnaryMinusValues(ValueExpr operand) => Operand = operand;

    public ValueExpr Operand { get; }

    public override bool Load(EvalContext ctx)
    {
        int mark = Operand.LoadAt(ctx);
        if (mark < 0)
            return false;
        int write = mark;
        for (int i = mark; i < ctx.StackTop; i++)
            if (ValueOps.UnaryMinus(ctx.Stack[i], out FValue r))
                ctx.Stack[write++] = r;
        ctx.StackTop = write;
        return true;
    }
}
