using System.Globalization;
using System.Text;

namespace Sniffer.Analysis;

/// <summary>The report as Markdown: the same tables as the text report (pipe tables), the answers as numbered items.</summary>
public static class MarkdownReportWriter
{
    public static void Write(LabReport r, TextWriter output)
    {
        var sb = new StringBuilder();
        sb.Append("# Sniffer lab report: ").Append(Escape(r.Capture.File)).Append("\n\n");
        foreach (var line in TextReportWriter.HeaderLines(r))
            sb.Append("- ").Append(Escape(line)).Append('\n');
        foreach (var table in ReportTables.Build(r))
        {
            sb.Append("\n## ").Append(table.Title).Append("\n\n");
            if (table.Rows.Count == 0)
            {
                sb.Append("(none)\n");
            }
            else
            {
                AppendRow(sb, table.Headers);
                sb.Append('|');
                foreach (var _ in table.Headers)
                    sb.Append(" --- |");
                sb.Append('\n');
                foreach (var row in table.Rows)
                    AppendRow(sb, Enumerable.Range(0, table.Headers.Count).Select(i => TextReportWriter.Cell(row, i)).ToList());
            }
            if (table.Key == "connections")
                foreach (var c in r.Connections.Where(c => c.Persistence is not null))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\n**tcp.stream {c.Stream}: {c.Persistence!.Verdict}**\n\n");
                    foreach (var e in c.Persistence.Evidence)
                        sb.Append("- ").Append(Escape(e)).Append('\n');
                }
            if (table.Key == "tls")
                foreach (var s in r.TlsSessions)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\n**tcp.stream {s.Stream}: visible without the keys**\n\n");
                    foreach (var v in s.VisibleWithoutKeys)
                        sb.Append("- ").Append(Escape(v)).Append('\n');
                    foreach (var v in s.RevealedByKeyLog)
                        sb.Append("- revealed by the key log: ").Append(Escape(v)).Append('\n');
                }
            if (table.Key == "exposures" && !r.Capture.SecretsShown && r.Exposures.Any(e => e.Masked))
                sb.Append("\nValues are masked to their first and last character; `--show-secrets` prints them whole.\n");
        }
        sb.Append("\n## Lab answers\n\n");
        int n = 1;
        foreach (var a in r.Answers)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n++}. **{Escape(a.Question)}**\n");
            foreach (var s in a.Sentences)
                sb.Append("   ").Append(s).Append("  \n");
            if (a.Frames.Count > 0)
                sb.Append("   Frames: ").Append(string.Join(", ", a.Frames.Take(40))).Append(a.Frames.Count > 40 ? ", …" : "").Append("  \n");
            if (a.Filters.Count > 0)
                sb.Append("   Filters: ").Append(string.Join(", ", a.Filters.Take(20).Select(f => $"`{f}`"))).Append('\n');
            sb.Append('\n');
        }
        sb.Append("## Flow graph\n\n");
        if (r.Flow.Count == 0)
        {
            sb.Append("(none)\n");
        }
        else
        {
            sb.Append("| Frame | Time | Stream | From | To | Message |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var a in r.Flow.Take(TextReportWriter.MaxFlowLines))
                AppendRow(sb,
                [
                    a.Frame.ToString(CultureInfo.InvariantCulture), a.Time.ToString("0.000000", CultureInfo.InvariantCulture), a.Stream.ToString(CultureInfo.InvariantCulture),
                    a.FromEndpoint, a.ToEndpoint, a.Label,
                ]);
            if (r.Flow.Count > TextReportWriter.MaxFlowLines)
                sb.Append(CultureInfo.InvariantCulture, $"\n… {r.Flow.Count - TextReportWriter.MaxFlowLines} more arrows (the HTML report draws them all)\n");
        }
        output.Write(sb.ToString());
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells)
    {
        sb.Append('|');
        foreach (var cell in cells)
            sb.Append(' ').Append(EscapeCell(cell)).Append(" |");
        sb.Append('\n');
    }

    /// <summary>Characters Markdown would read as markup in a cell ('|' ends it, '*' and '_' emphasise, '`' quotes, '&lt;' opens HTML).</summary>
    private const string Special = "\\|*_`<[]";

    /// <summary>A cell's text in a pipe table, with every <see cref="Special"/> character backslash-escaped so it renders as written.</summary>
    public static string EscapeCell(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal);
}
