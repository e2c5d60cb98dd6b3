namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>The "any"/"all" prefix of a relation; <see cref="Default"/> keeps the operator's own meaning.</summary>
internal enum MatchQuantifier : byte
{
    Default,
    Any,
    All,
}
