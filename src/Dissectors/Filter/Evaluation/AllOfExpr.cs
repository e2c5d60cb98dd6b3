namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>a &amp;&amp; b &amp;&amp; c …: every test, left to right, stopping at the first false (a chain of and, flattened).</summary>
internal sealed class AllOfExpr : TestExpr
{
    private readonly TestExpr[] _tests;

    public AllOfExpr(TestExpr[] tests) => _tests = tests;

    public override bool Eval(EvalContext ctx)
    {
        var tests = _tests;
        for (int i = 0; i < tests.Length; i++)
            if (!tests[i].Eval(ctx))
                return false;
        return true;
    }
}
