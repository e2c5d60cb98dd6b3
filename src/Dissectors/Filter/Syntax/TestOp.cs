namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>The operators of a test (Wireshark's STNODE_OP_ for STTYPE_TEST nodes).</summary>
internal enum TestOp : byte
{
    And,
    Or,
    Not,
    /// <summary>===, all_eq: every value equal.</summary>
    AllEq,
    /// <summary>==, eq, any_eq: some value equal.</summary>
    AnyEq,
    /// <summary>!=, ne, all_ne: every value different (4.0's meaning of !=).</summary>
    AllNe,
    /// <summary>!==, ~=, any_ne: some value different.</summary>
    AnyNe,
    Gt,
    Ge,
    Lt,
    Le,
    Contains,
    Matches,
    In,
}
