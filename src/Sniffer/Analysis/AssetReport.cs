namespace Sniffer.Analysis;

/// <summary>How an asset was asked for after its page: on the page's connection or a new one, and what ties it to the page.</summary>
public sealed record AssetReport(int PageId, bool SameConnection, string Evidence);
