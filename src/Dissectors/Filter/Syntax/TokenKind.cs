namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>The tokens of Wireshark 4.0's display-filter scanner (epan/dfilter/scanner.l), by their grammar names.</summary>
internal enum TokenKind : byte
{
    End,
    LParen,
    RParen,
    Comma,
    LBrace,
    RBrace,
    DotDot,
    Dollar,
    Any,
    All,
    AnyEq,
    AllNe,
    AllEq,
    AnyNe,
    Gt,
    Ge,
    Lt,
    Le,
    Contains,
    Matches,
    Not,
    And,
    Or,
    In,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    BitwiseAnd,
    Hash,
    LBracket,
    RBracket,
    /// <summary>A slice or layer range between brackets ("0:3", "1-2", "-4:").</summary>
    RangeNode,
    /// <summary>A layer number after '#'.</summary>
    Integer,
    /// <summary>A double-quoted string (its value has escapes resolved).</summary>
    String,
    /// <summary>A character constant ('a', '\x41').</summary>
    CharConst,
    /// <summary>A word the parser resolves: a field name if one exists, otherwise a literal value.</summary>
    Unparsed,
    /// <summary>A literal that is never a field name (":0a:1b", ":12").</summary>
    Literal,
    /// <summary>A name with a leading dot: always a field.</summary>
    Field,
}
