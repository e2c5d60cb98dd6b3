using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>len(field): each value's length in bytes (a fixed-size type's size).</summary>
internal sealed class LengthValues : ValueExpr
{
    public LengthValues(ValueExpr inner) => Inner = inner;

    public ValueExpr Inner { get; }

    public override bool Load(EvalContext ctx)
    {
        int mark = Inner.LoadAt(ctx);
        if (mark < 0)
            return false;
        for (int i = mark; i < ctx.StackTop; i++)
            ctx.Stack[i] = FValue.Unsigned(FtKind.UInt32, ValueOps.Length(ctx, ctx.Stack[i]));
        return true;
    }
}
