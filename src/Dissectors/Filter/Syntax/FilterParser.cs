using System.Text;
using Sniffer.Dissectors.Filter.Types;

namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// Parses a display filter into a <see cref="SyntaxNode"/> tree, accepting exactly the language of Wireshark 4.0's
/// grammar (epan/dfilter/grammar.lemon) with its precedences: or &lt; and &lt; not &lt; relations &lt; &amp; &lt; + - &lt;
/// * / % &lt; unary minus. It reports a syntax error at the same token tshark does — the first one that cannot
/// continue a valid filter — and runs the grammar's own checks (function names, ranges, layered names) in the
/// order tshark's parser does: after the next token has been read, so a scanner error in that token comes first.
/// It also counts what tshark's LALR parser would hold on its stack (Lemon's 100 entries): a token that would
/// overflow it is dropped with everything parsed so far, and parsing starts again at the next token, as in tshark
/// (so 98 nested parentheses leave a ")" unexpected, and a long enough run of "!" loses its start). This also bounds
/// the recursion, whatever the input.
/// </summary>
internal sealed class FilterParser
{
    private readonly FilterLexer _lexer;
    private readonly FilterNames _names;
    private Token _peeked;
    private bool _hasPeeked;
    /// <summary>Grammar symbols on tshark's parser stack now (its first entry is the start state).</summary>
    private int _depth;

    /// <summary>Lemon's YYSTACKDEPTH is 100 entries, one of them the start state.</summary>
    private const int MaxDepth = 99;

    /// <summary>Thrown when a shift would overflow tshark's parser stack: the parse restarts after the token.</summary>
    private sealed class StackOverflowRestart : Exception;

    private FilterParser(byte[] text, FilterNames names)
    {
        _names = names;
        _lexer = new FilterLexer(text, name => names.Resolve(name) is not null);
    }

    /// <summary>The tree of <paramref name="text"/> (UTF-8), or null for an empty filter. Throws <see cref="FilterSyntaxException"/>.</summary>
    public static SyntaxNode? Parse(byte[] text, FilterNames names) => new FilterParser(text, names).ParseSentence();

    public static SyntaxNode? Parse(string text, FilterNames names) => Parse(Encoding.UTF8.GetBytes(text), names);

    // ---- tokens -----------------------------------------------------------------------------------

    private Token Peek()
    {
        if (!_hasPeeked)
        {
            _peeked = _lexer.Next();
            _hasPeeked = true;
        }
        return _peeked;
    }

    /// <summary>Shifts the next token onto the (counted) parser stack.</summary>
    private Token Take()
    {
        var t = Peek();
        _hasPeeked = false;
        if (_depth + 1 > MaxDepth)
            throw new StackOverflowRestart();
        _depth++;
        return t;
    }

    /// <summary>A production of <paramref name="symbols"/> symbols is reduced to one.</summary>
    private void Reduce(int symbols) => _depth -= symbols - 1;

    private static FilterSyntaxException Unexpected(Token t) => t.Kind == TokenKind.End
        ? new FilterSyntaxException("Unexpected end of filter expression.", SourceSpan.None)
        : new FilterSyntaxException($"\"{t.Text}\" was unexpected in this context.", t.Span);

    private Token Expect(TokenKind kind)
    {
        var t = Peek();
        if (t.Kind != kind)
            throw Unexpected(t);
        return Take();
    }

    private static bool IsComparison(TokenKind k) => k is TokenKind.AnyEq or TokenKind.AllNe or TokenKind.AllEq or TokenKind.AnyNe
        or TokenKind.Gt or TokenKind.Ge or TokenKind.Lt or TokenKind.Le;

    private static TestOp ComparisonOp(TokenKind k) => k switch
    {
        TokenKind.AnyEq => TestOp.AnyEq,
        TokenKind.AllNe => TestOp.AllNe,
        TokenKind.AllEq => TestOp.AllEq,
        TokenKind.AnyNe => TestOp.AnyNe,
        TokenKind.Gt => TestOp.Gt,
        TokenKind.Ge => TestOp.Ge,
        TokenKind.Lt => TestOp.Lt,
        _ => TestOp.Le,
    };

    // ---- logical level ------------------------------------------------------------------------------

    private SyntaxNode? ParseSentence()
    {
        while (true)
        {
            _depth = 0;
            try
            {
                if (Peek().Kind == TokenKind.End)
                    return null;
                var root = ParseOr();
                if (Peek().Kind != TokenKind.End)
                    throw Unexpected(Peek());
                return root;
            }
            catch (StackOverflowRestart)
            {
                // Lemon drops its whole stack and the token, and reads on from its start state.
            }
        }
    }

    private SyntaxNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek().Kind == TokenKind.Or)
        {
            var op = Take();
            var right = ParseAnd();
            Reduce(3);
            left = new TestNode(TestOp.Or, left, right, op.Span, op.Text);
        }
        return left;
    }

    private SyntaxNode ParseAnd()
    {
        var left = ParseNot();
        while (Peek().Kind == TokenKind.And)
        {
            var op = Take();
            var right = ParseNot();
            Reduce(3);
            left = new TestNode(TestOp.And, left, right, op.Span, op.Text);
        }
        return left;
    }

    private SyntaxNode ParseNot()
    {
        if (Peek().Kind == TokenKind.Not)
        {
            var op = Take();
            var operand = ParseNot();
            Reduce(2);
            return new TestNode(TestOp.Not, operand, null, op.Span, op.Text);
        }
        return ParsePrimary();
    }

    private SyntaxNode ParsePrimary()
    {
        var t = Peek();
        if (t.Kind == TokenKind.LParen)
        {
            Take();
            var inner = ParseOr();
            Expect(TokenKind.RParen);
            Reduce(3);
            return inner;
        }
        if (t.Kind is TokenKind.Any or TokenKind.All)
        {
            Take();
            var relation = ParseRelation(requireRelation: true);
            Reduce(2);
            var quantifier = t.Kind == TokenKind.Any ? MatchQuantifier.Any : MatchQuantifier.All;
            return relation is TestNode test ? test.WithQuantifier(quantifier) : relation;
        }
        return ParseRelation(requireRelation: false);
    }

    /// <summary>A relation, or (unless one is required) an arithmetic expression standing alone as a test.</summary>
    private SyntaxNode ParseRelation(bool requireRelation)
    {
        var left = ParseArithmetic(out bool bareEntity);
        var t = Peek();
        if (IsComparison(t.Kind))
            return ParseComparisonChain(left);
        if (bareEntity)
        {
            switch (t.Kind)
            {
                case TokenKind.Contains:
                case TokenKind.Matches:
                {
                    var op = Take();
                    var right = ParseEntity();
                    Reduce(3);
                    return new TestNode(t.Kind == TokenKind.Contains ? TestOp.Contains : TestOp.Matches, left, right, op.Span, op.Text);
                }
                case TokenKind.In:
                {
                    var op = Take();
                    var set = ParseSet();
                    Reduce(3);
                    return new TestNode(TestOp.In, left, set, op.Span, op.Text);
                }
                case TokenKind.Not:
                {
                    var not = Take();
                    var op = Expect(TokenKind.In);
                    var set = ParseSet();
                    Reduce(4);
                    var inTest = new TestNode(TestOp.In, left, set, op.Span, op.Text);
                    return new TestNode(TestOp.Not, inTest, null, not.Span, not.Text);
                }
            }
        }
        if (requireRelation)
            throw Unexpected(t);
        return left;
    }

    /// <summary>a OP b [OP c ...]: "a == b == c" is "a == b and b == c", nested to the right as the grammar builds it.</summary>
    private SyntaxNode ParseComparisonChain(SyntaxNode first)
    {
        var operands = new List<SyntaxNode> { first };
        var ops = new List<Token>();
        while (IsComparison(Peek().Kind))
        {
            ops.Add(Take());
            operands.Add(ParseArithmetic(out _));
        }
        int n = ops.Count;
        Reduce(2 * n + 1);
        SyntaxNode node = new TestNode(ComparisonOp(ops[n - 1].Kind), operands[n - 1], operands[n], ops[n - 1].Span, ops[n - 1].Text);
        for (int i = n - 2; i >= 0; i--)
        {
            var comparison = new TestNode(ComparisonOp(ops[i].Kind), operands[i], operands[i + 1], ops[i].Span, ops[i].Text);
            node = new TestNode(TestOp.And, comparison, node, SourceSpan.None, null);
        }
        return node;
    }

    // ---- arithmetic ----------------------------------------------------------------------------------

    private static int Precedence(TokenKind k) => k switch
    {
        TokenKind.BitwiseAnd => 1,
        TokenKind.Plus or TokenKind.Minus => 2,
        TokenKind.Star or TokenKind.Slash or TokenKind.Percent => 3,
        _ => 0,
    };

    private static ArithmeticOp BinaryOp(TokenKind k) => k switch
    {
        TokenKind.BitwiseAnd => ArithmeticOp.BitwiseAnd,
        TokenKind.Plus => ArithmeticOp.Add,
        TokenKind.Minus => ArithmeticOp.Subtract,
        TokenKind.Star => ArithmeticOp.Multiply,
        TokenKind.Slash => ArithmeticOp.Divide,
        _ => ArithmeticOp.Modulo,
    };

    /// <summary>An arithmetic expression; <paramref name="bareEntity"/> tells whether it is a lone entity (what contains, matches and in need on their left).</summary>
    private SyntaxNode ParseArithmetic(out bool bareEntity) => ParseBinary(1, out bareEntity);

    private SyntaxNode ParseBinary(int minPrecedence, out bool bareEntity)
    {
        var left = ParseArithmeticOperand(out bareEntity);
        while (true)
        {
            int p = Precedence(Peek().Kind);
            if (p == 0 || p < minPrecedence)
                return left;
            var op = Take();
            var right = ParseBinary(p + 1, out _);
            Reduce(3);
            left = new ArithmeticNode(BinaryOp(op.Kind), left, right, op.Span, op.Text);
            bareEntity = false;
        }
    }

    private SyntaxNode ParseArithmeticOperand(out bool bareEntity)
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.LBrace:
            {
                Take();
                var inner = ParseArithmetic(out _);
                Expect(TokenKind.RBrace);
                Reduce(3);
                bareEntity = false;
                return inner;
            }
            case TokenKind.Plus:
            {
                Take();
                bareEntity = false;
                var operand = ParseEntity();
                Reduce(2);
                return operand;
            }
            case TokenKind.Minus:
            {
                var op = Take();
                var operand = ParseEntity();
                Reduce(2);
                bareEntity = false;
                return new ArithmeticNode(ArithmeticOp.UnaryMinus, operand, null, op.Span, op.Text);
            }
            default:
                bareEntity = true;
                return ParseEntity();
        }
    }

    // ---- entities ------------------------------------------------------------------------------------

    private SyntaxNode ParseEntity()
    {
        var entity = ParseEntityBase();
        while (Peek().Kind == TokenKind.LBracket)
        {
            Take();
            var ranges = ParseRangeList();
            Reduce(4);
            entity = new SliceNode(entity, ranges, SourceSpan.None);
        }
        return entity;
    }

    private SyntaxNode ParseEntityBase()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.String:
                Take();
                return new StringNode(t.StringValue!, t.Span, t.Text);
            case TokenKind.CharConst:
                Take();
                return new CharConstNode(t.CharValue, t.Span, t.Text);
            case TokenKind.Literal:
                Take();
                return new LiteralNode(t.Text, t.Span, t.Text);
            case TokenKind.Field:
            {
                Take();
                var field = _names.Resolve(t.Text)!;
                var layers = Peek().Kind == TokenKind.Hash ? ParseLayer() : null;
                if (layers is not null)
                    Reduce(2);
                return new FieldRefNode(field, layers, false, t.Span, t.Text);
            }
            case TokenKind.Dollar:
                return ParseReference();
            case TokenKind.Unparsed:
            {
                Take();
                var next = Peek();
                if (next.Kind == TokenKind.LParen)
                    return ParseFunction(t);
                if (next.Kind == TokenKind.Hash)
                {
                    var layers = ParseLayer();
                    Reduce(2);
                    var field = _names.Resolve(t.Text) ?? throw new FilterSyntaxException($"{t.Text} is not a valid field", t.Span);
                    return new FieldRefNode(field, layers, false, t.Span, null);
                }
                return _names.Resolve(t.Text) is { } resolved
                    ? new FieldRefNode(resolved, null, false, t.Span, t.Text)
                    : new LiteralNode(t.Text, t.Span, t.Text);
            }
            default:
                throw Unexpected(t);
        }
    }

    private SyntaxNode ParseReference()
    {
        Take();
        Expect(TokenKind.LBrace);
        var t = Peek();
        if (t.Kind == TokenKind.Field)
        {
            Take();
            var field = _names.Resolve(t.Text)!;
            var layers = Peek().Kind == TokenKind.Hash ? ParseLayer() : null;
            if (layers is not null)
                Reduce(2);
            Expect(TokenKind.RBrace);
            Reduce(4);
            return new FieldRefNode(field, layers, true, t.Span, null);
        }
        if (t.Kind != TokenKind.Unparsed)
            throw Unexpected(t);
        Take();
        if (Peek().Kind == TokenKind.Hash)
        {
            var layers = ParseLayer();
            Reduce(2);
            var layered = _names.Resolve(t.Text) ?? throw new FilterSyntaxException($"{t.Text} is not a valid field", t.Span);
            Expect(TokenKind.RBrace);
            Reduce(4);
            return new FieldRefNode(layered, layers, true, t.Span, null);
        }
        Expect(TokenKind.RBrace);
        Peek();
        Reduce(4);
        var resolved = _names.Resolve(t.Text) ?? throw new FilterSyntaxException($"{t.Text} is not a valid field", t.Span);
        return new FieldRefNode(resolved, null, true, t.Span, null);
    }

    private SyntaxNode ParseFunction(Token name)
    {
        Take(); // (
        var arguments = new List<SyntaxNode>();
        if (Peek().Kind != TokenKind.RParen)
        {
            arguments.Add(ParseArithmetic(out _));
            while (Peek().Kind == TokenKind.Comma)
            {
                Take();
                arguments.Add(ParseArithmetic(out _));
                Reduce(3);
            }
        }
        Expect(TokenKind.RParen);
        Reduce(arguments.Count > 0 ? 4 : 3);
        // The grammar reduces the call (and looks the name up) once the next token has been read.
        Peek();
        var function = FilterFunction.Find(name.Text) ?? throw new FilterSyntaxException($"Function '{name.Text}' does not exist", name.Span);
        return new FunctionNode(function, arguments, name.Span, name.Text);
    }

    /// <summary>"#2" or "#[1-2,4]".</summary>
    private IReadOnlyList<RangeNode> ParseLayer()
    {
        Take(); // #
        var t = Peek();
        if (t.Kind == TokenKind.Integer)
        {
            Take();
            Reduce(2);
            Peek();
            var node = RangeNode.Parse(t.Text, out string? error);
            if (error is not null)
                throw new FilterSyntaxException(error, t.Span);
            return [node];
        }
        if (t.Kind == TokenKind.LBracket)
        {
            Take();
            var ranges = ParseRangeList();
            Reduce(4);
            // The layer is reduced when the token after "]" arrives, before a layered name is looked up.
            Peek();
            return ranges;
        }
        throw Unexpected(t);
    }

    /// <summary>After '[': range nodes separated by commas, then ']'.</summary>
    private List<RangeNode> ParseRangeList()
    {
        var ranges = new List<RangeNode>();
        while (true)
        {
            var t = Expect(TokenKind.RangeNode);
            Peek();
            var node = RangeNode.Parse(t.Text, out string? error);
            if (error is not null)
                throw new FilterSyntaxException(error, t.Span);
            if (ranges.Count > 0)
                Reduce(3);
            ranges.Add(node);
            if (Peek().Kind == TokenKind.Comma)
            {
                Take();
                continue;
            }
            Expect(TokenKind.RBracket);
            return ranges;
        }
    }

    private SetNode ParseSet()
    {
        Expect(TokenKind.LBrace);
        var elements = new List<SetElement>();
        while (true)
        {
            var low = ParseSetEntity();
            SyntaxNode? high = null;
            if (Peek().Kind == TokenKind.DotDot)
            {
                Take();
                high = ParseSetEntity();
                Reduce(3);
            }
            if (elements.Count > 0)
                Reduce(3);
            elements.Add(new SetElement(low, high));
            if (Peek().Kind == TokenKind.Comma)
            {
                Take();
                continue;
            }
            Expect(TokenKind.RBrace);
            Reduce(3);
            return new SetNode(elements, SourceSpan.None);
        }
    }

    private SyntaxNode ParseSetEntity()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Minus)
        {
            Take();
            var operand = ParseEntity();
            Reduce(2);
            return new ArithmeticNode(ArithmeticOp.UnaryMinus, operand, null, t.Span, t.Text);
        }
        if (t.Kind == TokenKind.Plus)
        {
            Take();
            var entity = ParseEntity();
            Reduce(2);
            return entity;
        }
        return ParseEntity();
    }
}
