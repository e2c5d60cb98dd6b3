namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>A compiled test: true or false for the frame whose tree is in the context.</summary>
internal abstract class TestExpr
{
    public abstract bool Eval(EvalContext ctx);
}
