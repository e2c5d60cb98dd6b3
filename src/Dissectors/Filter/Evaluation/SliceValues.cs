using Sniffer.Dissectors.Filter.Syntax;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>The bytes a slice selects of each value ("eth.src[0:3]"); a whole value as bytes for "[0:]".</summary>
internal sealed class SliceValues : ValueExpr
{
    public static readonly IReadOnlyList<RangeNode> Whole = [new RangeNode(0, RangeEnd.ToTheEnd, 0, 0)];

    public SliceValues(ValueExpr inner, IReadOnlyList<RangeNode> ranges)
    {
        Inner = inner;
        Ranges = ranges;
    }

    public ValueExpr Inner { get; }
    public IReadOnlyList<RangeNode> Ranges { get; }

    public override bool Load(EvalContext ctx)
    {
        int mark = Inner.LoadAt(ctx);
        if (mark < 0)
            return false;
        for (int i = mark; i < ctx.StackTop; i++)
            ctx.Stack[i] = ValueOps.Slice(ctx, ctx.Stack[i], Ranges);
        return true;
    }
}
