namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// A node of a parsed filter (Wireshark's stnode_t before the semantic check): where it is in the text and the
/// token it came from, which is how tshark shows it in messages.
/// </summary>
internal abstract class SyntaxNode
{
    protected SyntaxNode(SourceSpan span, string? token)
    {
        Span = span;
        Token = token;
    }

    public SourceSpan Span { get; }

    /// <summary>The text of the token the node was made from, or null for nodes the parser made up.</summary>
    public string? Token { get; }

    /// <summary>stnode_todisplay: the token as written, else a description.</summary>
    public string Display => Token ?? Describe();

    protected abstract string Describe();
}
