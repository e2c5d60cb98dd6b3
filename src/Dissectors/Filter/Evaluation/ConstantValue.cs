using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>A value written in the filter, converted once at compile time.</summary>
internal sealed class ConstantValue : ValueExpr
{
    public ConstantValue(FValue value) => Value = value;

    public FValue Value { get; }

    public override bool Load(EvalContext ctx)
    {
        ctx.Push(Value);
        return true;
    }
}
