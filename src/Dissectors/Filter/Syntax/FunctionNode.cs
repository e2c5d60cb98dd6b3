namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>A function call: len(http.request.uri), upper(http.host), max(tcp.srcport, tcp.dstport).</summary>
internal sealed class FunctionNode : SyntaxNode
{
    public FunctionNode(FilterFunction function, IReadOnlyList<SyntaxNode> arguments, SourceSpan span, string? token) : base(span, token)
    {
        Function = function;
        Arguments = arguments;
    }

    public FilterFunction Function { get; }
    public IReadOnlyList<SyntaxNode> Arguments { get; }

    protected override string Describe() => $"{Function.Name}({string.Join(", ", Arguments.Select(a => a.Display))})";
}
