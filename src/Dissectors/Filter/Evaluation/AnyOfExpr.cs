namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>a || b || c …: the tests left to right, stopping at the first true (a chain of or, flattened).</summary>
internal sealed class AnyOfExpr : TestExpr
{
    private readonly TestExpr[] _tests;

    public AnyOfExpr(TestExpr[] tests) => _tests = tests;

    public override bool Eval(EvalContext ctx)
    {
        var tests = _tests;
        for (int i = 0; i < tests.Length; i++)
            if (tests[i].Eval(ctx))
                return true;
        return false;
    }
}
