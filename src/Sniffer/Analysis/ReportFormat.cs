namespace Sniffer.Analysis;

/// <summary>How <c>sniffer analyze</c> writes its report.</summary>
public enum ReportFormat
{
    /// <summary>Plain text for a terminal (coloured only when standard output is one).</summary>
    Text,
    Markdown,
    /// <summary>JSON in the versioned shape of docs/analyze-report.schema.json.</summary>
    Json,
    /// <summary>One self-contained HTML file: tables, the who-talks-to-whom map and the flow graph, no network fetches.</summary>
    Html,
}
