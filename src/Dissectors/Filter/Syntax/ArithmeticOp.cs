namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>The operators of an arithmetic expression (STTYPE_ARITHMETIC nodes).</summary>
internal enum ArithmeticOp : byte
{
    UnaryMinus,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    BitwiseAnd,
}
