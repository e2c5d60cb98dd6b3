using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Sniffer.Analysis;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// The report's formats agree: the JSON validates against docs/analyze-report.schema.json, the Markdown renders the
/// same tables (cell for cell) as the text report, the HTML holds them too with one flow-graph arrow per message and no
/// reference to anything outside the file, and colour appears only when asked for.
/// </summary>
public partial class ReportFormatTests
{
    public static IEnumerable<object[]> Captures() =>
    [
        ["htcpcp-web.pcapng"], ["http-login-cookies.pcapng"], ["https.pcapng"], ["tcp-echo-secrets.pcapng"], ["http-range.pcapng"], ["tls12-echo.pcapng"],
    ];

    private static LabReport Report(string name)
    {
        string file = Path.Combine(Corpus.SampleCaptures, name);
        return AnalysisRunner.Analyze(file, Corpus.KeyLogFor(file));
    }

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(Corpus.RepoRoot, "docs", "analyze-report.schema.json")));

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Json_validates_against_its_schema_and_says_what_the_report_says(string name)
    {
        var report = Report(name);
        string json = AnalysisRunner.Write(report, ReportFormat.Json);
        var result = Validate(json);
        Assert.True(result.IsValid, name + ": " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}").Take(10)));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("sniffer-analyze", root.GetProperty("schema").GetString());
        Assert.Equal(LabReport.SchemaVersion, root.GetProperty("version").GetInt32());
        Assert.Equal(report.Connections.Count, root.GetProperty("connections").GetArrayLength());
        Assert.Equal(report.Transactions.Count, root.GetProperty("transactions").GetArrayLength());
        Assert.Equal(report.Flow.Count, root.GetProperty("flow").GetArrayLength());
        Assert.Equal(report.Exposures.Select(e => e.Frame), root.GetProperty("exposures").EnumerateArray().Select(e => e.GetProperty("frame").GetInt64()));
    }

    [Fact]
    public void The_schema_refuses_a_report_that_lost_a_field_or_gained_an_unknown_one()
    {
        string json = AnalysisRunner.Write(Report("http-login-cookies.pcapng"), ReportFormat.Json);
        Assert.True(Validate(json).IsValid);
        Assert.False(Validate(json.Replace("\"frames_counted\"", "\"frames_selected\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Validate(json.Replace("\"schema\": \"sniffer-analyze\"", "\"schema\": \"other\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Validate(json.Replace("\"severity\": \"high\"", "\"severity\": \"urgent\"", StringComparison.Ordinal)).IsValid);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Markdown_renders_the_same_tables_as_the_text_report(string name)
    {
        var report = Report(name);
        var text = TextTables(AnalysisRunner.Write(report, ReportFormat.Text));
        var markdown = MarkdownTables(AnalysisRunner.Write(report, ReportFormat.Markdown));
        var expected = ReportTables.Build(report);
        Assert.Equal(expected.Select(t => t.Title), text.Keys);
        Assert.Equal(expected.Select(t => t.Title), markdown.Keys);
        foreach (var table in expected)
        {
            var rows = new List<List<string>> { table.Headers.ToList() };
            rows.AddRange(table.Rows.Select(r => Enumerable.Range(0, table.Headers.Count).Select(i => TextReportWriter.Cell(r, i)).ToList()));
            if (table.Rows.Count == 0)
                rows.Clear();
            Assert.Equal(rows, text[table.Title]);
            Assert.Equal(rows, markdown[table.Title]);
        }
        // The answers are in both, sentence for sentence.
        string md = AnalysisRunner.Write(report, ReportFormat.Markdown), txt = AnalysisRunner.Write(report, ReportFormat.Text);
        foreach (var sentence in report.Answers.SelectMany(a => a.Sentences))
        {
            Assert.Contains(sentence, txt, StringComparison.Ordinal);
            Assert.Contains(sentence, md, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Html_is_self_contained_with_the_tables_and_an_arrow_per_message(string name)
    {
        var report = Report(name);
        string html = AnalysisRunner.Write(report, ReportFormat.Html);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Equal(report.Flow.Count, ArrowElement().Matches(html).Count);
        foreach (var table in ReportTables.Build(report).Where(t => t.Rows.Count > 0))
        {
            var block = Regex.Match(html, $"<table data-table=\"{table.Key}\">.*?</table>", RegexOptions.Singleline).Value;
            var cells = Regex.Matches(block, "<td>(.*?)</td>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(table.Rows.SelectMany(r => Enumerable.Range(0, table.Headers.Count).Select(i => TextReportWriter.Cell(r, i))), cells);
        }
    }

    [Fact]
    public void Text_is_coloured_only_when_asked()
    {
        var report = Report("http-login-cookies.pcapng");
        var plain = new StringWriter();
        TextReportWriter.Write(report, plain, colour: false);
        Assert.DoesNotContain('\u001b', plain.ToString());
        var coloured = new StringWriter();
        TextReportWriter.Write(report, coloured, colour: true);
        Assert.Contains("\u001b[31m", coloured.ToString(), StringComparison.Ordinal);
        Assert.Equal(plain.ToString(), Regex.Replace(coloured.ToString(), "\u001b\\[[0-9;]*m", ""));
    }

    /// <summary>Each "== Title ==" table of the text report, read back by the columns its dashes mark.</summary>
    private static Dictionary<string, List<List<string>>> TextTables(string text)
    {
        var tables = new Dictionary<string, List<List<string>>>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var heading = Regex.Match(lines[i], "^== (.+) ==$");
            if (!heading.Success || heading.Groups[1].Value is "Lab answers" or "Flow graph")
                continue;
            var rows = new List<List<string>>();
            tables[heading.Groups[1].Value] = rows;
            if (lines[i + 1].Trim() == "(none)")
                continue;
            var starts = Regex.Matches(lines[i + 2], "-+").Select(m => m.Index).ToList();
            for (int j = i + 1; j < lines.Length && lines[j].StartsWith("  ", StringComparison.Ordinal) && !lines[j].StartsWith("  tcp.stream", StringComparison.Ordinal)
                && !lines[j].StartsWith("  Values are masked", StringComparison.Ordinal); j++)
            {
                if (j == i + 2)
                    continue;
                var line = lines[j];
                var cells = new List<string>();
                for (int c = 0; c < starts.Count; c++)
                {
                    int from = Math.Min(starts[c], line.Length), to = c + 1 < starts.Count ? Math.Min(starts[c + 1], line.Length) : line.Length;
                    cells.Add(line[from..to].TrimEnd());
                }
                rows.Add(cells);
            }
        }
        return tables;
    }

    /// <summary>Each "## Title" pipe table of the Markdown, with escapes undone.</summary>
    private static Dictionary<string, List<List<string>>> MarkdownTables(string markdown)
    {
        var tables = new Dictionary<string, List<List<string>>>();
        List<List<string>>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            var heading = Regex.Match(line, "^## (.+)$");
            if (heading.Success)
            {
                current = heading.Groups[1].Value is "Lab answers" or "Flow graph" ? null : tables[heading.Groups[1].Value] = new List<List<string>>();
                continue;
            }
            if (current is null || !line.StartsWith('|') || line.StartsWith("| --- |", StringComparison.Ordinal))
                continue;
            var cells = new List<string>();
            var cell = new StringBuilder();
            for (int i = 1; i < line.Length; i++)
            {
                if (line[i] == '\\' && i + 1 < line.Length) { cell.Append(line[++i]); continue; }
                if (line[i] == '|') { cells.Add(cell.ToString().Trim()); cell.Clear(); continue; }
                cell.Append(line[i]);
            }
            current.Add(cells);
        }
        return tables;
    }

    [GeneratedRegex("(src|href)\\s*=\\s*\"(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<g class=\"arrow ")]
    private static partial Regex ArrowElement();
}
