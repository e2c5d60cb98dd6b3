using System.Text.Json;

namespace Sniffer.Analysis;

/// <summary>
/// The report as JSON, in the shape docs/analyze-report.schema.json describes ("schema": "sniffer-analyze",
/// "version": <see cref="LabReport.SchemaVersion"/>). Written field by field with <see cref="Utf8JsonWriter"/>: no
/// reflection, so it works trimmed and ahead-of-time compiled. Names are snake_case; absent facts are null.
/// </summary>
public static class JsonReportWriter
{
    public const string SchemaName = "sniffer-analyze";

    public static void Write(LabReport r, TextWriter output)
    {
        // Streamed: the writer hands its bytes on whenever a connection, transaction or arrow leaves enough pending
        // (Spill), so a report with thousands of connections never sits whole in memory as bytes and again as a string.
        // A UTF-8 file or pipe takes the bytes as they are (no decoding to characters and encoding back).
        Stream sink = output is StreamWriter { Encoding.CodePage: 65001 } file && file.Encoding.Preamble.IsEmpty && file.BaseStream.CanWrite
            ? FlushedBase(file)
            : new TextWriterByteSink(output);
        using (var w = new Utf8JsonWriter(sink, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(r, w);
        output.Write('\n');
    }

    private static Stream FlushedBase(StreamWriter file)
    {
        file.Flush();
        return file.BaseStream;
    }

    public static void Write(LabReport r, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("schema", SchemaName);
        w.WriteNumber("version", LabReport.SchemaVersion);

        var c = r.Capture;
        w.WriteStartObject("capture");
        w.WriteString("file", c.File);
        w.WriteNumber("frames", c.Frames);
        w.WriteNumber("frames_counted", c.FramesCounted);
        Str(w, "display_filter", c.DisplayFilter);
        w.WriteNumber("first_timestamp_ns", c.FirstTimestamp);
        w.WriteNumber("duration_s", c.DurationSeconds);
        Str(w, "key_log", c.KeyLog);
        w.WriteNumber("key_log_sessions", c.KeyLogSessions);
        w.WriteBoolean("secrets_shown", c.SecretsShown);
        Strings(w, "notices", c.Notices);
        w.WriteEndObject();

        w.WriteStartObject("limits");
        w.WriteNumber("max_connections", r.Limits.MaxConnections);
        w.WriteNumber("max_transactions", r.Limits.MaxTransactions);
        w.WriteNumber("max_arrows", r.Limits.MaxArrows);
        w.WriteNumber("max_exposures", r.Limits.MaxExposures);
        w.WriteEndObject();

        var o = r.Omitted;
        w.WriteStartObject("omitted");
        w.WriteNumber("connections", o.Connections);
        w.WriteNumber("connection_frames", o.ConnectionFrames);
        w.WriteNumber("connection_bytes", o.ConnectionBytes);
        w.WriteNumber("transactions", o.Transactions);
        w.WriteNumber("arrows", o.Arrows);
        w.WriteNumber("exposures", o.Exposures);
        w.WriteEndObject();

        w.WriteStartArray("endpoints");
        foreach (var e in r.Endpoints)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("endpoint", e.Endpoint);
            w.WriteString("address", e.Address);
            w.WriteNumber("port", e.Port);
            w.WriteString("role", Role(e.Role));
            w.WriteString("node", e.Node);
            Str(w, "calls_for", e.CallsFor);
            Strings(w, "also_client_of", e.AlsoClientOf);
            Strings(w, "peers", e.Peers);
            Numbers(w, "streams", e.Streams);
            w.WriteString("description", e.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("nodes");
        foreach (var n in r.Nodes)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("label", n.Label);
            w.WriteString("role", Role(n.Role));
            w.WriteNumber("depth", n.Depth);
            Strings(w, "endpoints", n.Endpoints);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("talks");
        foreach (var t in r.Talks)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("from", t.From);
            w.WriteString("to", t.To);
            w.WriteString("protocol", t.Protocol);
            Numbers(w, "streams", t.Streams);
            Numbers(w, "client_ports", t.ClientPorts.Select(p => (long)p).ToList());
            w.WriteNumber("requests", t.Requests);
            w.WriteBoolean("while_serving", t.WhileServing);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("connections");
        foreach (var x in r.Connections)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("stream", x.Stream);
            w.WriteString("client", x.Client);
            w.WriteString("client_address", x.ClientAddress);
            w.WriteNumber("client_port", x.ClientPort);
            w.WriteString("server", x.Server);
            w.WriteString("server_address", x.ServerAddress);
            w.WriteNumber("server_port", x.ServerPort);
            w.WriteString("client_basis", x.ClientBasis);
            w.WriteString("protocol", x.Protocol);
            Num(w, "syn_frame", x.SynFrame);
            Num(w, "syn_ack_frame", x.SynAckFrame);
            Num(w, "ack_frame", x.AckFrame);
            Num(w, "handshake_rtt_ms", x.HandshakeRttMs);
            Side(w, "first_fin", x.FirstFin);
            Side(w, "rst", x.Rst);
            w.WriteNumber("first_frame", x.FirstFrame);
            w.WriteNumber("last_frame", x.LastFrame);
            w.WriteNumber("start_s", x.Start);
            w.WriteNumber("duration_s", x.DurationSeconds);
            w.WriteNumber("frames_client_to_server", x.FramesClientToServer);
            w.WriteNumber("bytes_client_to_server", x.BytesClientToServer);
            w.WriteNumber("frames_server_to_client", x.FramesServerToClient);
            w.WriteNumber("bytes_server_to_client", x.BytesServerToClient);
            w.WriteNumber("requests", x.Requests);
            w.WriteNumber("responses", x.Responses);
            Numbers(w, "status_codes", x.StatusCodes.Select(s => (long)s).ToList());
            if (x.Persistence is { } p)
            {
                w.WriteStartObject("persistence");
                w.WriteString("verdict", p.Verdict);
                w.WriteBoolean("persistent", p.Persistent);
                Strings(w, "evidence", p.Evidence);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("persistence");
            }
            Num(w, "ports_reused_by", x.PortsReusedBy);
            w.WriteBoolean("reuses_ports", x.ReusesPorts);
            Str(w, "payload_sample", x.PayloadSample);
            w.WriteString("client_node", x.ClientNode);
            w.WriteString("server_node", x.ServerNode);
            w.WriteString("filter", x.Filter);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("transactions");
        foreach (var t in r.Transactions)
        {
            Spill(w);
            Transaction(w, t);
        }
        w.WriteEndArray();

        w.WriteStartArray("tls_sessions");
        foreach (var s in r.TlsSessions)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("stream", s.Stream);
            w.WriteString("client", s.Client);
            w.WriteString("server", s.Server);
            Str(w, "version", s.Version);
            Str(w, "cipher_suite", s.CipherSuite);
            Str(w, "server_name", s.ServerName);
            Str(w, "alpn", s.Alpn);
            Strings(w, "offered_alpn", s.OfferedAlpn);
            Str(w, "certificate_subject", s.CertificateSubject);
            Str(w, "certificate_issuer", s.CertificateIssuer);
            Num(w, "client_hello_frame", s.ClientHelloFrame);
            Num(w, "server_hello_frame", s.ServerHelloFrame);
            w.WriteBoolean("keys_in_log", s.KeysInLog);
            w.WriteBoolean("decrypted", s.Decrypted);
            w.WriteNumber("records_decrypted", s.RecordsDecrypted);
            w.WriteNumber("records_not_decrypted", s.RecordsNotDecrypted);
            Str(w, "not_decrypted_because", s.NotDecryptedBecause);
            w.WriteNumber("application_records_client_to_server", s.ApplicationRecordsClientToServer);
            w.WriteNumber("application_bytes_client_to_server", s.ApplicationBytesClientToServer);
            w.WriteNumber("application_records_server_to_client", s.ApplicationRecordsServerToClient);
            w.WriteNumber("application_bytes_server_to_client", s.ApplicationBytesServerToClient);
            w.WriteNumber("decrypted_requests", s.DecryptedRequests);
            Strings(w, "visible_without_keys", s.VisibleWithoutKeys);
            Strings(w, "revealed_by_key_log", s.RevealedByKeyLog);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("exposures");
        foreach (var e in r.Exposures)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("kind", ExposureKindName(e.Kind));
            w.WriteString("severity", e.Severity);
            w.WriteNumber("frame", e.Frame);
            w.WriteNumber("stream", e.Stream);
            w.WriteString("name", e.Name);
            w.WriteString("value", e.Value);
            w.WriteBoolean("masked", e.Masked);
            w.WriteBoolean("plain_text", e.PlainText);
            w.WriteString("visible_to", e.VisibleTo);
            w.WriteString("detail", e.Detail);
            w.WriteString("filter", e.Filter);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("answers");
        foreach (var a in r.Answers)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("key", a.Key);
            w.WriteString("question", a.Question);
            Strings(w, "sentences", a.Sentences);
            Numbers(w, "frames", a.Frames);
            Strings(w, "filters", a.Filters);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("flow");
        foreach (var a in r.Flow)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("frame", a.Frame);
            w.WriteNumber("time_s", a.Time);
            w.WriteNumber("stream", a.Stream);
            w.WriteString("kind", ArrowKindName(a.Kind));
            w.WriteString("from", a.From);
            w.WriteString("to", a.To);
            w.WriteString("from_endpoint", a.FromEndpoint);
            w.WriteString("to_endpoint", a.ToEndpoint);
            w.WriteNumber("from_port", a.FromPort);
            w.WriteNumber("to_port", a.ToPort);
            w.WriteString("label", a.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Transaction(Utf8JsonWriter w, TransactionReport t)
    {
        w.WriteStartObject();
        w.WriteNumber("id", t.Id);
        w.WriteNumber("stream", t.Stream);
        w.WriteString("protocol", t.Protocol);
        w.WriteBoolean("inside_tls", t.InsideTls);
        w.WriteString("client", t.Client);
        w.WriteString("server", t.Server);
        Num(w, "request_frame", t.RequestFrame);
        Num(w, "request_first_frame", t.RequestFirstFrame);
        Num(w, "request_time_s", t.RequestTime);
        Str(w, "method", t.Method);
        Str(w, "uri", t.Uri);
        Str(w, "path", t.Path);
        Pairs(w, "query", t.Query);
        Pairs(w, "form", t.Form);
        Str(w, "version", t.Version);
        Str(w, "host", t.Host);
        Str(w, "referer", t.Referer);
        Str(w, "user_agent", t.UserAgent);
        Str(w, "range", t.Range);
        Pairs(w, "cookies", t.Cookies);
        if (t.Authorization is { } auth)
        {
            w.WriteStartObject("authorization");
            w.WriteString("scheme", auth.Scheme);
            Str(w, "user", auth.User);
            w.WriteString("secret", auth.Secret);
            w.WriteBoolean("masked", auth.Masked);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("authorization");
        }
        Num(w, "response_frame", t.ResponseFrame);
        Num(w, "response_first_frame", t.ResponseFirstFrame);
        Num(w, "response_time_s", t.ResponseTime);
        Num(w, "status", t.Status);
        Str(w, "phrase", t.Phrase);
        Str(w, "response_version", t.ResponseVersion);
        Str(w, "content_type", t.ContentType);
        if (t.Framing is { } f)
        {
            w.WriteStartObject("framing");
            w.WriteString("kind", f.Kind);
            Num(w, "length", f.Length);
            Num(w, "chunks", f.Chunks);
            w.WriteString("text", f.ToString());
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("framing");
        }
        Strings(w, "content_ranges", t.ContentRanges);
        w.WriteStartArray("set_cookies");
        foreach (var cookie in t.SetCookies)
        {
            w.WriteStartObject();
            w.WriteString("name", cookie.Name);
            w.WriteString("value", cookie.Value);
            w.WriteBoolean("masked", cookie.Masked);
            w.WriteBoolean("secure", cookie.Secure);
            w.WriteBoolean("http_only", cookie.HttpOnly);
            Str(w, "same_site", cookie.SameSite);
            Str(w, "path", cookie.Path);
            Str(w, "max_age", cookie.MaxAge);
            Str(w, "expires", cookie.Expires);
            w.WriteBoolean("deletes", cookie.Deletes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Str(w, "location", t.Location);
        Num(w, "time_to_response_ms", t.TimeToResponseMs);
        if (t.Htcpcp is { } h)
        {
            w.WriteStartObject("htcpcp");
            Str(w, "scheme", h.Scheme);
            Str(w, "pot", h.Pot);
            Str(w, "tea_variety", h.TeaVariety);
            Strings(w, "additions", h.Additions);
            Str(w, "request_body", h.RequestBody);
            Str(w, "response_body", h.ResponseBody);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("htcpcp");
        }
        Num(w, "parent_id", t.ParentId);
        w.WriteBoolean("is_page", t.IsPage);
        if (t.Asset is { } a)
        {
            w.WriteStartObject("asset");
            w.WriteNumber("page_id", a.PageId);
            w.WriteBoolean("same_connection", a.SameConnection);
            w.WriteString("evidence", a.Evidence);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("asset");
        }
        w.WriteEndObject();
    }

    public static string Role(EndpointRole role) => role switch
    {
        EndpointRole.Client => "client",
        EndpointRole.Server => "server",
        _ => "server+client",
    };

    public static string ExposureKindName(ExposureKind kind) => kind switch
    {
        ExposureKind.FormCredential => "form-credential",
        ExposureKind.QueryCredential => "query-credential",
        ExposureKind.BasicAuthorization => "basic-authorization",
        ExposureKind.BearerToken => "bearer-token",
        ExposureKind.SessionCookie => "session-cookie",
        ExposureKind.CookieWithoutFlags => "cookie-without-flags",
        ExposureKind.PayloadSecret => "payload-secret",
        _ => "mixed-content",
    };

    public static string ArrowKindName(FlowArrowKind kind) => kind switch
    {
        FlowArrowKind.Syn => "syn",
        FlowArrowKind.SynAck => "syn-ack",
        FlowArrowKind.Ack => "ack",
        FlowArrowKind.Request => "request",
        FlowArrowKind.Response => "response",
        FlowArrowKind.Tls => "tls",
        FlowArrowKind.Data => "data",
        FlowArrowKind.Fin => "fin",
        _ => "rst",
    };

    private static void Side(Utf8JsonWriter w, string name, FrameBySide? side)
    {
        if (side is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("side", side.Side == ConnectionSide.Client ? "client" : "server");
        w.WriteNumber("frame", side.Frame);
        w.WriteEndObject();
    }

    private static void Pairs(Utf8JsonWriter w, string name, IReadOnlyList<NameValue> pairs)
    {
        w.WriteStartArray(name);
        foreach (var p in pairs)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("value", p.Value);
            w.WriteBoolean("masked", p.Masked);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Hands what the writer holds to its stream once it is worth a write (the report streams out, memory stays flat).</summary>
    private static void Spill(Utf8JsonWriter w)
    {
        if (w.BytesPending >= 32 * 1024)
            w.Flush();
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Num(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Num(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<long> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteNumberValue(v);
        w.WriteEndArray();
    }
}
