using System.Diagnostics.CodeAnalysis;

namespace Sniffer.Dissectors.Filter;

/// <summary>What <see cref="DisplayFilter.Compile"/> gives back: a compiled filter, or the reason it was refused.</summary>
public sealed class DisplayFilterResult
{
    internal DisplayFilterResult(DisplayFilter? filter, DisplayFilterError? error)
    {
        Filter = filter;
        Error = error;
    }

    public DisplayFilter? Filter { get; }

    public DisplayFilterError? Error { get; }

    [MemberNotNullWhen(true, nameof(Filter))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Filter is not null;
}
