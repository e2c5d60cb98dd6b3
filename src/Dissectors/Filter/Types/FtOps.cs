namespace Sniffer.Dissectors.Filter.Types;

/// <summary>What a field type supports: the non-null entries of Wireshark 4.0's ftype_t tables.</summary>
[Flags]
internal enum FtOps : uint
{
    None = 0,
    FromLiteral = 1 << 0,
    FromString = 1 << 1,
    FromCharConst = 1 << 2,
    ToUInt64 = 1 << 3,
    ToSInt64 = 1 << 4,
    Compare = 1 << 5,
    Contains = 1 << 6,
    Matches = 1 << 7,
    IsZero = 1 << 8,
    IsNegative = 1 << 9,
    Length = 1 << 10,
    Slice = 1 << 11,
    BitwiseAnd = 1 << 12,
    UnaryMinus = 1 << 13,
    Add = 1 << 14,
    Subtract = 1 << 15,
    Multiply = 1 << 16,
    Divide = 1 << 17,
    Modulo = 1 << 18,
}
