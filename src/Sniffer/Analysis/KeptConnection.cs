namespace Sniffer.Analysis;

/// <summary>A connection as the report keeps it once it has ended: its row, its transactions, TLS session, exposures and arrows.</summary>
internal sealed class KeptConnection
{
    public required ConnectionReport Report { get; set; }
    public required List<TransactionReport> Transactions { get; init; }
    public TlsReport? Tls { get; set; }
    public required List<Exposure> Exposures { get; init; }
    /// <summary>Arrows whose From/To are still endpoint texts (the map's nodes are chosen at the end).</summary>
    public required List<FlowArrow> Arrows { get; init; }
    public long ArrowsDropped { get; set; }
}
