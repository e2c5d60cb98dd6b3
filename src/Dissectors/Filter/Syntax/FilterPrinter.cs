using System.Globalization;
using System.Text;

namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// Prints a filter tree in one canonical form that parses back to the same tree: symbol operators (==, &amp;&amp;, !),
/// parentheses and braces only where precedence needs them, strings with non-printing bytes as \xNN, slices and
/// layers in bracket form ("[0:3]", "#[2:1]").
/// </summary>
internal static class FilterPrinter
{
    public static string Print(SyntaxNode? node)
    {
        if (node is null)
            return "";
        var sb = new StringBuilder();
        Test(sb, node, 0);
        return sb.ToString();
    }

    private static int LogicalPrecedence(SyntaxNode node) => node switch
    {
        TestNode { Op: TestOp.Or } => 1,
        TestNode { Op: TestOp.And } => 2,
        TestNode { Op: TestOp.Not } => 3,
        _ => 4,
    };

    private static void Test(StringBuilder sb, SyntaxNode node, int context)
    {
        bool parens = LogicalPrecedence(node) < context;
        if (parens)
            sb.Append('(');
        switch (node)
        {
            case TestNode { Op: TestOp.Or or TestOp.And } t:
            {
                // The chain's left spine, walked without recursion (a chain may be very long).
                int p = LogicalPrecedence(t);
                var rights = new List<SyntaxNode>();
                SyntaxNode left = t;
                while (left is TestNode chain && chain.Op == t.Op)
                {
                    rights.Add(chain.Right!);
                    left = chain.Left;
                }
                Test(sb, left, p);
                for (int i = rights.Count - 1; i >= 0; i--)
                {
                    sb.Append(t.Op == TestOp.Or ? " || " : " && ");
                    Test(sb, rights[i], p + 1);
                }
                break;
            }
            case TestNode { Op: TestOp.Not, Left: TestNode { Op: TestOp.In, Quantifier: MatchQuantifier.Default } inner } t:
                Quantifier(sb, t.Quantifier);
                Arithmetic(sb, inner.Left, 0);
                sb.Append(" not in ");
                Set(sb, (SetNode)inner.Right!);
                break;
            case TestNode { Op: TestOp.Not } t:
                sb.Append('!');
                Test(sb, t.Left, 3);
                break;
            case TestNode t:
                Quantifier(sb, t.Quantifier);
                Arithmetic(sb, t.Left, 0);
                sb.Append(' ').Append(Operator(t.Op)).Append(' ');
                if (t.Op == TestOp.In)
                    Set(sb, (SetNode)t.Right!);
                else
                    Arithmetic(sb, t.Right!, 0);
                break;
            default:
                Arithmetic(sb, node, 0);
                break;
        }
        if (parens)
            sb.Append(')');
    }

    private static void Quantifier(StringBuilder sb, MatchQuantifier q)
    {
        if (q == MatchQuantifier.Any)
            sb.Append("any ");
        else if (q == MatchQuantifier.All)
            sb.Append("all ");
    }

    private static string Operator(TestOp op) => op switch
    {
        TestOp.AllEq => "===",
        TestOp.AnyEq => "==",
        TestOp.AllNe => "!=",
        TestOp.AnyNe => "!==",
        TestOp.Gt => ">",
        TestOp.Ge => ">=",
        TestOp.Lt => "<",
        TestOp.Le => "<=",
        TestOp.Contains => "contains",
        TestOp.Matches => "matches",
        _ => "in",
    };

    private static int ArithmeticPrecedence(SyntaxNode node) => node switch
    {
        ArithmeticNode { Op: ArithmeticOp.BitwiseAnd } => 1,
        ArithmeticNode { Op: ArithmeticOp.Add or ArithmeticOp.Subtract } => 2,
        ArithmeticNode { Op: ArithmeticOp.Multiply or ArithmeticOp.Divide or ArithmeticOp.Modulo } => 3,
        _ => 4,
    };

    private static void Arithmetic(StringBuilder sb, SyntaxNode node, int context)
    {
        if (node is not ArithmeticNode a)
        {
            Entity(sb, node);
            return;
        }
        if (a.Op == ArithmeticOp.UnaryMinus)
        {
            sb.Append('-');
            Entity(sb, a.Left);
            return;
        }
        int p = ArithmeticPrecedence(a);
        bool braces = p < context;
        if (braces)
            sb.Append("{");
        Arithmetic(sb, a.Left, p);
        sb.Append(' ').Append(a.Op switch
        {
            ArithmeticOp.BitwiseAnd => "&",
            ArithmeticOp.Add => "+",
            ArithmeticOp.Subtract => "-",
            ArithmeticOp.Multiply => "*",
            ArithmeticOp.Divide => "/",
            _ => "%",
        }).Append(' ');
        Arithmetic(sb, a.Right!, p + 1);
        if (braces)
            sb.Append('}');
    }

    private static void Set(StringBuilder sb, SetNode set)
    {
        sb.Append('{');
        for (int i = 0; i < set.Elements.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            var e = set.Elements[i];
            Arithmetic(sb, e.Low, 4);
            if (e.High is not null)
            {
                sb.Append(" .. ");
                Arithmetic(sb, e.High, 4);
            }
        }
        sb.Append('}');
    }

    private static void Entity(StringBuilder sb, SyntaxNode node)
    {
        switch (node)
        {
            case FieldRefNode { IsReference: true } f:
                sb.Append("${").Append(f.Field.Abbrev);
                Layers(sb, f.Layers);
                sb.Append('}');
                break;
            case FieldRefNode f:
                sb.Append(f.Field.Abbrev);
                Layers(sb, f.Layers);
                break;
            case StringNode s:
                sb.Append(QuotedString(s.Value));
                break;
            case CharConstNode c:
                sb.Append(CharConst(c.Value));
                break;
            case LiteralNode l:
                sb.Append(l.Text);
                break;
            case SliceNode slice:
                Entity(sb, slice.Entity);
                sb.Append('[').Append(string.Join(",", slice.Ranges)).Append(']');
                break;
            case FunctionNode fn:
                sb.Append(fn.Function.Name).Append('(');
                for (int i = 0; i < fn.Arguments.Count; i++)
                {
                    if (i > 0)
                        sb.Append(", ");
                    Arithmetic(sb, fn.Arguments[i], 0);
                }
                sb.Append(')');
                break;
            default:
                // Only tests and arithmetic reach here when a tree is not of the grammar's shape.
                sb.Append("{");
                Arithmetic(sb, node, 0);
                sb.Append('}');
                break;
        }
    }

    private static void Layers(StringBuilder sb, IReadOnlyList<RangeNode>? layers)
    {
        if (layers is not null)
            sb.Append("#[").Append(string.Join(",", layers)).Append(']');
    }

    /// <summary>A string literal that scans back to exactly <paramref name="value"/>.</summary>
    public static string QuotedString(ReadOnlySpan<byte> value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (byte b in value)
        {
            if (b == '"' || b == '\\')
                sb.Append('\\').Append((char)b);
            else if (b is >= 0x20 and < 0x7f)
                sb.Append((char)b);
            else
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A character constant that scans back to <paramref name="value"/> ('\n' is refused by 4.0, so hex is used).</summary>
    public static string CharConst(ulong value)
    {
        if (value is >= 0x20 and < 0x7f)
            return value is '\'' or '\\' ? $"'\\{(char)value}'" : $"'{(char)value}'";
        if (value <= 0xff)
            return $"'\\x{value:x2}'";
        return value <= 0xffff ? $"'\\u{value:x4}'" : $"'\\U{value:x8}'";
    }
}
