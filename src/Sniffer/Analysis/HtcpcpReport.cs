namespace Sniffer.Analysis;

/// <summary>What HTCPCP adds to a request: the pot (or the tea), the additions asked for, and the bodies.</summary>
public sealed record HtcpcpReport
{
    public string? Scheme { get; init; }
    public string? Pot { get; init; }
    public string? TeaVariety { get; init; }
    public IReadOnlyList<string> Additions { get; init; } = [];
    public string? RequestBody { get; init; }
    public string? ResponseBody { get; init; }
}
