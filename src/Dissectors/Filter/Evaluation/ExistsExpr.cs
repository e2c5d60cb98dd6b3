namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>A field or protocol name alone: is it in the frame?</summary>
internal sealed class ExistsExpr : TestExpr
{
    public ExistsExpr(FieldMatcher matcher) => Matcher = matcher;

    public FieldMatcher Matcher { get; }

    public override bool Eval(EvalContext ctx) => Matcher.Exists(ctx.Tree!);
}
