using Sniffer.Dissectors.Filter.Syntax;
using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// A binary arithmetic operator over every pair of values (Wireshark's mk_binary); a pair whose result is an
/// error (overflow, division by zero) gives no value.
/// </summary>
internal sealed class ArithmeticValues : ValueExpr
{
    public ArithmeticValues(ArithmeticOp op, ValueExpr left, ValueExpr right)
    {
        Op = op;
        Left = left;
        Right = right;
    }

    public ArithmeticOp Op { get; }
    public ValueExpr Left { get; }
    public ValueExpr Right { get; }

    public override bool Load(EvalContext ctx)
    {
        int m1 = Left.LoadAt(ctx);
        if (m1 < 0)
            return false;
        int n1 = ctx.StackTop - m1;
        int m2 = Right.LoadAt(ctx);
        if (m2 < 0)
        {
            ctx.StackTop = m1;
            return false;
        }
        int n2 = ctx.StackTop - m2;
        for (int i = 0; i < n1; i++)
            for (int j = 0; j < n2; j++)
                if (ValueOps.Binary(ctx, Op, ctx.Stack[m1 + i], ctx.Stack[m2 + j], out FValue r))
                    ctx.Push(r);
        int results = ctx.StackTop - (m2 + n2);
        Array.Copy(ctx.Stack, m2 + n2, ctx.Stack, m1, results);
        ctx.StackTop = m1 + results;
        return true;
    }
}
