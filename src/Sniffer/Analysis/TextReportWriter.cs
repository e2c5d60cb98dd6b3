using System.Globalization;
using System.Text;

namespace Sniffer.Analysis;

/// <summary>
/// The report as plain text for a terminal: a header, the tables of <see cref="ReportTables"/> in aligned columns, the
/// persistence evidence and TLS visibility under their tables, the lab answers, then the flow graph as lines. ANSI
/// colours only when asked (standard output is a terminal and NO_COLOR is not set).
/// </summary>
public static class TextReportWriter
{
    /// <summary>Flow-graph lines printed in text (the HTML report draws them all).</summary>
    public const int MaxFlowLines = 400;

    private const string Bold = "\u001b[1m", Cyan = "\u001b[1;36m", Red = "\u001b[31m", Yellow = "\u001b[33m", Dim = "\u001b[2m", Reset = "\u001b[0m";

    public static void Write(LabReport r, TextWriter output, bool colour)
    {
        var sb = new StringBuilder();
        string H(string s) => colour ? Cyan + s + Reset : s;
        string B(string s) => colour ? Bold + s + Reset : s;

        sb.Append(H($"Sniffer lab report: {r.Capture.File}")).Append('\n');
        foreach (var line in HeaderLines(r))
            sb.Append("  ").Append(line).Append('\n');

        var tables = ReportTables.Build(r);
        foreach (var table in tables)
        {
            sb.Append('\n').Append(H($"== {table.Title} ==")).Append('\n');
            if (table.Rows.Count == 0)
                sb.Append("  (none)\n");
            else
                AppendTable(sb, table, colour);
            if (table.Key == "connections")
                foreach (var c in r.Connections.Where(c => c.Persistence is not null))
                {
                    sb.Append("  tcp.stream ").Append(c.Stream).Append(": ").Append(B(c.Persistence!.Verdict)).Append('\n');
                    foreach (var e in c.Persistence.Evidence)
                        sb.Append("    - ").Append(e).Append('\n');
                }
            if (table.Key == "tls")
                foreach (var s in r.TlsSessions)
                {
                    sb.Append("  tcp.stream ").Append(s.Stream).Append(": visible without the keys:\n");
                    foreach (var v in s.VisibleWithoutKeys)
                        sb.Append("    - ").Append(v).Append('\n');
                    if (s.RevealedByKeyLog.Count > 0)
                    {
                        sb.Append("    revealed by the key log:\n");
                        foreach (var v in s.RevealedByKeyLog)
                            sb.Append("    - ").Append(v).Append('\n');
                    }
                }
            if (table.Key == "exposures" && !r.Capture.SecretsShown && r.Exposures.Any(e => e.Masked))
                sb.Append("  Values are masked to their first and last character; --show-secrets prints them whole.\n");
        }

        sb.Append('\n').Append(H("== Lab answers ==")).Append('\n');
        int n = 1;
        foreach (var a in r.Answers)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n++}. ").Append(B(a.Question)).Append('\n');
            foreach (var s in a.Sentences)
                sb.Append("   ").Append(s).Append('\n');
            if (a.Frames.Count > 0)
                sb.Append("   Frames: ").Append(string.Join(", ", a.Frames.Take(40))).Append(a.Frames.Count > 40 ? ", …" : "").Append('\n');
            if (a.Filters.Count > 0)
                sb.Append("   Filters: ").Append(string.Join("  |  ", a.Filters.Take(20))).Append('\n');
        }

        sb.Append('\n').Append(H("== Flow graph ==")).Append('\n');
        foreach (var a in r.Flow.Take(MaxFlowLines))
            sb.Append(CultureInfo.InvariantCulture, $"  {a.Frame,6} {a.Time,12:0.000000}  tcp.stream {a.Stream,-4} {a.FromEndpoint} → {a.ToEndpoint}  {a.Label}\n");
        if (r.Flow.Count > MaxFlowLines)
            sb.Append(CultureInfo.InvariantCulture, $"  … {r.Flow.Count - MaxFlowLines} more arrows (the HTML report draws them all)\n");
        if (r.Flow.Count == 0)
            sb.Append("  (none)\n");
        output.Write(colour ? sb.ToString() : sb.ToString());
    }

    /// <summary>The lines under the title: frames, filter, duration, key log, omissions, notices.</summary>
    public static IEnumerable<string> HeaderLines(LabReport r)
    {
        var c = r.Capture;
        yield return c.DisplayFilter is null
            ? $"{c.Frames} frames over {c.DurationSeconds.ToString("0.000000", CultureInfo.InvariantCulture)} s"
            : $"{c.Frames} frames over {c.DurationSeconds.ToString("0.000000", CultureInfo.InvariantCulture)} s; {c.FramesCounted} selected by the display filter {c.DisplayFilter}";
        yield return $"{r.Connections.Count} TCP connections, {r.Transactions.Count} requests/responses, {r.TlsSessions.Count} TLS sessions, {r.Exposures.Count} exposures";
        yield return c.KeyLog is not null ? $"key log: {c.KeyLog} ({c.KeyLogSessions} sessions)"
            : c.KeyLogSessions > 0 ? $"key log: in the capture file ({c.KeyLogSessions} sessions)" : "key log: none";
        var o = r.Omitted;
        if (o.Connections > 0)
            yield return $"left out: {o.Connections} smaller connections ({o.ConnectionFrames} frames, {o.ConnectionBytes} bytes) beyond the limit of {r.Limits.MaxConnections}";
        if (o.Transactions > 0)
            yield return $"left out: {o.Transactions} requests/responses beyond the limit of {r.Limits.MaxTransactions}";
        if (o.Arrows > 0)
            yield return $"left out: {o.Arrows} flow-graph arrows beyond the limit of {r.Limits.MaxArrows}";
        if (o.Exposures > 0)
            yield return $"left out: {o.Exposures} exposures beyond the limit of {r.Limits.MaxExposures}";
        foreach (var notice in c.Notices.Take(20))
            yield return "note: " + notice;
    }

    private static void AppendTable(StringBuilder sb, ReportTable table, bool colour)
    {
        int columns = table.Headers.Count;
        var widths = new int[columns];
        for (int i = 0; i < columns; i++)
            widths[i] = table.Headers[i].Length;
        foreach (var row in table.Rows)
            for (int i = 0; i < columns; i++)
                widths[i] = Math.Max(widths[i], Cell(row, i).Length);
        // The last column is left ragged; earlier ones are padded.
        AppendRow(sb, table.Headers, widths, colour ? Bold : null);
        AppendRow(sb, widths.Select(w => new string('-', w)).ToList(), widths, null);
        int severity = table.Key == "exposures" ? 2 : -1;
        foreach (var row in table.Rows)
        {
            string? tint = null;
            if (colour && severity >= 0)
                tint = Cell(row, severity) switch { "high" => Red, "medium" => Yellow, _ => Dim };
            AppendRow(sb, row, widths, tint);
        }
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, int[] widths, string? tint)
    {
        sb.Append("  ");
        if (tint is not null)
            sb.Append(tint);
        for (int i = 0; i < widths.Length; i++)
        {
            string cell = Cell(cells, i);
            sb.Append(cell);
            if (i < widths.Length - 1)
                sb.Append(' ', widths[i] - cell.Length + 2);
        }
        if (tint is not null)
            sb.Append(Reset);
        sb.Append('\n');
    }

    /// <summary>A cell as printed: line breaks flattened so a row stays one line.</summary>
    public static string Cell(IReadOnlyList<string> row, int i)
        => i < row.Count ? row[i].ReplaceLineEndings(" ") : "";
}
