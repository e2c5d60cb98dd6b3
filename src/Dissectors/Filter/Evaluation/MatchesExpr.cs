using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>field matches "regex": any value (all values for "all") matches the pattern.</summary>
internal sealed class MatchesExpr : TestExpr
{
    public MatchesExpr(ValueExpr left, ByteRegex regex, bool all)
    {
        Left = left;
        Regex = regex;
        All = all;
    }

    public ValueExpr Left { get; }
    public ByteRegex Regex { get; }
    public bool All { get; }

    public override bool Eval(EvalContext ctx)
    {
        int top = ctx.StackTop;
        int mark = Left.LoadAt(ctx);
        if (mark < 0)
            return false;
        bool result = All;
        for (int i = mark; i < ctx.StackTop; i++)
        {
            var v = ctx.Stack[i];
            var storage = FtInfo.Of(v.Type).Storage;
            bool matched = storage == FtStorage.Protocol ? Regex.IsMatch(ctx, ctx.FullBytes(v)) : Regex.IsMatch(ctx, ctx.Bytes(v));
            if (All && !matched)
            {
                result = false;
                break;
            }
            if (!All && matched)
            {
                result = true;
                break;
            }
        }
        ctx.StackTop = top;
        return result;
    }
}
