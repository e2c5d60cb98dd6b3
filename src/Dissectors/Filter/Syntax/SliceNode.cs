namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>A byte slice of an entity: "eth.src[0:3]", "tcp.payload[0:4]", "frame[-4:]".</summary>
internal sealed class SliceNode : SyntaxNode
{
    public SliceNode(SyntaxNode entity, IReadOnlyList<RangeNode> ranges, SourceSpan span) : base(span, null)
    {
        Entity = entity;
        Ranges = ranges;
    }

    public SyntaxNode Entity { get; }
    public IReadOnlyList<RangeNode> Ranges { get; }

    protected override string Describe() => $"{Entity.Display}[{string.Join(",", Ranges)}]";
}
