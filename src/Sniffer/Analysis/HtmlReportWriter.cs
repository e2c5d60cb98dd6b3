using System.Globalization;
using System.Net;
using System.Text;

namespace Sniffer.Analysis;

/// <summary>
/// The report as one self-contained HTML file: inline CSS, inline script and inline SVG, and a Content-Security-Policy
/// that forbids every fetch, so it opens offline and phones nowhere. It holds the tables of <see cref="ReportTables"/>,
/// the who-talks-to-whom map and a flow graph like Wireshark's (a lifeline per map node, an arrow per message labelled
/// with its frame, time and summary). A connection picked in the filter (or by clicking a row) hides every other
/// connection's arrows and rows, and the graph closes up around what is left.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Geometry of the flow graph, in SVG pixels.</summary>
    private const int FlowTop = 8, RowHeight = 26, ColumnWidth = 300, LeftGutter = 150, HeaderHeight = 40;

    public static void Write(LabReport r, TextWriter output)
    {
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>Sniffer lab report: ").Append(E(r.Capture.File)).Append("</title>\n");
        sb.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<header><h1>Sniffer lab report: ").Append(E(r.Capture.File)).Append("</h1><ul class=\"summary\">");
        foreach (var line in TextReportWriter.HeaderLines(r))
            sb.Append("<li>").Append(E(line)).Append("</li>");
        sb.Append("</ul>\n");
        sb.Append("<label class=\"filter\">Connection: <select id=\"stream-filter\"><option value=\"\">all connections</option>");
        foreach (var c in r.Connections)
            sb.Append(CultureInfo.InvariantCulture, $"<option value=\"{c.Stream}\">tcp.stream {c.Stream}: {E(c.Client)} → {E(c.Server)} ({E(c.Protocol)})</option>");
        sb.Append("</select></label> <span id=\"filter-note\"></span></header>\n<main>\n");
        sb.Append("<nav><a href=\"#map\">Map</a> <a href=\"#flow\">Flow graph</a> <a href=\"#endpoints\">Endpoints</a> <a href=\"#connections\">Connections</a> ")
          .Append("<a href=\"#transactions\">Transactions</a> <a href=\"#tls\">TLS</a> <a href=\"#exposures\">Exposures</a> <a href=\"#answers\">Lab answers</a></nav>\n");

        sb.Append("<section id=\"map\"><h2>Who talks to whom</h2>\n");
        AppendMap(sb, r);
        sb.Append("</section>\n");

        sb.Append("<section id=\"flow\"><h2>Flow graph</h2>\n");
        AppendFlow(sb, r);
        sb.Append("</section>\n");

        foreach (var table in ReportTables.Build(r))
        {
            sb.Append("<section id=\"").Append(table.Key).Append("\"><h2>").Append(E(table.Title)).Append("</h2>\n");
            AppendTable(sb, table);
            if (table.Key == "connections")
                foreach (var c in r.Connections.Where(c => c.Persistence is not null))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<details class=\"evidence\" data-stream=\"{c.Stream}\"><summary>tcp.stream {c.Stream}: {E(c.Persistence!.Verdict)}</summary><ul>");
                    foreach (var e in c.Persistence.Evidence)
                        sb.Append("<li>").Append(E(e)).Append("</li>");
                    sb.Append("</ul></details>\n");
                }
            if (table.Key == "tls")
                foreach (var s in r.TlsSessions)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<div class=\"evidence\" data-stream=\"{s.Stream}\"><p>tcp.stream {s.Stream}: visible without the keys</p><ul>");
                    foreach (var v in s.VisibleWithoutKeys)
                        sb.Append("<li>").Append(E(v)).Append("</li>");
                    foreach (var v in s.RevealedByKeyLog)
                        sb.Append("<li>revealed by the key log: ").Append(E(v)).Append("</li>");
                    sb.Append("</ul></div>\n");
                }
            if (table.Key == "exposures" && !r.Capture.SecretsShown && r.Exposures.Any(e => e.Masked))
                sb.Append("<p class=\"note\">Values are masked to their first and last character; <code>--show-secrets</code> prints them whole.</p>\n");
            sb.Append("</section>\n");
        }

        sb.Append("<section id=\"answers\"><h2>Lab answers</h2>\n<ol>\n");
        foreach (var a in r.Answers)
        {
            sb.Append("<li data-key=\"").Append(E(a.Key)).Append("\"><p class=\"question\">").Append(E(a.Question)).Append("</p>");
            foreach (var s in a.Sentences)
                sb.Append("<p>").Append(Code(s)).Append("</p>");
            if (a.Frames.Count > 0)
                sb.Append("<p class=\"meta\">Frames: ").Append(E(string.Join(", ", a.Frames.Take(60)))).Append(a.Frames.Count > 60 ? ", …" : "").Append("</p>");
            if (a.Filters.Count > 0)
                sb.Append("<p class=\"meta\">Filters: ").Append(string.Join(" ", a.Filters.Take(30).Select(f => $"<code>{E(f)}</code>"))).Append("</p>");
            sb.Append("</li>\n");
        }
        sb.Append("</ol></section>\n</main>\n");
        sb.Append("<footer>Made by Sniffer from the field tree and the connection model. Report schema version ")
          .Append(LabReport.SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(".</footer>\n");
        sb.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        output.Write(sb.ToString());
    }

    private static void AppendTable(StringBuilder sb, ReportTable table)
    {
        if (table.Rows.Count == 0)
        {
            sb.Append("<p class=\"none\">(none)</p>\n");
            return;
        }
        sb.Append("<div class=\"table\"><table data-table=\"").Append(table.Key).Append("\"><thead><tr>");
        foreach (var h in table.Headers)
            sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>\n");
        for (int i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (i < table.RowStreams.Count)
                sb.Append(CultureInfo.InvariantCulture, $"<tr data-stream=\"{table.RowStreams[i]}\">");
            else
                sb.Append("<tr>");
            for (int c = 0; c < table.Headers.Count; c++)
                sb.Append("<td>").Append(E(TextReportWriter.Cell(row, c))).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody></table></div>\n");
    }

    private static void AppendMap(StringBuilder sb, LabReport r)
    {
        if (r.Nodes.Count == 0)
        {
            sb.Append("<p class=\"none\">(no connection)</p>\n");
            return;
        }
        const int boxWidth = 210, boxHeight = 46, columnGap = 230, rowGap = 30, margin = 20;
        var positions = new Dictionary<string, (double X, double Y)>();
        int maxDepth = r.Nodes.Max(n => n.Depth);
        int maxRows = 0;
        foreach (var column in r.Nodes.GroupBy(n => n.Depth))
        {
            int row = 0;
            foreach (var node in column)
                positions[node.Id] = (margin + column.Key * (boxWidth + columnGap), margin + row++ * (boxHeight + rowGap));
            maxRows = Math.Max(maxRows, row);
        }
        int width = margin * 2 + (maxDepth + 1) * boxWidth + maxDepth * columnGap;
        int height = margin * 2 + maxRows * (boxHeight + rowGap);
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"map\" role=\"img\" aria-label=\"who talks to whom\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        sb.Append("<defs><marker id=\"map-head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        foreach (var t in r.Talks)
        {
            if (!positions.TryGetValue(t.From, out var a) || !positions.TryGetValue(t.To, out var b))
                continue;
            double x1 = a.X + boxWidth, y1 = a.Y + boxHeight / 2.0, x2 = b.X, y2 = b.Y + boxHeight / 2.0;
            if (x2 <= x1)
            {
                x1 = a.X + boxWidth / 2.0; y1 = a.Y + boxHeight; x2 = b.X + boxWidth / 2.0; y2 = b.Y;
            }
            string label = $"{t.Protocol} · {t.Streams.Count} conn. · {ConnectionAssembler.Plural(t.Requests, "request")}";
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"talk\" data-streams=\"{string.Join(' ', t.Streams)}\"><line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" marker-end=\"url(#map-head)\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{(x1 + x2) / 2:0.#}\" y=\"{(y1 + y2) / 2 - 6:0.#}\" text-anchor=\"middle\">{E(label)}</text>");
            sb.Append("<title>").Append(E($"{label}; client ports {string.Join(", ", t.ClientPorts.Take(20))}{(t.WhileServing ? "; calls made while serving" : "")}")).Append("</title></g>");
        }
        foreach (var n in r.Nodes)
        {
            var p = positions[n.Id];
            string role = ReportTables.RoleText(n.Role);
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"node {RoleClass(n.Role)}\"><rect x=\"{p.X}\" y=\"{p.Y}\" width=\"{boxWidth}\" height=\"{boxHeight}\" rx=\"8\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + boxWidth / 2.0:0.#}\" y=\"{p.Y + 19}\" text-anchor=\"middle\" class=\"label\">{E(Short(n.Label, 30))}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + boxWidth / 2.0:0.#}\" y=\"{p.Y + 36}\" text-anchor=\"middle\" class=\"role\">{E(role)}</text>");
            sb.Append("<title>").Append(E($"{n.Label} ({role}): {string.Join(", ", n.Endpoints.Take(20))}{(n.Endpoints.Count > 20 ? ", …" : "")}")).Append("</title></g>");
        }
        sb.Append("</svg>\n");
    }

    private static void AppendFlow(StringBuilder sb, LabReport r)
    {
        if (r.Flow.Count == 0)
        {
            sb.Append("<p class=\"none\">(no message)</p>\n");
            return;
        }
        var columns = r.Nodes.Select(n => n.Id).ToList();
        foreach (var a in r.Flow)
        {
            if (!columns.Contains(a.From)) columns.Add(a.From);
            if (!columns.Contains(a.To)) columns.Add(a.To);
        }
        var labels = r.Nodes.ToDictionary(n => n.Id, n => n.Label);
        var x = new Dictionary<string, int>();
        for (int i = 0; i < columns.Count; i++)
            x[columns[i]] = LeftGutter + ColumnWidth / 2 + i * ColumnWidth;
        int width = LeftGutter + columns.Count * ColumnWidth + 20;
        int height = FlowTop + r.Flow.Count * RowHeight + 10;

        sb.Append("<p class=\"legend\">");
        foreach (var kind in Enum.GetValues<FlowArrowKind>())
            sb.Append("<span class=\"k-").Append(JsonReportWriter.ArrowKindName(kind)).Append("\">").Append(JsonReportWriter.ArrowKindName(kind).ToUpperInvariant()).Append("</span> ");
        sb.Append(CultureInfo.InvariantCulture, $"— {r.Flow.Count} arrows; hover an arrow for its full summary, pick a connection above to see it alone.</p>\n");
        sb.Append("<div class=\"flow\"><svg class=\"flow-head\" width=\"").Append(width).Append("\" height=\"").Append(HeaderHeight).Append("\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"24\" class=\"gutter\">frame · time (s)</text>");
        foreach (var column in columns)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x[column]}\" y=\"24\" text-anchor=\"middle\" class=\"label\">{E(Short(labels.GetValueOrDefault(column, column), 32))}</text>");
        sb.Append("</svg>\n<div class=\"flow-body\"><svg id=\"flow-graph\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\" data-row=\"").Append(RowHeight).Append("\" data-top=\"").Append(FlowTop).Append("\">");
        sb.Append("<defs><marker id=\"flow-head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        foreach (var column in columns)
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"lifeline\" x1=\"{x[column]}\" y1=\"0\" x2=\"{x[column]}\" y2=\"{height}\"/>");
        int rowIndex = 0;
        foreach (var a in r.Flow)
        {
            int y = FlowTop + rowIndex++ * RowHeight + RowHeight / 2;
            int x1 = x[a.From], x2 = x[a.To];
            string kind = JsonReportWriter.ArrowKindName(a.Kind);
            string full = $"frame {a.Frame}, {a.Time.ToString("0.000000", CultureInfo.InvariantCulture)} s, tcp.stream {a.Stream}: {a.FromEndpoint} → {a.ToEndpoint}: {a.Label}";
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"arrow k-{kind}\" data-stream=\"{a.Stream}\" data-frame=\"{a.Frame}\" transform=\"translate(0,{y})\"><title>{E(full)}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"4\" class=\"gutter\">{a.Frame} · {a.Time.ToString("0.000000", CultureInfo.InvariantCulture)}</text>");
            if (x1 == x2)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x1},-6 h40 v12 h-40\" fill=\"none\" marker-end=\"url(#flow-head)\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x1 + 46}\" y=\"4\">{E(Short($"{a.FromPort}→{a.ToPort} {a.Label}", 44))}</text></g>\n");
                continue;
            }
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1}\" y1=\"0\" x2=\"{x2}\" y2=\"0\" marker-end=\"url(#flow-head)\"/>");
            int span = Math.Abs(x2 - x1);
            int max = Math.Max(12, span / 7);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{(x1 + x2) / 2}\" y=\"-4\" text-anchor=\"middle\">{E(Short($"{a.FromPort} → {a.ToPort}  {a.Label}", max))}</text></g>\n");
        }
        sb.Append("</svg></div></div>\n");
    }

    private static string RoleClass(EndpointRole role) => role switch
    {
        EndpointRole.Client => "client",
        EndpointRole.Server => "server",
        _ => "both",
    };

    private static string Short(string text, int max) => text.Length <= max ? text : text[..Math.Max(1, max - 1)] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Sentences with `code` spans (display filters) as &lt;code&gt;.</summary>
    private static string Code(string sentence)
    {
        var parts = sentence.Split('`');
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
            sb.Append(i % 2 == 1 ? $"<code>{E(parts[i])}</code>" : E(parts[i]));
        return sb.ToString();
    }

    private const string Css = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2330; background: #fafbfc; }
        header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #d8dde6; padding: 8px 16px; }
        h1 { font-size: 18px; margin: 4px 0; } h2 { font-size: 16px; margin: 18px 0 8px; }
        ul.summary { margin: 0 0 6px; padding-left: 18px; color: #4a5468; }
        main { padding: 0 16px 24px; } nav a { margin-right: 10px; } footer { color: #6b7488; padding: 12px 16px; font-size: 12px; }
        .table { overflow-x: auto; } table { border-collapse: collapse; font-size: 12.5px; }
        th, td { border: 1px solid #d8dde6; padding: 3px 6px; text-align: left; vertical-align: top; white-space: nowrap; }
        td:last-child { white-space: normal; min-width: 240px; } th { background: #eef1f6; position: sticky; top: 0; }
        tr.picked td { background: #fff6d6; } tr[data-stream] { cursor: pointer; }
        code { background: #eef1f6; padding: 0 3px; border-radius: 3px; } .meta { color: #4a5468; font-size: 12.5px; } .question { font-weight: 600; }
        .none, .note { color: #6b7488; } details.evidence, div.evidence { margin: 4px 0; font-size: 13px; }
        svg text { font: 12px system-ui, sans-serif; fill: #1d2330; } svg .label { font-weight: 600; } svg .role { fill: #4a5468; font-size: 11px; }
        svg.map .node rect { fill: #e8f0fe; stroke: #5b7bd5; } svg.map .node.server rect { fill: #e6f4ea; stroke: #3c9a5f; }
        svg.map .node.both rect { fill: #fff4e0; stroke: #d08a1f; } svg.map line { stroke: #5b6b8a; stroke-width: 1.6; }
        .flow { border: 1px solid #d8dde6; background: #fff; overflow-x: auto; } .flow-body { max-height: 78vh; overflow-y: auto; }
        svg.flow-head { display: block; border-bottom: 1px solid #d8dde6; background: #f4f6fa; }
        .lifeline { stroke: #b8c1d1; stroke-dasharray: 4 3; } .arrow line, .arrow path { stroke: #5b6b8a; stroke-width: 1.4; }
        .gutter { fill: #6b7488; font-size: 11px; font-family: ui-monospace, monospace; }
        .k-syn line, .k-syn-ack line, .k-ack line { stroke: #8a63d2; } .k-request line { stroke: #1f6feb; } .k-response line { stroke: #2da44e; }
        .k-fin line { stroke: #bf8700; } .k-rst line { stroke: #cf222e; } .k-tls line { stroke: #0a7ea4; } .k-data line { stroke: #6e7781; }
        .legend span { display: inline-block; padding: 0 6px; margin-right: 2px; border-radius: 3px; font-size: 11px; color: #fff; background: #6e7781; }
        .legend .k-syn, .legend .k-syn-ack, .legend .k-ack { background: #8a63d2; } .legend .k-request { background: #1f6feb; } .legend .k-response { background: #2da44e; }
        .legend .k-fin { background: #bf8700; } .legend .k-rst { background: #cf222e; } .legend .k-tls { background: #0a7ea4; }
        marker path { fill: #5b6b8a; }
        """;

    /// <summary>The connection filter: hides other connections' arrows and rows and closes the graph up around what is left.</summary>
    private const string Script = """
        (function () {
          'use strict';
          var select = document.getElementById('stream-filter');
          var graph = document.getElementById('flow-graph');
          var note = document.getElementById('filter-note');
          function apply(stream) {
            var shown = 0;
            if (graph) {
              var row = Number(graph.getAttribute('data-row')), top = Number(graph.getAttribute('data-top'));
              var arrows = graph.querySelectorAll('g.arrow');
              for (var i = 0; i < arrows.length; i++) {
                var a = arrows[i], visible = stream === '' || a.getAttribute('data-stream') === stream;
                a.style.display = visible ? '' : 'none';
                if (visible) { a.setAttribute('transform', 'translate(0,' + (top + shown * row + row / 2) + ')'); shown++; }
              }
              var height = top + shown * row + 10;
              graph.setAttribute('height', String(height));
              var lines = graph.querySelectorAll('line.lifeline');
              for (var j = 0; j < lines.length; j++) lines[j].setAttribute('y2', String(height));
            }
            var rows = document.querySelectorAll('[data-stream]');
            for (var k = 0; k < rows.length; k++) {
              var el = rows[k];
              if (el.tagName === 'g' || el.tagName === 'OPTION') continue;
              el.style.display = stream === '' || el.getAttribute('data-stream') === stream ? '' : 'none';
            }
            if (note) note.textContent = stream === '' ? '' : 'showing tcp.stream ' + stream + ' only (' + shown + ' arrows); filter: tcp.stream == ' + stream;
          }
          if (select) select.addEventListener('change', function () { apply(select.value); });
          var tables = document.querySelectorAll('table[data-table="connections"] tr[data-stream]');
          for (var t = 0; t < tables.length; t++) {
            tables[t].addEventListener('click', function (e) {
              var s = e.currentTarget.getAttribute('data-stream');
              if (select) select.value = select.value === s ? '' : s;
              apply(select ? select.value : s);
            });
          }
        })();
        """;
}
