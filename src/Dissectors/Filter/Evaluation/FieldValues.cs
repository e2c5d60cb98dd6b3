namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>A field's values in the frame; absent when the field is.</summary>
internal sealed class FieldValues : ValueExpr
{
    public FieldValues(FieldMatcher matcher) => Matcher = matcher;

    public FieldMatcher Matcher { get; }

    public override bool Load(EvalContext ctx) => Matcher.Load(ctx);
}
