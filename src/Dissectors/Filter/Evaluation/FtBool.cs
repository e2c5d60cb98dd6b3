namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// The result of comparing two values (Wireshark's ft_bool_t): true, false, or an error — values that cannot be
/// compared (a negative number against an unsigned one). "Any" tests skip errors; "all" tests skip them too.
/// </summary>
internal enum FtBool : sbyte
{
    Error = -1,
    False = 0,
    True = 1,
}
