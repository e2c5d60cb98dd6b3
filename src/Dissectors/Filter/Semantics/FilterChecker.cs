using System.Globalization;
using Sniffer.Dissectors.Filter.Evaluation;
using Sniffer.Dissectors.Filter.Syntax;
using Sniffer.Dissectors.Filter.Types;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Filter.Semantics;

/// <summary>
/// The semantic check and code generation of Wireshark 4.0 (epan/dfilter/semcheck.c and gencode.c) in one pass:
/// every name is a field or a protocol, types are compatible, literals become values of the type of the field
/// they meet (or one of its value names), and the tree becomes compiled <see cref="TestExpr"/>s. Checks run in
/// tshark's order and fail with tshark's messages at the node tshark points at.
/// </summary>
internal sealed class FilterChecker
{
    private readonly EvalContext _ctx;
    private readonly HashSet<FieldDef> _referenced = new();
    private readonly List<FieldMatcher> _matchers = new();

    public FilterChecker(EvalContext ctx) => _ctx = ctx;

    /// <summary>Sniffer fields the compiled filter reads.</summary>
    public IReadOnlyCollection<FieldDef> Referenced => _referenced;

    /// <summary>Whether a layer range ("#2") is used: the protocols above referenced fields are needed to count layers.</summary>
    public bool UsesLayers { get; private set; }

    /// <summary>Whether a protocol's bytes are searched (contains/matches): the IP length bounds them.</summary>
    public bool SearchesProtocols { get; private set; }

    public IReadOnlyList<FieldMatcher> Matchers => _matchers;

    public TestExpr Check(SyntaxNode root) => Semcheck(root);

    private static FilterSyntaxException Fail(SyntaxNode node, string message) => new(message, node.Span);

    private static string Pretty(FtKind kind) => FtInfo.Of(kind).PrettyName;

    private static string Name(FtKind kind) => FtInfo.Of(kind).Name;

    private static bool Can(FtKind kind, FtOps op) => FtInfo.Of(kind).Can(op);

    // ---- tests ----------------------------------------------------------------------------------

    /// <summary>How deeply checks nest now; past <see cref="MaxNesting"/> the filter is refused rather than risk the stack.</summary>
    private int _nesting;

    /// <summary>
    /// Deeper than tshark's own parser stack allows for anything but left-leaning chains (long "a + b + c …" or
    /// "x[0][0]…"), which tshark takes and which are refused here past this depth.
    /// </summary>
    public const int MaxNesting = 1000;

    private void Enter(SyntaxNode node)
    {
        if (++_nesting > MaxNesting)
            throw new FilterSyntaxException($"The filter nests more than {MaxNesting} expressions deep.", SourceSpan.None);
    }

    private TestExpr Semcheck(SyntaxNode node)
    {
        Enter(node);
        try
        {
            return SemcheckNode(node);
        }
        finally
        {
            _nesting--;
        }
    }

    private TestExpr SemcheckNode(SyntaxNode node)
    {
        switch (node)
        {
            case TestNode test:
                return CheckTest(test);
            case ArithmeticNode arithmetic:
                return new NotZeroExpr(CheckArithmeticExpr(arithmetic, FtKind.None).Value);
            case SliceNode slice:
                return new NotZeroExpr(new LengthValues(CheckSliceSanity(slice, FtKind.None)));
            case FieldRefNode { IsReference: false } field:
                return new ExistsExpr(Matcher(field));
            case FunctionNode:
                throw Fail(node, "You cannot test whether a function is present.");
            default:
                throw Fail(node, $"{node.Display} is neither a field nor a protocol name.");
        }
    }

    private TestExpr CheckTest(TestNode t)
    {
        switch (t.Op)
        {
            case TestOp.Not:
                return new NotExpr(Semcheck(t.Left));
            case TestOp.And:
            case TestOp.Or:
            {
                // A chain "a && b && c" is nested to the left; it is checked left to right and compiled flat, so
                // however long it is, neither checking nor testing a frame recurses along it.
                var operands = new List<SyntaxNode>();
                SyntaxNode node = t;
                while (node is TestNode chain && chain.Op == t.Op)
                {
                    operands.Add(chain.Right!);
                    node = chain.Left;
                }
                operands.Add(node);
                operands.Reverse();
                var tests = new TestExpr[operands.Count];
                for (int i = 0; i < tests.Length; i++)
                    tests[i] = Semcheck(operands[i]);
                return t.Op == TestOp.And ? new AllOfExpr(tests) : new AnyOfExpr(tests);
            }
            case TestOp.AllEq:
            case TestOp.AnyEq:
            case TestOp.AllNe:
            case TestOp.AnyNe:
            {
                var (left, right) = CheckRelation(t, t.Op, FtOps.Compare, false);
                return new RelationExpr(t.Op, IsAll(t), left, right);
            }
            case TestOp.Gt:
            case TestOp.Ge:
            case TestOp.Lt:
            case TestOp.Le:
            {
                var (left, right) = CheckRelation(t, t.Op, FtOps.Compare, false);
                return new RelationExpr(t.Op, IsAll(t), left, right);
            }
            case TestOp.Contains:
                return CheckContains(t);
            case TestOp.Matches:
                return CheckMatches(t);
            default:
                return CheckIn(t);
        }
    }

    /// <summary>gencode's select_opcode: "any"/"all" override; otherwise === and != test all values, the rest any.</summary>
    private static bool IsAll(TestNode t) => t.Quantifier switch
    {
        MatchQuantifier.All => true,
        MatchQuantifier.Any => false,
        _ => t.Op is TestOp.AllEq or TestOp.AllNe,
    };

    private (ValueExpr Left, ValueExpr Right) CheckRelation(TestNode node, TestOp op, FtOps can, bool partial)
    {
        var arg1 = node.Left;
        var arg2 = node.Right!;
        return arg1 switch
        {
            FieldRefNode field => LhsField(node, can, partial, field, arg2),
            SliceNode slice => LhsSlice(can, partial, slice, arg2),
            FunctionNode function => LhsFunction(node, can, partial, function, arg2),
            ArithmeticNode arithmetic => LhsArithmetic(node, op, can, partial, arithmetic, arg2),
            _ => throw Fail(arg1, $"Left side of \"{node.Display}\" expression must be a field or function, not {arg1.Display}."),
        };
    }

    private TestExpr CheckContains(TestNode t)
    {
        var arg1 = t.Left;
        var arg2 = t.Right!;
        var (left, right) = arg1 switch
        {
            FieldRefNode field => LhsField(t, FtOps.Contains, true, field, arg2),
            FunctionNode function => LhsFunction(t, FtOps.Contains, true, function, arg2),
            SliceNode slice => LhsSlice(FtOps.Contains, true, slice, arg2),
            _ => throw Fail(arg1, $"Left side of {t.Display} expression must be a field or function, not {arg1.Display}."),
        };
        if (arg1 is FieldRefNode { Field.Type: FtKind.Protocol } || arg1 is FunctionNode)
            SearchesProtocols = true;
        return new RelationExpr(TestOp.Contains, IsAll(t), left, right);
    }

    private TestExpr CheckMatches(TestNode t)
    {
        var arg1 = t.Left;
        var arg2 = t.Right!;
        if (arg2 is not StringNode pattern)
            throw Fail(arg2, "Matches requires a double quoted string on the right side.");
        var regex = ByteRegex.TryCreate(pattern.Value, out string? error)
            ?? throw new FilterSyntaxException($"Regex compilation error: {error}.", SourceSpan.None);
        ValueExpr left = arg1 switch
        {
            FieldRefNode field => LhsField(t, FtOps.Matches, true, field, null).Left,
            FunctionNode function => LhsFunction(t, FtOps.Matches, true, function, null).Left,
            SliceNode slice => LhsSlice(FtOps.Matches, true, slice, null).Left,
            _ => throw Fail(arg1, $"Left side of {t.Display} expression must be a field or function, not {arg1.Display}."),
        };
        if (arg1 is FieldRefNode { Field.Type: FtKind.Protocol })
            SearchesProtocols = true;
        return new MatchesExpr(left, regex, IsAll(t));
    }

    private TestExpr CheckIn(TestNode t)
    {
        if (t.Left is not FieldRefNode { IsReference: false } field)
            throw Fail(t.Left, "Only a field may be tested for membership in a set.");
        var set = (SetNode)t.Right!;
        var elements = new List<InElement>();
        foreach (var element in set.Elements)
        {
            if (element.Low is SliceNode)
                throw Fail(element.Low, "A slice may not appear inside a set.");
            if (element.High is not null)
            {
                if (element.High is SliceNode)
                    throw Fail(element.High, "A slice may not appear inside a set.");
                var low = LhsField(t, FtOps.Compare, false, field, element.Low).Right;
                var high = LhsField(t, FtOps.Compare, false, field, element.High).Right;
                elements.Add(new InElement(low, high));
            }
            else
            {
                elements.Add(new InElement(LhsField(t, FtOps.Compare, false, field, element.Low).Right, null));
            }
        }
        return new InExpr(FieldExpr(field), elements, t.Quantifier == MatchQuantifier.All);
    }

    // ---- the left-hand sides (check_relation_LHS_*) ---------------------------------------------------

    /// <param name="arg2">The right side, or null when it is a compiled regex.</param>
    private (ValueExpr Left, ValueExpr Right) LhsField(TestNode node, FtOps can, bool partial, FieldRefNode arg1, SyntaxNode? arg2)
    {
        var field1 = arg1.Field;
        var type1 = field1.Type;
        if (!Can(type1, can))
            throw Fail(arg1, $"{field1.Abbrev} (type={Pretty(type1)}) cannot participate in {node.Display} comparison.");
        ValueExpr left = FieldExpr(arg1);
        ValueExpr right;
        switch (arg2)
        {
            case null:
                return (left, left);
            case FieldRefNode field2:
            {
                var type2 = field2.Field.Type;
                if (!Compatible(type1, type2))
                    throw Fail(arg2, $"{field1.Abbrev} and {arg2.Display} are not of compatible types.");
                if (!Can(type2, can))
                    throw Fail(arg2, $"{arg2.Display} (type={Pretty(type2)}) cannot participate in specified comparison.");
                right = FieldExpr(field2);
                break;
            }
            case StringNode s:
            {
                // check_relation_LHS_FIELD's walk: a quoted string is read as the name's first registration.
                var quoted = field1.QuotedAs ?? field1;
                right = new ConstantValue(FromString(quoted.Type, s, quoted));
                break;
            }
            case LiteralNode l:
                right = new ConstantValue(FromLiteral(type1, l, partial, field1));
                break;
            case CharConstNode c:
                right = new ConstantValue(FromCharConst(type1, c));
                break;
            case SliceNode slice:
                right = CheckSliceSanity(slice, type1);
                if (!FtInfo.Of(type1).IsBytesType)
                {
                    if (!Can(type1, FtOps.Slice))
                        throw Fail(arg1, $"\"{field1.Abbrev}\" is a {Pretty(type1)} and cannot be converted into a sequence of bytes.");
                    left = new SliceValues(left, SliceValues.Whole);
                }
                break;
            case FunctionNode function:
            {
                var (type2, value) = CheckFunction(function, type1);
                if (!Compatible(type1, type2))
                    throw Fail(arg2, $"{field1.Abbrev} (type={Pretty(type1)}) and return value of {function.Function.Name}() (type={Pretty(type2)}) are not of compatible types.");
                if (!Can(type2, can))
                    throw Fail(arg2, $"return value of {function.Function.Name}() (type={Pretty(type2)}) cannot participate in specified comparison.");
                right = value;
                break;
            }
            case ArithmeticNode arithmetic:
            {
                var (type2, value) = CheckArithmeticExpr(arithmetic, type1);
                if (!Compatible(type1, type2))
                    throw Fail(arg2, $"{arg1.Display} and {arg2.Display} are not of compatible types.");
                if (!Can(type2, can))
                    throw Fail(arg2, $"{arg2.Display} (type={Pretty(type2)}) cannot participate in specified comparison.");
                right = value;
                break;
            }
            default:
                throw Fail(arg2, $"\"{arg2.Display}\" was unexpected in this context.");
        }
        return (left, right);
    }

    private (ValueExpr Left, ValueExpr Right) LhsSlice(FtOps can, bool partial, SliceNode arg1, SyntaxNode? arg2)
    {
        ValueExpr left = CheckSliceSanity(arg1, FtKind.None);
        ValueExpr right;
        switch (arg2)
        {
            case null:
                return (left, left);
            case FieldRefNode field2:
            {
                var type2 = field2.Field.Type;
                right = FieldExpr(field2);
                if (!FtInfo.Of(type2).IsBytesType)
                {
                    if (!Can(type2, FtOps.Slice))
                        throw Fail(arg2, $"\"{arg2.Display}\" is a {Pretty(type2)} and cannot be converted into a sequence of bytes.");
                    right = new SliceValues(right, SliceValues.Whole);
                }
                break;
            }
            case StringNode s:
                right = new ConstantValue(FromString(FtKind.Bytes, s, null));
                break;
            case LiteralNode l:
                right = new ConstantValue(FromLiteral(FtKind.Bytes, l, partial, null));
                break;
            case CharConstNode c:
                right = new ConstantValue(FromCharConst(FtKind.Bytes, c));
                break;
            case SliceNode slice:
                right = CheckSliceSanity(slice, FtKind.Bytes);
                break;
            case FunctionNode function:
            {
                var (type2, value) = CheckFunction(function, FtKind.Bytes);
                right = value;
                if (!FtInfo.Of(type2).IsBytesType)
                {
                    if (!Can(type2, FtOps.Slice))
                        throw Fail(arg2, $"Return value of function \"{function.Function.Name}\" is a {Pretty(type2)} and cannot be converted into a sequence of bytes.");
                    right = new SliceValues(right, SliceValues.Whole);
                }
                break;
            }
            case ArithmeticNode arithmetic:
            {
                var (type2, value) = CheckArithmeticExpr(arithmetic, FtKind.Bytes);
                if (!Compatible(FtKind.Bytes, type2))
                    throw Fail(arg2, $"{arg1.Display} and {arg2.Display} are not of compatible types.");
                if (!Can(type2, can))
                    throw Fail(arg2, $"{arg2.Display} (type={Pretty(type2)}) cannot participate in specified comparison.");
                right = value;
                break;
            }
            default:
                throw Fail(arg2, $"\"{arg2.Display}\" was unexpected in this context.");
        }
        return (left, right);
    }

    private (ValueExpr Left, ValueExpr Right) LhsFunction(TestNode node, FtOps can, bool partial, FunctionNode arg1, SyntaxNode? arg2)
    {
        var (type1, left) = CheckFunction(arg1, FtKind.None);
        string name1 = arg1.Function.Name;
        if (!Can(type1, can))
            throw Fail(arg1, $"Function {name1} (type={Pretty(type1)}) cannot participate in {node.Display} comparison.");
        ValueExpr right;
        switch (arg2)
        {
            case null:
                return (left, left);
            case FieldRefNode field2:
            {
                var type2 = field2.Field.Type;
                if (!Compatible(type1, type2))
                {
                    // 4.0 names the field by its display name here (it reads the field as if it were a function).
                    string shown = field2.Field.Definition?.Name ?? field2.Field.Abbrev;
                    throw Fail(arg2, $"Function {shown} and {arg2.Display} are not of compatible types.");
                }
                if (!Can(type2, can))
                    throw Fail(arg2, $"{arg2.Display} (type={Pretty(type2)}) cannot participate in specified comparison.");
                right = FieldExpr(field2);
                break;
            }
            case StringNode s:
                right = new ConstantValue(FromString(type1, s, null));
                break;
            case LiteralNode l:
                right = new ConstantValue(FromLiteral(type1, l, partial, null));
                break;
            case CharConstNode c:
                right = new ConstantValue(FromCharConst(type1, c));
                break;
            case SliceNode slice:
                right = CheckSliceSanity(slice, type1);
                if (!FtInfo.Of(type1).IsBytesType)
                {
                    if (!Can(type1, FtOps.Slice))
                        throw Fail(arg1, $"Function \"{name1}\" is a {Pretty(type1)} and cannot be converted into a sequence of bytes.");
                    left = new SliceValues(left, SliceValues.Whole);
                }
                break;
            case FunctionNode function:
            {
                var (type2, value) = CheckFunction(function, type1);
                if (!Compatible(type1, type2))
                    throw Fail(arg2, $"Return values of function {name1} (type={Pretty(type1)}) and function {name1} (type={Pretty(type2)}) are not of compatible types.");
                if (!Can(type2, can))
                    throw Fail(arg2, $"Return value of {function.Function.Name} (type={Pretty(type2)}) cannot participate in specified comparison.");
                right = value;
                break;
            }
            case ArithmeticNode arithmetic:
            {
                var (type2, value) = CheckArithmeticExpr(arithmetic, type1);
                if (!Compatible(type1, type2))
                    throw Fail(arg2, $"{arg1.Display} and {arg2.Display} are not of compatible types.");
                if (!Can(type2, can))
                    throw Fail(arg2, $"{arg2.Display} (type={Pretty(type2)}) cannot participate in specified comparison.");
                right = value;
                break;
            }
            default:
                throw Fail(arg2, $"\"{arg2.Display}\" was unexpected in this context.");
        }
        return (left, right);
    }

    /// <summary>
    /// An arithmetic left side: checked as a whole, then its first operand is checked against the right side (so
    /// a literal on the right takes the type of that first operand), as check_relation_LHS_ARITHMETIC does.
    /// </summary>
    private (ValueExpr Left, ValueExpr Right) LhsArithmetic(TestNode node, TestOp op, FtOps can, bool partial, ArithmeticNode arg1, SyntaxNode arg2)
    {
        var (_, left) = CheckArithmeticExpr(arg1, FtKind.None);
        var entity = arg1.Left;
        var (_, right) = entity switch
        {
            FieldRefNode field => LhsField(node, can, partial, field, arg2),
            FunctionNode function => LhsFunction(node, can, partial, function, arg2),
            SliceNode slice => LhsSlice(can, partial, slice, arg2),
            ArithmeticNode inner => LhsArithmetic(node, op, can, partial, inner, arg2),
            _ => throw Fail(entity, $"Left side of \"{node.Display}\" expression must be a field or function, not {entity.Display}."),
        };
        return (left, right);
    }

    // ---- entities ---------------------------------------------------------------------------------

    private FieldMatcher Matcher(FieldRefNode node)
    {
        var matcher = new FieldMatcher(node.Field, node.Layers);
        _matchers.Add(matcher);
        if (node.Field.Definition is { } def)
            _referenced.Add(def);
        if (node.Layers is not null)
            UsesLayers = true;
        return matcher;
    }

    private ValueExpr FieldExpr(FieldRefNode node) =>
        node.IsReference ? new ReferenceValues() : new FieldValues(Matcher(node));

    private ValueExpr CheckSliceSanity(SliceNode slice, FtKind lhs)
    {
        Enter(slice);
        try
        {
            return CheckSlice(slice, lhs);
        }
        finally
        {
            _nesting--;
        }
    }

    private ValueExpr CheckSlice(SliceNode slice, FtKind lhs)
    {
        var entity = slice.Entity;
        ValueExpr inner;
        switch (entity)
        {
            case FieldRefNode { IsReference: false } field:
                if (!Can(field.Field.Type, FtOps.Slice))
                    throw Fail(entity, $"\"{field.Field.Abbrev}\" is a {Pretty(field.Field.Type)} and cannot be sliced into a sequence of bytes.");
                inner = FieldExpr(field);
                break;
            case FunctionNode function:
            {
                var (type, value) = CheckFunction(function, lhs);
                if (!Can(type, FtOps.Slice))
                    throw Fail(entity, $"Return value of function \"{function.Function.Name}\" is a {Pretty(type)} and cannot be converted into a sequence of bytes.");
                inner = value;
                break;
            }
            case SliceNode innerSlice:
                inner = CheckSliceSanity(innerSlice, lhs);
                break;
            default:
                throw Fail(entity, $"Range is not supported for entity {entity.Display}");
        }
        return new SliceValues(inner, slice.Ranges);
    }

    private (FtKind Type, ValueExpr Value) CheckArithmeticExpr(SyntaxNode node, FtKind lhs)
    {
        Enter(node);
        try
        {
            return CheckArithmeticNode(node, lhs);
        }
        finally
        {
            _nesting--;
        }
    }

    private (FtKind Type, ValueExpr Value) CheckArithmeticNode(SyntaxNode node, FtKind lhs)
    {
        if (node is not ArithmeticNode a)
            return CheckArithmeticEntity(node, lhs);
        if (lhs == FtKind.None && IsConstant(a.Left))
            throw Fail(a.Left, "Constant arithmetic expression on the LHS is invalid.");
        if (a.Op == ArithmeticOp.UnaryMinus)
        {
            var (type1, value1) = CheckArithmeticEntity(a.Left, lhs);
            if (!Can(type1, FtOps.UnaryMinus))
                throw Fail(a.Left, $"{Name(type1)} cannot {a.Display}.");
            if (value1 is ConstantValue constant)
            {
                if (!ValueOps.UnaryMinus(constant.Value, out var negated))
                {
                    string reason = FtInfo.Of(constant.Value.Type).Storage == FtStorage.Unsigned32
                        ? $"{(uint)constant.Value.Bits} overflows gint32"
                        : $"{constant.Value.Bits} overflows gint64";
                    throw Fail(a.Left, $"{a.Left.Display}: {reason}");
                }
                return (type1, new ConstantValue(negated));
            }
            return (type1, new UnaryMinusValues(value1));
        }
        var op = a.Op switch
        {
            ArithmeticOp.Add => FtOps.Add,
            ArithmeticOp.Subtract => FtOps.Subtract,
            ArithmeticOp.Multiply => FtOps.Multiply,
            ArithmeticOp.Divide => FtOps.Divide,
            ArithmeticOp.Modulo => FtOps.Modulo,
            _ => FtOps.BitwiseAnd,
        };
        var (t1, v1) = CheckArithmeticExpr(a.Left, lhs);
        if (!Can(t1, op))
            throw Fail(a.Left, $"{Name(t1)} cannot {a.Display}.");
        var (t2, v2) = CheckArithmeticExpr(a.Right!, t1);
        if (!Can(t2, op))
            throw Fail(a.Right!, $"{Name(t2)} cannot {a.Display}.");
        if (!Compatible(t1, t2))
            throw Fail(a.Right!, $"{a.Left.Display} and {a.Right!.Display} are not type compatible.");
        return (t1, new ArithmeticValues(a.Op, v1, v2));
    }

    private (FtKind Type, ValueExpr Value) CheckArithmeticEntity(SyntaxNode node, FtKind lhs)
    {
        switch (node)
        {
            case LiteralNode literal:
            {
                if (lhs == FtKind.None)
                    throw Fail(node, "Constant arithmetic expression on the LHS is invalid.");
                var v = FromLiteral(lhs, literal, false, null);
                return (v.Type, new ConstantValue(v));
            }
            case FieldRefNode field:
                return (field.Field.Type, FieldExpr(field));
            case FunctionNode function:
                return CheckFunction(function, lhs);
            case SliceNode slice:
                return (FtKind.Bytes, CheckSliceSanity(slice, lhs));
            default:
                throw Fail(node, $"{node.Display} is not a valid arithmetic operand.");
        }
    }

    private static bool IsConstant(SyntaxNode node) => node is CharConstNode or StringNode or LiteralNode;

    // ---- functions --------------------------------------------------------------------------------

    private (FtKind Type, ValueExpr Value) CheckFunction(FunctionNode node, FtKind lhs)
    {
        var f = node.Function;
        int count = node.Arguments.Count;
        if (count < f.MinArguments)
            throw Fail(node, $"Function {f.Name} needs at least {f.MinArguments} arguments.");
        if (f.MaxArguments > 0 && count > f.MaxArguments)
            throw Fail(node, $"Function {f.Name} can only accept {f.MaxArguments} arguments.");
        var p = node.Arguments[0];
        if (f == FilterFunction.Lower || f == FilterFunction.Upper)
        {
            if (p is FieldRefNode { IsReference: false } field && FtInfo.Of(field.Field.Type).IsString)
                return (FtKind.String, new FunctionValues(f, [FieldExpr(field)]));
            throw Fail(p, $"Only string type fields can be used as parameter for {f.Name}()");
        }
        if (f == FilterFunction.Len || f == FilterFunction.Count)
        {
            if (p is FieldRefNode { IsReference: false } field)
            {
                var value = FieldExpr(field);
                return (FtKind.UInt32, f == FilterFunction.Len ? new LengthValues(value) : new FunctionValues(f, [value]));
            }
            throw Fail(p, $"Only fields can be used as parameter for {f.Name}()");
        }
        if (f == FilterFunction.String)
        {
            if (p is FieldRefNode { IsReference: false } field)
            {
                if (!Stringable(field.Field.Type))
                    throw Fail(p, $"String conversion for field \"{field.Field.Abbrev}\" is not supported");
                return (FtKind.String, new FunctionValues(f, [FieldExpr(field)]));
            }
            throw Fail(p, $"Only fields can be used as parameter for {f.Name}()");
        }
        if (f == FilterFunction.Abs)
            return CheckAbs(node, lhs);
        return CheckCompare(node, lhs);
    }

    private static bool Stringable(FtKind type) => type is FtKind.UInt8 or FtKind.UInt16 or FtKind.UInt24 or FtKind.UInt32
        or FtKind.UInt40 or FtKind.UInt48 or FtKind.UInt56 or FtKind.UInt64 or FtKind.Int8 or FtKind.Int16 or FtKind.Int32
        or FtKind.Int40 or FtKind.Int48 or FtKind.Int56 or FtKind.Int64 or FtKind.Ipv4 or FtKind.Ipv6 or FtKind.Float
        or FtKind.Double or FtKind.Ether or FtKind.FrameNum or FtKind.Ax25 or FtKind.IpxNet or FtKind.Guid or FtKind.Oid
        or FtKind.Eui64 or FtKind.Vines or FtKind.RelOid or FtKind.SystemId or FtKind.FcWwn or FtKind.Ieee11073SFloat
        or FtKind.Ieee11073Float;

    /// <summary>max() and min(): every argument of one type that can be ordered.</summary>
    private (FtKind Type, ValueExpr Value) CheckCompare(FunctionNode node, FtKind lhs)
    {
        var f = node.Function;
        var values = new List<ValueExpr>();
        var first = node.Arguments[0];
        FtKind type;
        switch (first)
        {
            case ArithmeticNode a:
            {
                var (t, v) = CheckArithmeticExpr(a, lhs);
                type = t;
                values.Add(v);
                break;
            }
            case LiteralNode l when lhs != FtKind.None:
            {
                var v = FromLiteral(lhs, l, false, null);
                type = v.Type;
                values.Add(new ConstantValue(v));
                break;
            }
            case FunctionNode fn:
            {
                var (t, v) = CheckFunction(fn, lhs);
                type = t;
                values.Add(v);
                break;
            }
            case FieldRefNode field:
                type = field.Field.Type;
                values.Add(FieldExpr(field));
                break;
            default:
                throw Fail(first, $"Argument '{first.Display}' is not valid for {f.Name}()");
        }
        for (int i = 1; i < node.Arguments.Count; i++)
        {
            var arg = node.Arguments[i];
            FtKind argType;
            switch (arg)
            {
                case ArithmeticNode a:
                {
                    var (t, v) = CheckArithmeticExpr(a, type);
                    argType = t;
                    values.Add(v);
                    break;
                }
                case LiteralNode l when type != FtKind.None:
                {
                    var v = FromLiteral(type, l, false, null);
                    argType = v.Type;
                    values.Add(new ConstantValue(v));
                    break;
                }
                case FunctionNode fn:
                {
                    var (t, v) = CheckFunction(fn, type);
                    argType = t;
                    values.Add(v);
                    break;
                }
                case FieldRefNode field:
                    argType = field.Field.Type;
                    values.Add(FieldExpr(field));
                    break;
                default:
                    throw Fail(arg, $"Argument '{arg.Display}' is not valid for {f.Name}()");
            }
            if (type == FtKind.None)
                type = argType;
            if (argType != type)
                throw Fail(arg, $"Arguments to '{f.Name}' must have the same type (expected {Name(type)}, got {Name(argType)})");
            if (!Can(argType, FtOps.Compare))
                throw Fail(arg, $"Argument '{arg.Display}' to '{f.Name}' cannot be ordered");
        }
        return (type, new FunctionValues(f, values));
    }

    private (FtKind Type, ValueExpr Value) CheckAbs(FunctionNode node, FtKind lhs)
    {
        var f = node.Function;
        var p = node.Arguments[0];
        FtKind type;
        ValueExpr? value = null;
        switch (p)
        {
            case ArithmeticNode a:
                (type, value) = CheckArithmeticExpr(a, lhs);
                break;
            case LiteralNode l:
            {
                if (lhs == FtKind.None)
                    throw Fail(p, "Need a field or field-like value on the LHS.");
                var v = FromLiteral(lhs, l, false, null);
                type = v.Type;
                value = new ConstantValue(v);
                break;
            }
            case FunctionNode fn:
                (type, value) = CheckFunction(fn, lhs);
                break;
            case FieldRefNode { IsReference: false } field:
                type = field.Field.Type;
                value = FieldExpr(field);
                break;
            default:
                type = FtKind.None;
                break;
        }
        if (type == FtKind.None)
            throw Fail(p, $"Type {SyntaxTypeName(p)} is not valid for {f.Name}");
        if (!Can(type, FtOps.IsNegative))
            throw Fail(p, $"'{p.Display}' is not a valid argument to '{f.Name}'()");
        return (type, new FunctionValues(f, [value!]));
    }

    private static string SyntaxTypeName(SyntaxNode node) => node switch
    {
        FieldRefNode { IsReference: true } => "REFERENCE",
        FieldRefNode => "FIELD",
        StringNode => "STRING",
        CharConstNode => "CHARCONST",
        LiteralNode => "LITERAL",
        SliceNode => "SLICE",
        FunctionNode => "FUNCTION",
        ArithmeticNode => "ARITHMETIC",
        SetNode => "SET",
        _ => "TEST",
    };

    // ---- constants --------------------------------------------------------------------------------

    private FValue FromLiteral(FtKind type, LiteralNode node, bool partial, FilterField? withNames)
    {
        if (FtLiteral.FromLiteral(type, node.Text, partial, _ctx, out var value, out string? error))
            return value;
        if (withNames is not null && FromValueNames(withNames, node.Text, ref error) is { } named)
            return named;
        throw Fail(node, error ?? $"\"{node.Text}\" cannot be converted to {Pretty(type)}.");
    }

    private FValue FromString(FtKind type, StringNode node, FilterField? withNames)
    {
        if (FtLiteral.FromString(type, node.Value, _ctx, out var value, out string? error))
            return value;
        if (withNames is not null && FromValueNames(withNames, FtLiteral.Display(node.Value), ref error) is { } named)
            return named;
        throw Fail(node, error ?? "");
    }

    private FValue FromCharConst(FtKind type, CharConstNode node)
    {
        if (FtLiteral.FromCharConst(type, node.Value, _ctx, out var value, out string? error))
            return value;
        throw Fail(node, error ?? "");
    }

    /// <summary>
    /// mk_fvalue_from_val_string: a value written by name. Booleans always take their true/false strings; integer
    /// fields take their value names; other types keep the literal's own error.
    /// </summary>
    private static FValue? FromValueNames(FilterField field, string s, ref string? error)
    {
        var storage = FtInfo.Of(field.Type).Storage;
        if (field.Type == FtKind.FrameNum || storage is not (FtStorage.Boolean or FtStorage.Unsigned32 or FtStorage.Unsigned64
            or FtStorage.Signed32 or FtStorage.Signed64) || field.Type is FtKind.IpxNet or FtKind.Eui64)
            return null;
        var strings = field.Strings;
        if (field.Type == FtKind.Boolean)
        {
            var tf = strings is { Kind: FieldStringsKind.TrueFalse } ? strings : FieldStrings.DefaultBoolean;
            if (AsciiCaseInsensitive.Instance.Equals(s, tf.TrueString!))
                return FValue.Unsigned(FtKind.UInt64, 1);
            if (AsciiCaseInsensitive.Instance.Equals(s, tf.FalseString!))
                return FValue.Unsigned(FtKind.UInt64, 0);
            error = $"\"{s}\" cannot be found among the possible values for {field.Abbrev}.";
            return null;
        }
        if (strings is null || strings.Kind == FieldStringsKind.TrueFalse)
        {
            error ??= $"{field.Abbrev} cannot accept strings as values.";
            return null;
        }
        switch (strings.Kind)
        {
            case FieldStringsKind.Ranges:
                error = $"\"{field.Abbrev}\" cannot accept [range] strings as values.";
                return null;
            case FieldStringsKind.Custom:
                error = $"\"{field.Abbrev}\" cannot accept [custom] strings as values.";
                return null;
            case FieldStringsKind.Values64:
                if (strings.TryFind(s, out ulong v64))
                    return FValue.Unsigned(FtKind.UInt64, v64);
                break;
            default:
                if (strings.TryFind(s, out ulong v32))
                    return FValue.Unsigned(FtKind.UInt32, (uint)v32);
                break;
        }
        error = $"\"{s}\" cannot be found among the possible values for {field.Abbrev}.";
        return null;
    }

    // ---- type compatibility ------------------------------------------------------------------------

    /// <summary>compatible_ftypes.</summary>
    public static bool Compatible(FtKind a, FtKind b)
    {
        switch (a)
        {
            case FtKind.None:
            case FtKind.Boolean:
            case FtKind.Protocol:
            case FtKind.AbsoluteTime:
            case FtKind.RelativeTime:
            case FtKind.Ieee11073SFloat:
            case FtKind.Ieee11073Float:
            case FtKind.Ipv4:
            case FtKind.Ipv6:
                return a == b;
            case FtKind.Float:
            case FtKind.Double:
                return b is FtKind.Float or FtKind.Double;
            case FtKind.Ether:
            case FtKind.Bytes:
            case FtKind.UIntBytes:
            case FtKind.Guid:
            case FtKind.Oid:
            case FtKind.Ax25:
            case FtKind.Vines:
            case FtKind.FcWwn:
            case FtKind.RelOid:
            case FtKind.SystemId:
                return b is FtKind.Ether or FtKind.Bytes or FtKind.UIntBytes or FtKind.Guid or FtKind.Oid or FtKind.Ax25
                    or FtKind.Vines or FtKind.FcWwn or FtKind.RelOid or FtKind.SystemId;
            case FtKind.String:
            case FtKind.StringZ:
            case FtKind.UIntString:
            case FtKind.StringZPad:
            case FtKind.StringZTrunc:
                return FtInfo.Of(b).IsString;
            case FtKind.UInt8:
            case FtKind.UInt16:
            case FtKind.UInt24:
            case FtKind.UInt32:
            case FtKind.Char:
            case FtKind.FrameNum:
            case FtKind.IpxNet:
            case FtKind.UInt40:
            case FtKind.UInt48:
            case FtKind.UInt56:
            case FtKind.UInt64:
            case FtKind.Eui64:
                return Can(b, FtOps.ToUInt64);
            default:
                return Can(b, FtOps.ToSInt64);
        }
    }

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
