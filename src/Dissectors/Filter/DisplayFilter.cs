using System.Text;
using Sniffer.Dissectors.Filter.Evaluation;
using Sniffer.Dissectors.Filter.Semantics;
using Sniffer.Dissectors.Filter.Syntax;
using Sniffer.Dissectors.Filter.Types;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Dissectors.Filter;

/// <summary>
/// A compiled Wireshark 4.0 display filter (<c>tshark -Y</c>). Compiled once per run from its text against a field
/// catalog — names Sniffer does not dissect but tshark knows (dns, arp, icmp.type…) compile and match nothing —
/// then tested against each frame's field tree. Testing a frame allocates nothing once the filter's buffers have
/// grown; an instance is not thread-safe (compile one per thread).
/// </summary>
public sealed class DisplayFilter : IFrameFilter
{
    private readonly TestExpr? _root;
    private readonly EvalContext _ctx;
    private readonly SyntaxNode? _syntax;

    private DisplayFilter(string text, string expanded, SyntaxNode? syntax, TestExpr? root, EvalContext ctx, IReadOnlyCollection<FieldDef> referenced)
    {
        Text = text;
        ExpandedText = expanded;
        _syntax = syntax;
        _root = root;
        _ctx = ctx;
        ReferencedFields = referenced;
    }

    /// <summary>The filter as given.</summary>
    public string Text { get; }

    /// <summary>The filter with display-filter macros (${private_ipv4:ip.src}…) expanded.</summary>
    public string ExpandedText { get; }

    /// <summary>An empty filter: every frame passes.</summary>
    public bool IsEmpty => _root is null;

    /// <summary>
    /// The fields the filter reads. A pipeline may build only these into each tree (with the protocols above them
    /// kept as stand-ins); a filter over a protocol's bytes also reads the IP length fields.
    /// </summary>
    public IReadOnlyCollection<FieldDef> ReferencedFields { get; }

    /// <summary>The filter in canonical form (symbol operators, minimal parentheses); it compiles to the same filter.</summary>
    public override string ToString() => FilterPrinter.Print(_syntax);

    /// <summary>Compiles <paramref name="text"/>; never throws for a bad filter (the result carries tshark's error).</summary>
    public static DisplayFilterResult Compile(string text, FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var names = FilterNames.For(catalog);
        string? expanded = FilterMacros.Expand(text, names, out string? macroError);
        if (expanded is null)
            return new DisplayFilterResult(null, new DisplayFilterError(macroError!, text, -1, 0));
        try
        {
            var syntax = FilterParser.Parse(Encoding.UTF8.GetBytes(expanded), names);
            var ctx = new EvalContext();
            if (syntax is null)
                return new DisplayFilterResult(new DisplayFilter(text, expanded, null, null, ctx, []), null);
            var checker = new FilterChecker(ctx);
            var root = checker.Check(syntax);
            var referenced = new HashSet<FieldDef>(checker.Referenced);
            if (checker.UsesLayers)
            {
                foreach (var def in checker.Referenced)
                    if (catalog.ProtocolOf(def) is { } protocol)
                        referenced.Add(protocol);
            }
            if (checker.SearchesProtocols)
            {
                foreach (var name in (string[])["ip", "ip.len", "ipv6", "ipv6.plen"])
                    if (catalog.Find(name) is { } def)
                        referenced.Add(def);
            }
            return new DisplayFilterResult(new DisplayFilter(text, expanded, syntax, root, ctx, referenced), null);
        }
        catch (FilterSyntaxException e)
        {
            return new DisplayFilterResult(null, new DisplayFilterError(e.Message, expanded, e.Span.Start, e.Span.Length));
        }
    }

    /// <summary>Whether the frame whose field tree this is passes the filter.</summary>
    public bool Matches(FieldTree tree)
    {
        if (_root is null)
            return true;
        _ctx.Reset(tree);
        return _root.Eval(_ctx);
    }
}
