using Sniffer.Dissectors.Filter.Syntax;
using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// A function's result (epan/dfilter/dfunctions.c). An absent argument is an empty list, and a function with
/// nothing to work on fails, which makes the relation using it false (count(field) == 0 never matches in 4.0).
/// </summary>
internal sealed class FunctionValues : ValueExpr
{
    public FunctionValues(FilterFunction function, IReadOnlyList<ValueExpr> arguments)
    {
        Function = function;
        Arguments = arguments;
    }

    public FilterFunction Function { get; }
    public IReadOnlyList<ValueExpr> Arguments { get; }

    public override bool Load(EvalContext ctx)
    {
        int mark = ctx.StackTop;
        if (Function == FilterFunction.Max || Function == FilterFunction.Min)
            return Extreme(ctx, mark, Function == FilterFunction.Max);

        if (Arguments[0].LoadAt(ctx) < 0 || ctx.StackTop == mark)
        {
            ctx.StackTop = mark;
            return false;
        }
        int end = ctx.StackTop;
        if (Function == FilterFunction.Count)
        {
            ctx.StackTop = mark;
            ctx.Push(FValue.Unsigned(FtKind.UInt32, (uint)(end - mark)));
            return true;
        }
        int write = mark;
        for (int i = mark; i < end; i++)
        {
            var v = ctx.Stack[i];
            if (Function == FilterFunction.Lower || Function == FilterFunction.Upper)
            {
                if (FtInfo.Of(v.Type).Storage != FtStorage.String)
                    continue;
                ctx.Stack[write++] = ChangeCase(ctx, v, Function == FilterFunction.Upper);
            }
            else if (Function == FilterFunction.String)
            {
                if (!ValueOps.ToText(ctx, v, out var text))
                    break;
                ctx.Stack[write++] = text;
            }
            else
            {
                // abs()
                if (ValueOps.IsNegative(v))
                {
                    if (ValueOps.UnaryMinus(v, out var negated))
                        ctx.Stack[write++] = negated;
                }
                else
                {
                    ctx.Stack[write++] = v;
                }
            }
        }
        ctx.StackTop = write;
        if (Function == FilterFunction.Abs && write == mark)
            return false;
        return true;
    }

    private static FValue ChangeCase(EvalContext ctx, in FValue v, bool upper)
    {
        int length = ctx.Bytes(v).Length;
        var dest = ctx.AllocateScratch(length, out int start);
        var source = ctx.Bytes(v);
        for (int i = 0; i < length; i++)
        {
            byte b = source[i];
            dest[i] = upper ? (b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b)
                : (b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b);
        }
        return FValue.OfBytes(FtKind.String, ByteStore.Scratch, 0, start, length);
    }

    /// <summary>max()/min() over every value of every argument; the first of equal extremes wins.</summary>
    private bool Extreme(EvalContext ctx, int mark, bool max)
    {
        for (int i = 0; i < Arguments.Count; i++)
            Arguments[i].LoadAt(ctx);
        int end = ctx.StackTop;
        if (end == mark)
            return false;
        int best = mark;
        for (int i = mark + 1; i < end; i++)
        {
            var r = ValueOps.Relation(ctx, max ? TestOp.Gt : TestOp.Lt, ctx.Stack[i], ctx.Stack[best]);
            if (r != FtBool.False)
                best = i;
        }
        ctx.Stack[mark] = ctx.Stack[best];
        ctx.StackTop = mark + 1;
        return true;
    }
}
