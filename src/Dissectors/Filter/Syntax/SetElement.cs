namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>One member of a set: a value, or a range "low..high".</summary>
internal readonly record struct SetElement(SyntaxNode Low, SyntaxNode? High);
