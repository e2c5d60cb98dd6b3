using Sniffer.Dissectors.Filter.Syntax;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// field in {…}: the members are tried in order and the first that matches decides (Wireshark's gen_relation_in);
/// a member that is absent (a field member) is skipped.
/// </summary>
internal sealed class InExpr : TestExpr
{
    public InExpr(ValueExpr left, IReadOnlyList<InElement> elements, bool all)
    {
        Left = left;
        Elements = elements;
        All = all;
    }

    public ValueExpr Left { get; }
    public IReadOnlyList<InElement> Elements { get; }
    public bool All { get; }

    public override bool Eval(EvalContext ctx)
    {
        int top = ctx.StackTop;
        int m1 = Left.LoadAt(ctx);
        if (m1 < 0)
            return false;
        int n1 = ctx.StackTop - m1;
        bool accum = false;
        for (int e = 0; e < Elements.Count; e++)
        {
            var element = Elements[e];
            int mark = ctx.StackTop;
            accum = element.High is null ? Equal(ctx, m1, n1, element.Low) : InRange(ctx, m1, n1, element.Low, element.High);
            ctx.StackTop = mark;
            if (accum)
                break;
        }
        ctx.StackTop = top;
        return accum;
    }

    private bool Equal(EvalContext ctx, int m1, int n1, ValueExpr member)
    {
        int m2 = member.LoadAt(ctx);
        if (m2 < 0)
            return false;
        int n2 = ctx.StackTop - m2;
        for (int i = 0; i < n1; i++)
        {
            for (int j = 0; j < n2; j++)
            {
                var r = ValueOps.Relation(ctx, TestOp.AnyEq, ctx.Stack[m1 + i], ctx.Stack[m2 + j]);
                if (All && r == FtBool.False)
                    return false;
                if (!All && r == FtBool.True)
                    return true;
            }
        }
        return All;
    }

    private bool InRange(EvalContext ctx, int m1, int n1, ValueExpr lowExpr, ValueExpr highExpr)
    {
        int lowAt = lowExpr.LoadAt(ctx);
        if (lowAt < 0 || ctx.StackTop == lowAt)
            return false;
        int highAt = highExpr.LoadAt(ctx);
        if (highAt < 0 || ctx.StackTop == highAt)
            return false;
        var low = ctx.Stack[lowAt];
        var high = ctx.Stack[highAt];
        for (int i = 0; i < n1; i++)
        {
            var v = ctx.Stack[m1 + i];
            var ge = ValueOps.Relation(ctx, TestOp.Ge, v, low);
            var le = ValueOps.Relation(ctx, TestOp.Le, v, high);
            if (All && (ge == FtBool.False || le == FtBool.False))
                return false;
            if (!All && ge == FtBool.True && le == FtBool.True)
                return true;
        }
        return All;
    }
}
