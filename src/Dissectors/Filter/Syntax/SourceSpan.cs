namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// Where something is in the filter text, in bytes of its UTF-8 form as tshark counts (Wireshark's stloc_t);
/// <see cref="None"/> when there is no place to point at (the end of the text).
/// </summary>
internal readonly record struct SourceSpan(int Start, int Length)
{
    public static readonly SourceSpan None = new(-1, 0);

    public bool IsNone => Start < 0;
}
