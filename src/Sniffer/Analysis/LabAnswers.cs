using System.Globalization;

namespace Sniffer.Analysis;

/// <summary>
/// The lab sheet's questions answered for this capture, in plain sentences with frame numbers and display filters as
/// evidence, so a student can check their own reading of the capture against them.
/// </summary>
internal static class LabAnswers
{
    private const int MaxListed = 20;

    public static IReadOnlyList<LabAnswer> Write(LabReport r)
    {
        var answers = new List<LabAnswer>
        {
            Ports(r),
            Handshake(r),
            Count(r),
            BasePage(r),
            VersionAndPersistence(r),
            Assets(r),
            Nesting(r),
            Connections(r),
            Post(r),
        };
        if (Payload(r) is { } payload)
            answers.Add(payload);
        answers.Add(Tls(r));
        answers.Add(Filters(r));
        return answers;
    }

    private static LabAnswer Ports(LabReport r)
    {
        var sentences = new List<string>();
        var frames = new List<long>();
        var filters = new List<string>();
        var nodes = r.Nodes.ToDictionary(n => n.Id);
        var byStream = r.Connections.ToDictionary(c => c.Stream);
        foreach (var edge in r.Talks.Take(MaxListed))
        {
            string from = nodes.TryGetValue(edge.From, out var f) ? f.Label : edge.From;
            string to = nodes.TryGetValue(edge.To, out var t) ? t.Label : edge.To;
            int serverPort = EndpointText.PortOf(to);
            string who = edge.WhileServing ? $"While serving, {from}" : from;
            string streams = RoleInference.StreamList(edge.Streams);
            if (edge.ClientPorts.Count == 1)
                sentences.Add($"{who} talked {edge.Protocol} to {to} from client port {edge.ClientPorts[0]} on {Plural(edge.Streams.Count, "connection")} ({streams})" +
                    (edge.Requests > 0 ? $", carrying {Plural(edge.Requests, "request")}" : "") +
                    $": the client port stayed the same{(edge.Streams.Count > 1 ? " (the port was reused for a new connection)" : "")}, and so did the server port {serverPort}.");
            else
                sentences.Add($"{who} opened {Plural(edge.Streams.Count, "connection")} to {to} ({streams}), each from a new client port " +
                    $"({PortList(edge.ClientPorts)}); the server port {serverPort} stayed the same." + (edge.Requests > 0 ? $" They carried {Plural(edge.Requests, "request")}." : ""));
            foreach (var s in edge.Streams.Take(MaxListed))
                if (byStream.TryGetValue(s, out var c))
                    frames.Add(c.SynFrame ?? c.FirstFrame);
            filters.Add($"tcp.port == {serverPort}");
        }
        if (r.Talks.Count > MaxListed)
            sentences.Add($"… and {r.Talks.Count - MaxListed} more pairs (see the map).");
        if (sentences.Count == 0)
            sentences.Add("No TCP connection was counted in this capture.");
        else
            sentences.Add("A client's port is ephemeral: the operating system picks a new one for each connection, while a server listens on its fixed port.");
        return new LabAnswer
        {
            Key = "ports",
            Question = "Which ports do the client and the server of each pair use (the browser and the web app, the web app and the coffee pot), and do they stay the same?",
            Sentences = sentences,
            Frames = frames.Distinct().Order().ToList(),
            Filters = filters.Distinct().ToList(),
        };
    }

    private static LabAnswer Handshake(LabReport r)
    {
        var sentences = new List<string>
        {
            "Each TCP connection opens with a three-way handshake — the client's SYN, the server's SYN-ACK, the client's ACK — once, before any data; a connection that stays open (persistent) carries more requests without a new handshake.",
        };
        var frames = new List<long>();
        int handshakes = 0;
        foreach (var c in r.Connections.Take(MaxListed))
        {
            if (c.SynFrame is { } syn)
            {
                handshakes++;
                sentences.Add($"tcp.stream {c.Stream} ({c.Client} → {c.Server}): SYN in frame {syn}, " +
                    (c.SynAckFrame is { } sa ? $"SYN-ACK in frame {sa}, " : "no SYN-ACK, ") +
                    (c.AckFrame is { } a ? $"ACK in frame {a}" : "no ACK") +
                    (c.HandshakeRttMs is { } rtt ? $" (handshake round trip {Ms(rtt)} ms)." : "."));
                frames.Add(syn);
                if (c.SynAckFrame is { } sa2) frames.Add(sa2);
                if (c.AckFrame is { } a2) frames.Add(a2);
            }
            else
            {
                sentences.Add($"tcp.stream {c.Stream} ({c.Client} → {c.Server}): no SYN in the capture — it started after this connection opened.");
            }
        }
        if (r.Connections.Count > MaxListed)
            sentences.Add($"… and {r.Connections.Count - MaxListed} more connections (see the connections table).");
        int requests = r.Transactions.Count(t => t.RequestFrame is not null);
        int withSyn = r.Connections.Count(c => c.SynFrame is not null);
        sentences.Add($"In all: {Plural(withSyn, "handshake")} for {Plural(r.Connections.Count, "connection")} and {Plural(requests, "request")}.");
        return new LabAnswer
        {
            Key = "handshake",
            Question = "Can you find the SYN, SYN-ACK and ACK of each connection, and when are they needed?",
            Sentences = sentences,
            Frames = frames,
            Filters = ["tcp.flags.syn == 1 && tcp.flags.ack == 0", "tcp.flags.syn == 1 && tcp.flags.ack == 1"],
        };
    }

    private static LabAnswer Count(LabReport r)
    {
        var sentences = new List<string>();
        var filters = new List<string>();
        foreach (var protocol in r.Transactions.Select(t => t.Protocol).Distinct().Order(StringComparer.Ordinal))
        {
            var ts = r.Transactions.Where(t => t.Protocol == protocol).ToList();
            int requests = ts.Count(t => t.RequestFrame is not null), responses = ts.Count(t => t.ResponseFrame is not null);
            int insideTls = ts.Count(t => t.InsideTls);
            sentences.Add($"{Plural(requests, $"{protocol} request")} and {Plural(responses, $"{protocol} response")}{(insideTls > 0 ? $" ({insideTls} of them read inside TLS with the key log)" : "")}.");
            string p = protocol.ToLowerInvariant();
            filters.Add($"{p}.request");
            filters.Add($"{p}.response");
        }
        if (sentences.Count == 0)
            sentences.Add("No HTTP or HTCPCP message was read in this capture.");
        else
            sentences.Add("A request comes from the client and starts with a method and a target (GET / HTTP/1.1); a response comes from the server and starts with the version and a status code (HTTP/1.1 200 OK). Each response answers the oldest request still waiting on its connection.");
        if (r.Omitted.Transactions > 0)
            sentences.Add($"{r.Omitted.Transactions} more transactions are beyond the report's limit and not counted here.");
        return new LabAnswer
        {
            Key = "count",
            Question = "How many HTTP (and HTCPCP) requests and responses are there, and how do you tell them apart?",
            Sentences = sentences,
            Filters = filters,
        };
    }

    private static LabAnswer BasePage(LabReport r)
    {
        var page = r.Transactions.Where(t => t.IsPage && t.ParentId is null && t.RequestFrame is not null).MinBy(t => t.RequestFrame)
            ?? r.Transactions.Where(t => t.Protocol == "HTTP" && t.RequestFrame is not null && t.ParentId is null).MinBy(t => t.RequestFrame);
        if (page is null)
            return new LabAnswer { Key = "base-page", Question = "Which packet carries the request for the base HTML page?", Sentences = ["There is no HTTP request in this capture."] };
        var sentences = new List<string>
        {
            $"Frame {page.RequestFrame}: {page.RequestLine} on tcp.stream {page.Stream} ({page.Client} → {page.Server})" +
            (page.ResponseFrame is { } rf ? $"; its response, {page.StatusLine}{(page.ContentType is { } ct ? $" ({ct})" : "")}, is in frame {rf}." : "; no response was captured."),
        };
        if (!page.IsPage)
            sentences.Add("No response in this capture is an HTML page, so this is the first HTTP request.");
        var frames = new List<long> { page.RequestFrame!.Value };
        if (page.ResponseFrame is { } f)
            frames.Add(f);
        return new LabAnswer
        {
            Key = "base-page",
            Question = "Which packet carries the request for the base HTML page?",
            Sentences = sentences,
            Frames = frames,
            Filters = [$"frame.number == {page.RequestFrame}", $"http.request.uri == \"{page.Uri}\""],
        };
    }

    private static LabAnswer VersionAndPersistence(LabReport r)
    {
        var sentences = new List<string>();
        var versions = r.Transactions.Select(t => t.Version).Concat(r.Transactions.Select(t => t.ResponseVersion))
            .Where(v => v is not null).Distinct().Order(StringComparer.Ordinal).ToList();
        if (versions.Count > 0)
            sentences.Add($"Versions on the wire: {string.Join(", ", versions)}.");
        var frames = new List<long>();
        foreach (var c in r.Connections.Where(c => c.Persistence is not null).Take(MaxListed))
        {
            var p = c.Persistence!;
            var because = p.Evidence.Where(e => !e.StartsWith("no HTTP", StringComparison.Ordinal));
            sentences.Add($"tcp.stream {c.Stream} ({c.Client} → {c.Server}): {p.Verdict}, because {string.Join("; ", because)}.");
            if (c.FirstFin is { } fin) frames.Add(fin.Frame);
        }
        if (sentences.Count == 0)
            sentences.Add("No HTTP or HTCPCP connection in this capture.");
        else
            sentences.Add("HTTP/1.1 keeps a connection open by default (persistent) unless a side sends Connection: close; HTTP/1.0 (and HTCPCP/1.0) closes after each response unless both sides send keep-alive.");
        return new LabAnswer
        {
            Key = "version-persistence",
            Question = "Which HTTP version is used, is the connection persistent, and why?",
            Sentences = sentences,
            Frames = frames,
            Filters = ["http.request.version", "http.connection", "tcp.flags.fin == 1"],
        };
    }

    private static LabAnswer Assets(LabReport r)
    {
        var sentences = new List<string>();
        var frames = new List<long>();
        var byId = r.Transactions.ToDictionary(t => t.Id);
        foreach (var group in r.Transactions.Where(t => t.Asset is not null).GroupBy(t => t.Asset!.PageId).Take(MaxListed))
        {
            var page = byId[group.Key];
            var parts = group.Select(a => $"{a.Path} (frame {a.RequestFrame}, {(a.Asset!.SameConnection ? "same connection" : $"new connection tcp.stream {a.Stream}")}, {a.Asset.Evidence})");
            sentences.Add($"After the page {page.Path} (frame {page.RequestFrame}) the browser asked for {Plural(group.Count(), "more resource")}, one GET each: {string.Join("; ", parts)}.");
            frames.AddRange(group.Select(a => a.RequestFrame!.Value));
        }
        if (sentences.Count == 0)
        {
            int pages = r.Transactions.Count(t => t.IsPage);
            sentences.Add(pages == 0
                ? "No HTML page was fetched in this capture, so no assets either."
                : $"No style sheet, script, image or icon followed the {Plural(pages, "HTML page")} here: every request was a page of its own, asked for with a new GET" +
                  (r.Connections.Any(c => c.Requests > 1) ? " on the same, persistent connection." : "."));
        }
        else
        {
            sentences.Add("A browser reads the HTML, then sends one more GET for each resource it names — on the same persistent connection when it can, or on new parallel connections — and names the page in the Referer header.");
        }
        return new LabAnswer
        {
            Key = "assets",
            Question = "How does the browser ask for more assets (style sheets, scripts, images)?",
            Sentences = sentences,
            Frames = frames,
            Filters = ["http.referer", "http.request.method == \"GET\""],
        };
    }

    private static LabAnswer Nesting(LabReport r)
    {
        var sentences = new List<string>();
        var frames = new List<long>();
        var byId = r.Transactions.ToDictionary(t => t.Id);
        foreach (var group in r.Transactions.Where(t => t.ParentId is not null).GroupBy(t => t.ParentId!.Value).Take(MaxListed))
        {
            var parent = byId[group.Key];
            foreach (var child in group)
            {
                string additions = child.Htcpcp is { Additions.Count: > 0 } h ? $" with Accept-Additions: {string.Join(", ", h.Additions)}" : "";
                sentences.Add($"{parent.RequestLine} in frame {parent.RequestFrame} (from {parent.Client}) made {parent.Server} send {child.RequestLine}{additions} " +
                    $"to {child.Server} in frame {child.RequestFrame}, answered {child.StatusLine}{(child.ResponseFrame is { } cr ? $" in frame {cr}" : "")}, " +
                    $"before its own response {parent.StatusLine}{(parent.ResponseFrame is { } pr ? $" in frame {pr}" : "")}.");
                frames.Add(child.RequestFrame!.Value);
                var mapped = parent.Query.Where(q => child.Htcpcp?.Additions.Any(a => a.Equals(q.Value, StringComparison.OrdinalIgnoreCase)) == true).ToList();
                if (mapped.Count > 0)
                    sentences.Add($"The query parameter {string.Join(", ", mapped.Select(m => $"{m.Name}={m.Value}"))} of the browser's request became the Accept-Additions header of the HTCPCP request.");
            }
            frames.Add(parent.RequestFrame!.Value);
        }
        if (sentences.Count == 0)
            sentences.Add("No server made requests of its own while serving a request in this capture.");
        else
            sentences.Add("So the web app learns what to send from the browser's request: the path picks the HTCPCP method and target, the query its additions; it waits for the pot's answer and passes its status on.");
        return new LabAnswer
        {
            Key = "nesting",
            Question = "How does the web app learn what HTCPCP message to send to the coffee pot?",
            Sentences = sentences,
            Frames = frames.Distinct().Order().ToList(),
            Filters = ["http.request || htcpcp.request"],
        };
    }

    private static LabAnswer Connections(LabReport r)
    {
        var sentences = new List<string>();
        foreach (var c in r.Connections.Take(MaxListed * 5))
        {
            string statuses = c.StatusCodes.Count > 0 ? $"status code{(c.StatusCodes.Count > 1 ? "s" : "")} {string.Join(", ", c.StatusCodes)}" : "no status code (no response)";
            sentences.Add(c.Requests + c.Responses > 0
                ? $"tcp.stream {c.Stream}: {c.ClientAddress} port {c.ClientPort} → {c.ServerAddress} port {c.ServerPort}, {c.Protocol}, {statuses}."
                : $"tcp.stream {c.Stream}: {c.ClientAddress} port {c.ClientPort} → {c.ServerAddress} port {c.ServerPort}, {c.Protocol}.");
        }
        if (r.Connections.Count > MaxListed * 5)
            sentences.Add($"… and {r.Connections.Count - MaxListed * 5} more (see the connections table).");
        if (r.Omitted.Connections > 0)
            sentences.Add($"{r.Omitted.Connections} smaller connections are beyond the report's limit of {r.Limits.MaxConnections}.");
        if (sentences.Count == 0)
            sentences.Add("No TCP connection was counted.");
        return new LabAnswer
        {
            Key = "connections",
            Question = "List the source and destination IP addresses and ports, and the status code, of each connection.",
            Sentences = sentences,
            Filters = ["tcp.flags.syn == 1 && tcp.flags.ack == 0", "http.response.code"],
        };
    }

    private static LabAnswer Post(LabReport r)
    {
        var sentences = new List<string> { "The display filter for POST requests is `http.request.method == \"POST\"`." };
        var posts = r.Transactions.Where(t => t.Method == "POST").ToList();
        var frames = new List<long>();
        foreach (var t in posts.Take(MaxListed))
        {
            string fields = t.Form.Count > 0 ? $" with the form fields {string.Join(", ", t.Form.Select(f => $"{f.Name}={f.Value}"))}" : "";
            sentences.Add($"Frame {t.RequestFrame}: {t.Protocol} POST {t.Uri} on tcp.stream {t.Stream}{fields}{(t.InsideTls ? " (inside TLS: read only with the key log)" : " — in clear text")}.");
            frames.Add(t.RequestFrame!.Value);
        }
        if (posts.Count == 0)
            sentences.Add("This capture has no POST request.");
        else
            sentences.Add("A POST carries its data in the body, not the URI; over plain HTTP anyone on the path reads every field, passwords included (see the exposures).");
        var filters = new List<string> { "http.request.method == \"POST\"" };
        if (posts.Any(t => t.Protocol == "HTCPCP"))
        {
            filters.Add("htcpcp.request.method == \"POST\"");
            sentences.Add("In HTCPCP, POST is the deprecated synonym of BREW; its filter is `htcpcp.request.method == \"POST\"`.");
        }
        return new LabAnswer
        {
            Key = "post",
            Question = "What display filter shows the POST requests, and what does a POST expose in plain text?",
            Sentences = sentences,
            Frames = frames,
            Filters = filters,
        };
    }

    private static LabAnswer? Payload(LabReport r)
    {
        var plain = r.Connections.Where(c => c.PayloadSample is not null).ToList();
        if (plain.Count == 0)
            return null;
        var sentences = new List<string>();
        var tls = r.TlsSessions.Select(s => s.Stream).ToHashSet();
        foreach (var c in plain.Take(MaxListed))
            sentences.Add(tls.Contains(c.Stream)
                ? $"tcp.stream {c.Stream} ({c.Client} → {c.Server}) is encrypted; with the key log its data reads \"{c.PayloadSample}\"."
                : $"tcp.stream {c.Stream} ({c.Client} → {c.Server}) carries text in clear: \"{c.PayloadSample}\" — anyone on the path reads it.");
        int secrets = r.Exposures.Count(e => e.Kind == ExposureKind.PayloadSecret);
        if (secrets > 0)
            sentences.Add($"{Plural(secrets, "payload line")} look{(secrets == 1 ? "s" : "")} like a secret (see the exposures).");
        return new LabAnswer
        {
            Key = "payload",
            Question = "What does the payload of the other connections (the echo lab) reveal?",
            Sentences = sentences,
            Frames = plain.Take(MaxListed).Select(c => c.FirstFrame).ToList(),
            Filters = plain.Take(MaxListed).Select(c => $"tcp.stream == {c.Stream} && tcp.len > 0").ToList(),
        };
    }

    private static LabAnswer Tls(LabReport r)
    {
        var sentences = new List<string>();
        var frames = new List<long>();
        foreach (var s in r.TlsSessions.Take(MaxListed))
        {
            sentences.Add($"tcp.stream {s.Stream} ({s.Client} → {s.Server}, {s.Version ?? "version unknown"}): without the keys an eavesdropper still sees {string.Join("; ", s.VisibleWithoutKeys)}.");
            sentences.Add(s.Decrypted
                ? $"The key log opened it: {string.Join("; ", s.RevealedByKeyLog)}."
                : $"It was not decrypted: {s.NotDecryptedBecause}.");
            if (s.ClientHelloFrame is { } ch) frames.Add(ch);
        }
        if (sentences.Count == 0)
            sentences.Add("There is no TLS in this capture: everything in it travelled in clear text.");
        else
            sentences.Add("The key log holds each session's secrets: with it, Wireshark (and Sniffer) decrypt everything those sessions carried — so it must be kept as safe as a password.");
        return new LabAnswer
        {
            Key = "tls",
            Question = "With TLS, what can an eavesdropper still see, and what does the key log reveal?",
            Sentences = sentences,
            Frames = frames,
            Filters = ["tls.handshake.type == 1", "tls.handshake.extensions_server_name", "tls.app_data"],
        };
    }

    private static LabAnswer Filters(LabReport r)
    {
        var sentences = r.Connections.Take(MaxListed * 5)
            .Select(c => $"`{c.Filter}` shows tcp.stream {c.Stream} alone: {c.Client} ↔ {c.Server} ({c.Protocol}, {Plural(c.Frames, "frame")}).").ToList();
        if (sentences.Count == 0)
            sentences.Add("No connection to filter.");
        return new LabAnswer
        {
            Key = "filters",
            Question = "Which display filter shows each connection on its own?",
            Sentences = sentences,
            Filters = r.Connections.Take(MaxListed * 5).Select(c => c.Filter).ToList(),
        };
    }

    private static string PortList(IReadOnlyList<int> ports)
        => ports.Count <= 10 ? string.Join(", ", ports) : string.Join(", ", ports.Take(10)) + $", … ({ports.Count} ports)";

    private static string Plural(long n, string noun) => ConnectionAssembler.Plural(n, noun);

    private static string Ms(double ms) => ms.ToString("0.###", CultureInfo.InvariantCulture);
}
