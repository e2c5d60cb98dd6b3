using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Filter.Syntax;
using Sniffer.Dissectors.Filter.Types;
using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Filter;

/// <summary>
/// FsCheck properties of the display-filter language: any tree the grammar can produce prints to text that parses
/// back to the same tree; evaluating any filter on any frame of the corpus never throws; and a filter F and !(F)
/// split the frames of a capture between them (every frame in exactly one).
/// </summary>
public sealed class DisplayFilterProperties
{
    private static readonly FilterNames Names = FilterNames.For(FieldCatalog.Shared);

    private static readonly string[] FieldNames =
    [
        "tcp.port", "ip.addr", "http.request.method", "eth.src", "frame", "tcp", "http.host", "tcp.flags.syn", "ipv6.src",
        "frame.time_relative", "tls.handshake.type", "dns.qry.name", "tcp.payload", "http.cookie_pair", "tcp.len", "ip.ttl",
        "frame.number", "http.content_length", "tcp.window_size_scalefactor", "http.request.uri",
    ];

    /// <summary>Literal texts that are no field name (so they stay literals when parsed).</summary>
    private static readonly string[] LiteralTexts =
    [
        "80", "0x1f90", "017", "10.0.0.1", "10.0.0.0/8", "::1", "fe80::/10", "aa:bb:cc", "00-11-22-33-44-55", "1.5", "GET",
        "Set", ":0a", "1e3", "abc_def", "0b101", "0", "65535", "ff:ff:ff:ff:ff:ff", "0000.0000.0000",
    ];

    private static readonly string[] FunctionNames = ["len", "count", "upper", "lower", "string", "max", "min", "abs"];

    private static readonly SourceSpan Here = new(0, 0);

    // ---- generators of syntax trees of the grammar's shape ------------------------------------------------

    private static readonly Gen<RangeNode> Range = Gen.OneOf(
        from start in Gen.Choose(-20, 20) from length in Gen.Choose(1, 10) select new RangeNode(start, RangeEnd.Length, length, 0),
        from start in Gen.Choose(0, 10) from extra in Gen.Choose(1, 10) select new RangeNode(start, RangeEnd.Offset, 0, start + extra),
        from start in Gen.Choose(-10, -2) from extra in Gen.Choose(1, 8) select new RangeNode(start, RangeEnd.Offset, 0, Math.Min(-1, start + extra)),
        from start in Gen.Choose(-10, 10) select new RangeNode(start, RangeEnd.ToTheEnd, 0, 0));

    private static readonly Gen<IReadOnlyList<RangeNode>> Ranges =
        from count in Gen.Choose(1, 3) from ranges in Gen.ArrayOf(Range, count) select (IReadOnlyList<RangeNode>)ranges;

    private static readonly Gen<SyntaxNode> Field =
        from name in Gen.Elements(FieldNames)
        from layered in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from layers in Ranges
        from reference in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (SyntaxNode)new FieldRefNode(Names.Resolve(name)!, layered ? layers : null, reference, Here, name);

    private static readonly Gen<SyntaxNode> Atom = Gen.OneOf(
        Gen.Elements(LiteralTexts).Select(t => (SyntaxNode)new LiteralNode(t, Here, t)),
        Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().Select(bytes => (SyntaxNode)new StringNode(bytes, Here, null)),
        Gen.Choose(0, 255).Select(c => (SyntaxNode)new CharConstNode((ulong)c, Here, null)));

    private static Gen<SyntaxNode> Entity(int size)
    {
        if (size <= 0)
            return Gen.OneOf(Field, Atom);
        return Gen.Frequency(
            (4, Field),
            (3, Atom),
            (1, from name in Gen.Elements(FunctionNames)
                from count in Gen.Choose(0, 3)
                from args in Gen.ArrayOf(Arithmetic(size / 3), count)
                select (SyntaxNode)new FunctionNode(FilterFunction.Find(name)!, args, Here, name)),
            (1, from inner in Entity(size / 2) from ranges in Ranges select (SyntaxNode)new SliceNode(inner, ranges, SourceSpan.None)));
    }

    private static readonly ArithmeticOp[] BinaryOps =
        [ArithmeticOp.Add, ArithmeticOp.Subtract, ArithmeticOp.Multiply, ArithmeticOp.Divide, ArithmeticOp.Modulo, ArithmeticOp.BitwiseAnd];

    private static Gen<SyntaxNode> Arithmetic(int size)
    {
        if (size <= 0)
            return Entity(0);
        return Gen.Frequency(
            (4, Entity(size)),
            (1, Entity(size / 2).Select(e => (SyntaxNode)new ArithmeticNode(ArithmeticOp.UnaryMinus, e, null, Here, "-"))),
            (2, from op in Gen.Elements(BinaryOps)
                from left in Arithmetic(size / 2)
                from right in Arithmetic(size / 2)
                select (SyntaxNode)new ArithmeticNode(op, left, right, Here, null)));
    }

    private static readonly TestOp[] Comparisons =
        [TestOp.AllEq, TestOp.AnyEq, TestOp.AllNe, TestOp.AnyNe, TestOp.Gt, TestOp.Ge, TestOp.Lt, TestOp.Le];

    private static Gen<SyntaxNode> SetMember(int size) => Gen.OneOf(
        Entity(size),
        Entity(size).Select(e => (SyntaxNode)new ArithmeticNode(ArithmeticOp.UnaryMinus, e, null, Here, "-")));

    private static Gen<SyntaxNode> Relation(int size)
    {
        var quantifier = Gen.Frequency((6, Gen.Constant(MatchQuantifier.Default)), (1, Gen.Constant(MatchQuantifier.Any)), (1, Gen.Constant(MatchQuantifier.All)));
        var set =
            from count in Gen.Choose(1, 4)
            from members in Gen.ArrayOf(
                from low in SetMember(size / 3)
                from ranged in Gen.Elements(false, true)
                from high in SetMember(size / 3)
                select new SetElement(low, ranged ? high : null), count)
            select new SetNode(members, SourceSpan.None);
        return Gen.OneOf(
            from op in Gen.Elements(Comparisons)
            from left in Arithmetic(size / 2)
            from right in Arithmetic(size / 2)
            from q in quantifier
            select (SyntaxNode)new TestNode(op, left, right, Here, null, q),
            from contains in Gen.Elements(true, false)
            from left in Entity(size / 2)
            from right in Entity(size / 2)
            from q in quantifier
            select (SyntaxNode)new TestNode(contains ? TestOp.Contains : TestOp.Matches, left, right, Here, null, q),
            from left in Entity(size / 2)
            from members in set
            from negated in Gen.Elements(false, true)
            from q in quantifier
            select negated
                ? (SyntaxNode)new TestNode(TestOp.Not, new TestNode(TestOp.In, left, members, Here, null), null, Here, null, q)
                : new TestNode(TestOp.In, left, members, Here, null, q));
    }

    private static Gen<SyntaxNode> Test(int size)
    {
        if (size <= 0)
            return Gen.OneOf(Relation(0), Arithmetic(0));
        return Gen.Frequency(
            (3, Relation(size)),
            (1, Arithmetic(size)),
            (1, Test(size / 2).Select(t => (SyntaxNode)new TestNode(TestOp.Not, t, null, Here, null))),
            (2, from and in Gen.Elements(true, false)
                from left in Test(size / 2)
                from right in Test(size / 2)
                select (SyntaxNode)new TestNode(and ? TestOp.And : TestOp.Or, left, right, Here, null)));
    }

    private static readonly Gen<SyntaxNode> Trees = Gen.Sized(size => Test(Math.Min(size, 24)));

    /// <summary>The tree's structure, without positions and token texts.</summary>
    private static string Shape(SyntaxNode? node)
    {
        var sb = new StringBuilder();
        void Visit(SyntaxNode? n)
        {
            switch (n)
            {
                case null:
                    sb.Append('_');
                    break;
                case TestNode t:
                    sb.Append("T(").Append(t.Op).Append(',').Append(t.Quantifier).Append(',');
                    Visit(t.Left);
                    sb.Append(',');
                    Visit(t.Right);
                    sb.Append(')');
                    break;
                case ArithmeticNode a:
                    sb.Append("A(").Append(a.Op).Append(',');
                    Visit(a.Left);
                    sb.Append(',');
                    Visit(a.Right);
                    sb.Append(')');
                    break;
                case FieldRefNode f:
                    sb.Append(f.IsReference ? "R(" : "F(").Append(f.Field.Abbrev).Append(',')
                        .Append(f.Layers is null ? "-" : string.Join(";", f.Layers)).Append(')');
                    break;
                case StringNode s:
                    sb.Append("S(").Append(Convert.ToHexString(s.Value)).Append(')');
                    break;
                case CharConstNode c:
                    sb.Append("C(").Append(c.Value.ToString(CultureInfo.InvariantCulture)).Append(')');
                    break;
                case LiteralNode l:
                    sb.Append("L(").Append(l.Text).Append(')');
                    break;
                case SliceNode s:
                    sb.Append("SL(");
                    Visit(s.Entity);
                    sb.Append(',').Append(string.Join(";", s.Ranges)).Append(')');
                    break;
                case FunctionNode fn:
                    sb.Append("FN(").Append(fn.Function.Name);
                    foreach (var a in fn.Arguments)
                    {
                        sb.Append(',');
                        Visit(a);
                    }
                    sb.Append(')');
                    break;
                case SetNode set:
                    sb.Append("SET(");
                    foreach (var e in set.Elements)
                    {
                        Visit(e.Low);
                        sb.Append("..");
                        Visit(e.High);
                        sb.Append(';');
                    }
                    sb.Append(')');
                    break;
            }
        }
        Visit(node);
        return sb.ToString();
    }

    [Fact]
    public void A_printed_tree_parses_back_to_the_same_tree()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Trees.ToArbitrary(), tree =>
        {
            string text = FilterPrinter.Print(tree);
            SyntaxNode? parsed;
            try
            {
                parsed = FilterParser.Parse(text, Names);
            }
            catch (FilterSyntaxException e)
            {
                throw new InvalidOperationException($"'{text}' does not parse: {e.Message} at {e.Span}");
            }
            string expected = Shape(tree), actual = Shape(parsed);
            if (expected != actual)
                throw new InvalidOperationException($"'{text}' parses to\n{actual}\ninstead of\n{expected}");
        }));
    }

    /// <summary>The suite's filters that can be nested a few levels (some probe tshark's parser stack limit on their own).</summary>
    private static readonly string[] Nestable = FilterHarness.ValidFilters
        .Where(f => DisplayFilter.Compile("!(!(!((" + f + ") && tcp)))", FieldCatalog.Shared).Succeeded).ToArray();

    /// <summary>Filters to try: random trees that compile, and random combinations of the conformance suite's filters.</summary>
    private static readonly Gen<DisplayFilter> Filters = Gen.OneOf(
        Trees.Select(t => DisplayFilter.Compile(FilterPrinter.Print(t), FieldCatalog.Shared).Filter),
        from a in Gen.Elements(Nestable)
        from b in Gen.Elements(Nestable)
        from form in Gen.Elements("({0}) && ({1})", "({0}) || !({1})", "!({0}) && !({1})", "{0}", "not ({0}) or ({1}) and ({0})")
        select DisplayFilter.Compile(string.Format(CultureInfo.InvariantCulture, form, a, b), FieldCatalog.Shared).Filter)
        .Where(f => f is not null).Select(f => f!);

    [Fact]
    public void Any_filter_splits_the_frames_with_its_negation_and_never_throws()
    {
        var frames = TreeSnapshots.Frames;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Filters.ToArbitrary(), filter =>
        {
            var negation = DisplayFilter.Compile("!(" + filter.ExpandedText + ")", FieldCatalog.Shared);
            if (!negation.Succeeded)
                throw new InvalidOperationException($"!({filter.ExpandedText}) does not compile: {negation.Error.Message}");
            for (int i = 0; i < frames.Count; i++)
            {
                bool f = filter.Matches(frames[i]);
                bool not = negation.Filter.Matches(frames[i]);
                if (f == not)
                    throw new InvalidOperationException($"frame {i}: '{filter.ExpandedText}' is {f} and its negation {not}");
            }
        }));
    }
}
