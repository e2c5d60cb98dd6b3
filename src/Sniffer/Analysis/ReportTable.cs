namespace Sniffer.Analysis;

/// <summary>
/// A table of the report as every format shows it: the text report aligns it, Markdown writes it as a pipe table, HTML
/// as a table element — the same headers and cells, so the formats agree.
/// </summary>
public sealed record ReportTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Per row, an optional tcp.stream (HTML filters rows by connection), or -1.</summary>
    public IReadOnlyList<long> RowStreams { get; init; } = [];
}
