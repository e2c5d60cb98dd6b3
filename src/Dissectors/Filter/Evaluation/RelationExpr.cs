using Sniffer.Dissectors.Filter.Syntax;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// A comparison or contains over every pair of values (Wireshark's cmp_test): an "any" test is true as soon as
/// one pair is; an "all" test is false as soon as one pair is not, and true for no pairs. An absent operand makes
/// the relation false whatever the quantifier (tshark's jump over it).
/// </summary>
internal sealed class RelationExpr : TestExpr
{
    public RelationExpr(TestOp op, bool all, ValueExpr left, ValueExpr right)
    {
        Op = op;
        All = all;
        Left = left;
        Right = right;
    }

    public TestOp Op { get; }
    public bool All { get; }
    public ValueExpr Left { get; }
    public ValueExpr Right { get; }

    public override bool Eval(EvalContext ctx)
    {
        int top = ctx.StackTop;
        int m1 = Left.LoadAt(ctx);
        if (m1 < 0)
            return false;
        int n1 = ctx.StackTop - m1;
        int m2 = Right.LoadAt(ctx);
        if (m2 < 0)
        {
            ctx.StackTop = top;
            return false;
        }
        int n2 = ctx.StackTop - m2;
        bool result = All;
        for (int i = 0; i < n1 && result == All; i++)
        {
            for (int j = 0; j < n2; j++)
            {
                var r = ValueOps.Relation(ctx, Op, ctx.Stack[m1 + i], ctx.Stack[m2 + j]);
                if (All && r == FtBool.False)
                {
                    result = false;
                    break;
                }
                if (!All && r == FtBool.True)
                {
                    result = true;
                    break;
                }
            }
        }
        ctx.StackTop = top;
        return result;
    }
}
