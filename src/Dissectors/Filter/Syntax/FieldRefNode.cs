using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>A field or protocol name, maybe with a layer range ("ip.addr#2"), or a field reference ("${tcp.port}").</summary>
internal sealed class FieldRefNode : SyntaxNode
{
    public FieldRefNode(FilterField field, IReadOnlyList<RangeNode>? layers, bool isReference, SourceSpan span, string? token)
        : base(span, token)
    {
        Field = field;
        Layers = layers;
        IsReference = isReference;
    }

    public FilterField Field { get; }
    /// <summary>The layers the name is restricted to, or null for every occurrence.</summary>
    public IReadOnlyList<RangeNode>? Layers { get; }
    /// <summary>${field}: the value of the field in the packet selected in the GUI (none in tshark).</summary>
    public bool IsReference { get; }

    protected override string Describe() => Layers is null
        ? $"{Field.Abbrev} <{Field.Info.Name}>"
        : $"{Field.Abbrev}#[{string.Join(",", Layers)}] <{Field.Info.Name}>";
}
