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
        w.WriteString("schema"u8, SchemaName);
        w.WriteNumber("version"u8, LabReport.SchemaVersion);

        var c = r.Capture;
        w.WriteStartObject("capture"u8);
        w.WriteString("file"u8, c.File);
        w.WriteNumber("frames"u8, c.Frames);
        w.WriteNumber("frames_counted"u8, c.FramesCounted);
        Str(w, "display_filter"u8, c.DisplayFilter);
        w.WriteNumber("first_timestamp_ns"u8, c.FirstTimestamp);
        w.WriteNumber("duration_s"u8, c.DurationSeconds);
        Str(w, "key_log"u8, c.KeyLog);
        w.WriteNumber("key_log_sessions"u8, c.KeyLogSessions);
        w.WriteBoolean("secrets_shown"u8, c.SecretsShown);
        Strings(w, "notices"u8, c.Notices);
        w.WriteEndObject();

        w.WriteStartObject("limits"u8);
        w.WriteNumber("max_connections"u8, r.Limits.MaxConnections);
        w.WriteNumber("max_transactions"u8, r.Limits.MaxTransactions);
        w.WriteNumber("max_arrows"u8, r.Limits.MaxArrows);
        w.WriteNumber("max_exposures"u8, r.Limits.MaxExposures);
        w.WriteEndObject();

        var o = r.Omitted;
        w.WriteStartObject("omitted"u8);
        w.WriteNumber("connections"u8, o.Connections);
        w.WriteNumber("connection_frames"u8, o.ConnectionFrames);
        w.WriteNumber("connection_bytes"u8, o.ConnectionBytes);
        w.WriteNumber("transactions"u8, o.Transactions);
        w.WriteNumber("arrows"u8, o.Arrows);
        w.WriteNumber("exposures"u8, o.Exposures);
        w.WriteEndObject();

        w.WriteStartArray("endpoints"u8);
        foreach (var e in r.Endpoints)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("endpoint"u8, e.Endpoint);
            w.WriteString("address"u8, e.Address);
            w.WriteNumber("port"u8, e.Port);
            w.WriteString("role"u8, Role(e.Role));
            w.WriteString("node"u8, e.Node);
            Str(w, "calls_for"u8, e.CallsFor);
            Strings(w, "also_client_of"u8, e.AlsoClientOf);
            Strings(w, "peers"u8, e.Peers);
            Numbers(w, "streams"u8, e.Streams);
            w.WriteString("description"u8, e.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("nodes"u8);
        foreach (var n in r.Nodes)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("id"u8, n.Id);
            w.WriteString("label"u8, n.Label);
            w.WriteString("role"u8, Role(n.Role));
            w.WriteNumber("depth"u8, n.Depth);
            Strings(w, "endpoints"u8, n.Endpoints);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("talks"u8);
        foreach (var t in r.Talks)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("from"u8, t.From);
            w.WriteString("to"u8, t.To);
            w.WriteString("protocol"u8, t.Protocol);
            Numbers(w, "streams"u8, t.Streams);
            Numbers(w, "client_ports"u8, t.ClientPorts.Select(p => (long)p).ToList());
            w.WriteNumber("requests"u8, t.Requests);
            w.WriteBoolean("while_serving"u8, t.WhileServing);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("connections"u8);
        foreach (var x in r.Connections)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("stream"u8, x.Stream);
            w.WriteString("client"u8, x.Client);
            w.WriteString("client_address"u8, x.ClientAddress);
            w.WriteNumber("client_port"u8, x.ClientPort);
            w.WriteString("server"u8, x.Server);
            w.WriteString("server_address"u8, x.ServerAddress);
            w.WriteNumber("server_port"u8, x.ServerPort);
            w.WriteString("client_basis"u8, x.ClientBasis);
            w.WriteString("protocol"u8, x.Protocol);
            Num(w, "syn_frame"u8, x.SynFrame);
            Num(w, "syn_ack_frame"u8, x.SynAckFrame);
            Num(w, "ack_frame"u8, x.AckFrame);
            Num(w, "handshake_rtt_ms"u8, x.HandshakeRttMs);
            Side(w, "first_fin"u8, x.FirstFin);
            Side(w, "rst"u8, x.Rst);
            w.WriteNumber("first_frame"u8, x.FirstFrame);
            w.WriteNumber("last_frame"u8, x.LastFrame);
            w.WriteNumber("start_s"u8, x.Start);
            w.WriteNumber("duration_s"u8, x.DurationSeconds);
            w.WriteNumber("frames_client_to_server"u8, x.FramesClientToServer);
            w.WriteNumber("bytes_client_to_server"u8, x.BytesClientToServer);
            w.WriteNumber("frames_server_to_client"u8, x.FramesServerToClient);
            w.WriteNumber("bytes_server_to_client"u8, x.BytesServerToClient);
            w.WriteNumber("requests"u8, x.Requests);
            w.WriteNumber("responses"u8, x.Responses);
            Numbers(w, "status_codes"u8, x.StatusCodes.Select(s => (long)s).ToList());
            if (x.Persistence is { } p)
            {
                w.WriteStartObject("persistence"u8);
                w.WriteString("verdict"u8, p.Verdict);
                w.WriteBoolean("persistent"u8, p.Persistent);
                Strings(w, "evidence"u8, p.Evidence);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("persistence"u8);
            }
            Num(w, "ports_reused_by"u8, x.PortsReusedBy);
            w.WriteBoolean("reuses_ports"u8, x.ReusesPorts);
            Str(w, "payload_sample"u8, x.PayloadSample);
            w.WriteString("client_node"u8, x.ClientNode);
            w.WriteString("server_node"u8, x.ServerNode);
            w.WriteString("filter"u8, x.Filter);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("transactions"u8);
        foreach (var t in r.Transactions)
        {
            Spill(w);
            Transaction(w, t);
        }
        w.WriteEndArray();

        w.WriteStartArray("tls_sessions"u8);
        foreach (var s in r.TlsSessions)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("stream"u8, s.Stream);
            w.WriteString("client"u8, s.Client);
            w.WriteString("server"u8, s.Server);
            Str(w, "version"u8, s.Version);
            Str(w, "cipher_suite"u8, s.CipherSuite);
            Str(w, "server_name"u8, s.ServerName);
            Str(w, "alpn"u8, s.Alpn);
            Strings(w, "offered_alpn"u8, s.OfferedAlpn);
            Str(w, "certificate_subject"u8, s.CertificateSubject);
            Str(w, "certificate_issuer"u8, s.CertificateIssuer);
            Num(w, "client_hello_frame"u8, s.ClientHelloFrame);
            Num(w, "server_hello_frame"u8, s.ServerHelloFrame);
            w.WriteBoolean("keys_in_log"u8, s.KeysInLog);
            w.WriteBoolean("decrypted"u8, s.Decrypted);
            w.WriteNumber("records_decrypted"u8, s.RecordsDecrypted);
            w.WriteNumber("records_not_decrypted"u8, s.RecordsNotDecrypted);
            Str(w, "not_decrypted_because"u8, s.NotDecryptedBecause);
            w.WriteNumber("application_records_client_to_server"u8, s.ApplicationRecordsClientToServer);
            w.WriteNumber("application_bytes_client_to_server"u8, s.ApplicationBytesClientToServer);
            w.WriteNumber("application_records_server_to_client"u8, s.ApplicationRecordsServerToClient);
            w.WriteNumber("application_bytes_server_to_client"u8, s.ApplicationBytesServerToClient);
            w.WriteNumber("decrypted_requests"u8, s.DecryptedRequests);
            Strings(w, "visible_without_keys"u8, s.VisibleWithoutKeys);
            Strings(w, "revealed_by_key_log"u8, s.RevealedByKeyLog);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("exposures"u8);
        foreach (var e in r.Exposures)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("kind"u8, ExposureKindName(e.Kind));
            w.WriteString("severity"u8, e.Severity);
            w.WriteNumber("frame"u8, e.Frame);
            w.WriteNumber("stream"u8, e.Stream);
            w.WriteString("name"u8, e.Name);
            w.WriteString("value"u8, e.Value);
            w.WriteBoolean("masked"u8, e.Masked);
            w.WriteBoolean("plain_text"u8, e.PlainText);
            w.WriteString("visible_to"u8, e.VisibleTo);
            w.WriteString("detail"u8, e.Detail);
            w.WriteString("filter"u8, e.Filter);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("answers"u8);
        foreach (var a in r.Answers)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("key"u8, a.Key);
            w.WriteString("question"u8, a.Question);
            Strings(w, "sentences"u8, a.Sentences);
            Numbers(w, "frames"u8, a.Frames);
            Strings(w, "filters"u8, a.Filters);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("flow"u8);
        foreach (var a in r.Flow)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("frame"u8, a.Frame);
            w.WriteNumber("time_s"u8, a.Time);
            w.WriteNumber("stream"u8, a.Stream);
            w.WriteString("kind"u8, ArrowKindName(a.Kind));
            w.WriteString("from"u8, a.From);
            w.WriteString("to"u8, a.To);
            w.WriteString("from_endpoint"u8, a.FromEndpoint);
            w.WriteString("to_endpoint"u8, a.ToEndpoint);
            w.WriteNumber("from_port"u8, a.FromPort);
            w.WriteNumber("to_port"u8, a.ToPort);
            w.WriteString("label"u8, a.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Transaction(Utf8JsonWriter w, TransactionReport t)
    {
        w.WriteStartObject();
        w.WriteNumber("id"u8, t.Id);
        w.WriteNumber("stream"u8, t.Stream);
        w.WriteString("protocol"u8, t.Protocol);
        w.WriteBoolean("inside_tls"u8, t.InsideTls);
        w.WriteString("client"u8, t.Client);
        w.WriteString("server"u8, t.Server);
        Num(w, "request_frame"u8, t.RequestFrame);
        Num(w, "request_first_frame"u8, t.RequestFirstFrame);
        Num(w, "request_time_s"u8, t.RequestTime);
        Str(w, "method"u8, t.Method);
        Str(w, "uri"u8, t.Uri);
        Str(w, "path"u8, t.Path);
        Pairs(w, "query"u8, t.Query);
        Pairs(w, "form"u8, t.Form);
        Str(w, "version"u8, t.Version);
        Str(w, "host"u8, t.Host);
        Str(w, "referer"u8, t.Referer);
        Str(w, "user_agent"u8, t.UserAgent);
        Str(w, "range"u8, t.Range);
        Pairs(w, "cookies"u8, t.Cookies);
        if (t.Authorization is { } auth)
        {
            w.WriteStartObject("authorization"u8);
            w.WriteString("scheme"u8, auth.Scheme);
            Str(w, "user"u8, auth.User);
            w.WriteString("secret"u8, auth.Secret);
            w.WriteBoolean("masked"u8, auth.Masked);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("authorization"u8);
        }
        Num(w, "response_frame"u8, t.ResponseFrame);
        Num(w, "response_first_frame"u8, t.ResponseFirstFrame);
        Num(w, "response_time_s"u8, t.ResponseTime);
        Num(w, "status"u8, t.Status);
        Str(w, "phrase"u8, t.Phrase);
        Str(w, "response_version"u8, t.ResponseVersion);
        Str(w, "content_type"u8, t.ContentType);
        if (t.Framing is { } f)
        {
            w.WriteStartObject("framing"u8);
            w.WriteString("kind"u8, f.Kind);
            Num(w, "length"u8, f.Length);
            Num(w, "chunks"u8, f.Chunks);
            w.WriteString("text"u8, f.ToString());
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("framing"u8);
        }
        Strings(w, "content_ranges"u8, t.ContentRanges);
        w.WriteStartArray("set_cookies"u8);
        foreach (var cookie in t.SetCookies)
        {
            w.WriteStartObject();
            w.WriteString("name"u8, cookie.Name);
            w.WriteString("value"u8, cookie.Value);
            w.WriteBoolean("masked"u8, cookie.Masked);
            w.WriteBoolean("secure"u8, cookie.Secure);
            w.WriteBoolean("http_only"u8, cookie.HttpOnly);
            Str(w, "same_site"u8, cookie.SameSite);
            Str(w, "path"u8, cookie.Path);
            Str(w, "max_age"u8, cookie.MaxAge);
            Str(w, "expires"u8, cookie.Expires);
            w.WriteBoolean("deletes"u8, cookie.Deletes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Str(w, "location"u8, t.Location);
        Num(w, "time_to_response_ms"u8, t.TimeToResponseMs);
        if (t.Htcpcp is { } h)
        {
            w.WriteStartObject("htcpcp"u8);
            Str(w, "scheme"u8, h.Scheme);
            Str(w, "pot"u8, h.Pot);
            Str(w, "tea_variety"u8, h.TeaVariety);
            Strings(w, "additions"u8, h.Additions);
            Str(w, "request_body"u8, h.RequestBody);
            Str(w, "response_body"u8, h.ResponseBody);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("htcpcp"u8);
        }
        Num(w, "parent_id"u8, t.ParentId);
        w.WriteBoolean("is_page"u8, t.IsPage);
        if (t.Asset is { } a)
        {
            w.WriteStartObject("asset"u8);
            w.WriteNumber("page_id"u8, a.PageId);
            w.WriteBoolean("same_connection"u8, a.SameConnection);
            w.WriteString("evidence"u8, a.Evidence);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("asset"u8);
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

    private static void Side(Utf8JsonWriter w, ReadOnlySpan<byte> name, FrameBySide? side)
    {
        if (side is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("side"u8, side.Side == ConnectionSide.Client ? "client" : "server");
        w.WriteNumber("frame"u8, side.Frame);
        w.WriteEndObject();
    }

    private static void Pairs(Utf8JsonWriter w, ReadOnlySpan<byte> name, IReadOnlyList<NameValue> pairs)
    {
        w.WriteStartArray(name);
        foreach (var p in pairs)
        {
            w.WriteStartObject();
            w.WriteString("name"u8, p.Name);
            w.WriteString("value"u8, p.Value);
            w.WriteBoolean("masked"u8, p.Masked);
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

    private static void Str(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Num(Utf8JsonWriter w, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Num(Utf8JsonWriter w, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Strings(Utf8JsonWriter w, ReadOnlySpan<byte> name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter w, ReadOnlySpan<byte> name, IEnumerable<long> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteNumberValue(v);
        w.WriteEndArray();
    }
}
