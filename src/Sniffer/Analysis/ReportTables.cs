using System.Globalization;

namespace Sniffer.Analysis;

/// <summary>The report's tables, built once from a <see cref="LabReport"/> for every format.</summary>
public static class ReportTables
{
    public static IReadOnlyList<ReportTable> Build(LabReport r) =>
    [
        Endpoints(r),
        Map(r),
        Connections(r),
        Transactions(r),
        Tls(r),
        Exposures(r),
    ];

    public static ReportTable Endpoints(LabReport r) => new("endpoints", "Endpoints and roles",
        ["Endpoint", "Role", "Talks to", "Streams", "What it did"],
        r.Endpoints.Select(e => (IReadOnlyList<string>)
        [
            e.Endpoint, RoleText(e.Role), Join(e.Peers, 4), Join(e.Streams.Select(s => s.ToString(CultureInfo.InvariantCulture)).ToList(), 8), e.Description,
        ]).ToList());

    public static ReportTable Map(LabReport r)
    {
        var nodes = r.Nodes.ToDictionary(n => n.Id);
        return new("map", "Who talks to whom",
            ["From", "To", "Protocol", "Connections", "Client ports", "Requests", "While serving"],
            r.Talks.Select(t => (IReadOnlyList<string>)
            [
                nodes.TryGetValue(t.From, out var f) ? f.Label : t.From,
                nodes.TryGetValue(t.To, out var to) ? to.Label : t.To,
                t.Protocol,
                $"{t.Streams.Count} ({RoleInference.StreamList(t.Streams)})",
                Join(t.ClientPorts.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList(), 8),
                Num(t.Requests),
                t.WhileServing ? "yes" : "no",
            ]).ToList());
    }

    public static ReportTable Connections(LabReport r) => new("connections", "Connections",
        ["Stream", "Client", "Server", "Client by", "Protocol", "SYN", "SYN-ACK", "ACK", "RTT ms", "First FIN", "RST", "Duration s",
         "C→S frames", "C→S bytes", "S→C frames", "S→C bytes", "Requests", "Persistence", "Ports reused"],
        r.Connections.Select(c => (IReadOnlyList<string>)
        [
            Num(c.Stream), c.Client, c.Server, c.ClientBasis, c.Protocol, Frame(c.SynFrame), Frame(c.SynAckFrame), Frame(c.AckFrame),
            c.HandshakeRttMs is { } rtt ? rtt.ToString("0.###", CultureInfo.InvariantCulture) : "-",
            c.FirstFin is { } fin ? $"{Side(fin.Side)} {fin.Frame}" : "-",
            c.Rst is { } rst ? $"{Side(rst.Side)} {rst.Frame}" : "-",
            c.DurationSeconds.ToString("0.000000", CultureInfo.InvariantCulture),
            Num(c.FramesClientToServer), Num(c.BytesClientToServer), Num(c.FramesServerToClient), Num(c.BytesServerToClient),
            Num(c.Requests), c.Persistence?.Verdict ?? "-",
            c.PortsReusedBy is { } by ? $"by tcp.stream {by}" : c.ReusesPorts ? "reuses earlier" : "no",
        ]).ToList())
    {
        RowStreams = r.Connections.Select(c => c.Stream).ToList(),
    };

    public static ReportTable Transactions(LabReport r)
    {
        var depth = new Dictionary<int, int>();
        var byId = r.Transactions.ToDictionary(t => t.Id);
        int Depth(TransactionReport t)
        {
            if (depth.TryGetValue(t.Id, out int d))
                return d;
            depth[t.Id] = 0;
            d = t.ParentId is { } p && byId.TryGetValue(p, out var parent) ? Depth(parent) + 1
                : t.Asset is not null ? 1 : 0;
            depth[t.Id] = Math.Min(d, 8);
            return depth[t.Id];
        }
        var rows = new List<IReadOnlyList<string>>();
        var order = Ordered(r.Transactions);
        foreach (var t in order)
        {
            int d = Depth(t);
            string marker = d == 0 ? "" : new string(' ', 2 * (d - 1)) + (t.Asset is not null && t.ParentId is null ? "+ " : "└ ");
            rows.Add(
            [
                Num(t.Id), Frames(t.RequestFirstFrame, t.RequestFrame), Num(t.Stream), t.Protocol + (t.InsideTls ? "/TLS" : ""),
                marker + (t.Method ?? "-"), t.Uri ?? "-", t.Version ?? "-", t.Host ?? "-",
                Frames(t.ResponseFirstFrame, t.ResponseFrame), t.Status is { } s ? $"{s} {t.Phrase}".TrimEnd() : "-", t.ContentType ?? "-",
                t.Framing?.ToString() ?? "-", t.TimeToResponseMs is { } ms ? ms.ToString("0.###", CultureInfo.InvariantCulture) : "-",
                Relation(t, byId),
                Details(t),
            ]);
        }
        return new("transactions", "Transactions",
            ["#", "Frame", "Stream", "Protocol", "Method", "URI", "Version", "Host", "Response frame", "Status", "Content-Type", "Body", "Time ms", "Under", "Details"],
            rows)
        {
            RowStreams = order.Select(t => t.Stream).ToList(),
        };
    }

    /// <summary>Transactions in reading order: each top-level one (by first frame) followed by what nests or groups under it.</summary>
    public static List<TransactionReport> Ordered(IReadOnlyList<TransactionReport> transactions)
    {
        var children = new Dictionary<int, List<TransactionReport>>();
        var roots = new List<TransactionReport>();
        var ids = transactions.Select(t => t.Id).ToHashSet();
        foreach (var t in transactions)
        {
            int? parent = t.ParentId ?? t.Asset?.PageId;
            if (parent is { } p && ids.Contains(p) && p != t.Id)
            {
                if (!children.TryGetValue(p, out var list))
                    children[p] = list = new List<TransactionReport>();
                list.Add(t);
            }
            else
            {
                roots.Add(t);
            }
        }
        var result = new List<TransactionReport>(transactions.Count);
        var placed = new HashSet<int>();
        void Visit(TransactionReport t)
        {
            if (!placed.Add(t.Id))
                return;
            result.Add(t);
            if (children.TryGetValue(t.Id, out var list))
                foreach (var c in list)
                    Visit(c);
        }
        foreach (var root in roots)
            Visit(root);
        foreach (var t in transactions)
            Visit(t);
        return result;
    }

    private static string Relation(TransactionReport t, Dictionary<int, TransactionReport> byId)
    {
        if (t.ParentId is { } p)
            return $"called while serving #{p}";
        if (t.Asset is { } a)
            return $"asset of #{a.PageId} ({(a.SameConnection ? "same connection" : "new connection")}; {a.Evidence})";
        return t.IsPage ? "page" : "-";
    }

    /// <summary>What else the request and response said: query and form fields decoded, Referer, cookies, Authorization, ranges, Location, HTCPCP.</summary>
    public static string Details(TransactionReport t)
    {
        var parts = new List<string>();
        if (t.Query.Count > 0) parts.Add("query " + string.Join("&", t.Query.Select(q => q.ToString())));
        if (t.Form.Count > 0) parts.Add("form " + string.Join("&", t.Form.Select(q => q.ToString())));
        if (t.Referer is not null) parts.Add("Referer " + t.Referer);
        if (t.Authorization is { } auth) parts.Add($"Authorization {auth.Scheme}{(auth.User is null ? "" : $" user {auth.User}")} {auth.Secret}");
        if (t.Cookies.Count > 0) parts.Add("Cookie " + string.Join("; ", t.Cookies.Select(c => c.ToString())));
        foreach (var c in t.SetCookies) parts.Add("Set-Cookie " + c);
        if (t.Range is not null) parts.Add("Range " + t.Range);
        if (t.ContentRanges.Count > 0) parts.Add("Content-Range " + string.Join(", ", t.ContentRanges));
        if (t.Location is not null) parts.Add("Location " + t.Location);
        if (t.Htcpcp is { } h)
        {
            if (h.Pot is not null) parts.Add("pot " + h.Pot);
            if (h.TeaVariety is not null) parts.Add("tea " + h.TeaVariety);
            if (h.Additions.Count > 0) parts.Add("additions " + string.Join(", ", h.Additions));
            if (h.RequestBody is not null) parts.Add($"body \"{OneLine(h.RequestBody)}\"");
            if (h.ResponseBody is not null) parts.Add($"answer \"{OneLine(h.ResponseBody)}\"");
        }
        return parts.Count == 0 ? "-" : string.Join("; ", parts);
    }

    public static ReportTable Tls(LabReport r) => new("tls", "TLS sessions",
        ["Stream", "Client", "Server", "Version", "Cipher suite", "SNI", "ALPN", "Certificate subject", "Issuer", "Keys in log", "Decrypted", "Why not", "C→S records/bytes", "S→C records/bytes"],
        r.TlsSessions.Select(s => (IReadOnlyList<string>)
        [
            Num(s.Stream), s.Client, s.Server, s.Version ?? "-", s.CipherSuite ?? "-", s.ServerName ?? "-",
            s.Alpn ?? (s.OfferedAlpn.Count > 0 ? $"offered {string.Join(", ", s.OfferedAlpn)}" : "-"),
            s.CertificateSubject ?? "-", s.CertificateIssuer ?? "-", s.KeysInLog ? "yes" : "no",
            s.Decrypted ? $"yes ({s.RecordsDecrypted} records)" : "no", s.NotDecryptedBecause ?? "-",
            $"{s.ApplicationRecordsClientToServer}/{s.ApplicationBytesClientToServer}", $"{s.ApplicationRecordsServerToClient}/{s.ApplicationBytesServerToClient}",
        ]).ToList())
    {
        RowStreams = r.TlsSessions.Select(s => s.Stream).ToList(),
    };

    public static ReportTable Exposures(LabReport r) => new("exposures", "Exposures",
        ["Frame", "Stream", "Severity", "Kind", "Name", "Value", "Visible to", "What", "Filter"],
        r.Exposures.Select(e => (IReadOnlyList<string>)
        [
            Num(e.Frame), Num(e.Stream), e.Severity, KindText(e.Kind), e.Name, e.Value, e.VisibleTo, e.Detail, e.Filter,
        ]).ToList())
    {
        RowStreams = r.Exposures.Select(e => e.Stream).ToList(),
    };

    public static string RoleText(EndpointRole role) => role switch
    {
        EndpointRole.Client => "client",
        EndpointRole.Server => "server",
        _ => "server + client",
    };

    public static string KindText(ExposureKind kind) => kind switch
    {
        ExposureKind.FormCredential => "form credential",
        ExposureKind.QueryCredential => "query credential",
        ExposureKind.BasicAuthorization => "Basic authorization",
        ExposureKind.BearerToken => "bearer token",
        ExposureKind.SessionCookie => "session cookie",
        ExposureKind.CookieWithoutFlags => "cookie without flags",
        ExposureKind.PayloadSecret => "payload secret",
        _ => "mixed content",
    };

    private static string Side(ConnectionSide side) => side == ConnectionSide.Client ? "client" : "server";
    private static string Frame(long? frame) => frame?.ToString(CultureInfo.InvariantCulture) ?? "-";

    /// <summary>
    /// The frame a message is reported on (tshark's) and, when it started earlier, where: "8 (from 6)" is a response
    /// begun in frame 6 and completed by the server's FIN in frame 8.
    /// </summary>
    private static string Frames(long? first, long? completed)
        => first is { } f && completed is { } c && f != c ? string.Create(CultureInfo.InvariantCulture, $"{c} (from {f})") : Frame(completed);
    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Join(IReadOnlyList<string> items, int max)
        => items.Count <= max ? string.Join(", ", items) : string.Join(", ", items.Take(max)) + $", … ({items.Count})";

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 80 ? line[..80] + "…" : line;
    }
}
