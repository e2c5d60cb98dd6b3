namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// Something that yields values for a frame (a field's occurrences, a constant, a slice, a function's result, an
/// arithmetic expression): Wireshark's registers. <see cref="Load"/> pushes the values on the context's stack and
/// returns false when the relation using them must fail outright (a field that is absent: tshark's jump).
/// </summary>
internal abstract class ValueExpr
{
    public abstract bool Load(EvalContext ctx);

    /// <summary>Loads into the stack and returns where the values start; -1 when absent (the stack is restored).</summary>
    public int LoadAt(EvalContext ctx)
    {
        int mark = ctx.StackTop;
        if (Load(ctx))
            return mark;
        ctx.StackTop = mark;
        return -1;
    }
}
