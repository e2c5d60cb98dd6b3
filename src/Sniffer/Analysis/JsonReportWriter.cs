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
        // The writer's structure checks are skipped: the shape is this file's code, and ReportFormatTests parse every
        // report it writes and validate it against docs/analyze-report.schema.json.
        using (var w = new Utf8JsonWriter(sink, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
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
        w.WriteString(N.Schema, SchemaName);
        w.WriteNumber(N.Version, LabReport.SchemaVersion);

        var c = r.Capture;
        w.WriteStartObject(N.Capture);
        w.WriteString(N.File, c.File);
        w.WriteNumber(N.Frames, c.Frames);
        w.WriteNumber(N.FramesCounted, c.FramesCounted);
        Str(w, N.DisplayFilter, c.DisplayFilter);
        w.WriteNumber(N.FirstTimestampNs, c.FirstTimestamp);
        w.WriteNumber(N.DurationS, c.DurationSeconds);
        Str(w, N.KeyLog, c.KeyLog);
        w.WriteNumber(N.KeyLogSessions, c.KeyLogSessions);
        w.WriteBoolean(N.SecretsShown, c.SecretsShown);
        Strings(w, N.Notices, c.Notices);
        w.WriteEndObject();

        w.WriteStartObject(N.Limits);
        w.WriteNumber(N.MaxConnections, r.Limits.MaxConnections);
        w.WriteNumber(N.MaxTransactions, r.Limits.MaxTransactions);
        w.WriteNumber(N.MaxArrows, r.Limits.MaxArrows);
        w.WriteNumber(N.MaxExposures, r.Limits.MaxExposures);
        w.WriteEndObject();

        var o = r.Omitted;
        w.WriteStartObject(N.Omitted);
        w.WriteNumber(N.Connections, o.Connections);
        w.WriteNumber(N.ConnectionFrames, o.ConnectionFrames);
        w.WriteNumber(N.ConnectionBytes, o.ConnectionBytes);
        w.WriteNumber(N.Transactions, o.Transactions);
        w.WriteNumber(N.Arrows, o.Arrows);
        w.WriteNumber(N.Exposures, o.Exposures);
        w.WriteEndObject();

        w.WriteStartArray(N.Endpoints);
        foreach (var e in r.Endpoints)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString(N.Endpoint, e.Endpoint);
            w.WriteString(N.Address, e.Address);
            w.WriteNumber(N.Port, e.Port);
            w.WriteString(N.Role, Role(e.Role));
            w.WriteString(N.Node, e.Node);
            Str(w, N.CallsFor, e.CallsFor);
            Strings(w, N.AlsoClientOf, e.AlsoClientOf);
            Strings(w, N.Peers, e.Peers);
            Numbers(w, N.Streams, e.Streams);
            w.WriteString(N.Description, e.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Nodes);
        foreach (var n in r.Nodes)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString(N.Id, n.Id);
            w.WriteString(N.Label, n.Label);
            w.WriteString(N.Role, Role(n.Role));
            w.WriteNumber(N.Depth, n.Depth);
            Strings(w, N.Endpoints, n.Endpoints);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Talks);
        foreach (var t in r.Talks)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString(N.From, t.From);
            w.WriteString(N.To, t.To);
            w.WriteString(N.Protocol, t.Protocol);
            Numbers(w, N.Streams, t.Streams);
            Numbers(w, N.ClientPorts, t.ClientPorts.Select(p => (long)p).ToList());
            w.WriteNumber(N.Requests, t.Requests);
            w.WriteBoolean(N.WhileServing, t.WhileServing);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Connections);
        foreach (var x in r.Connections)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber(N.Stream, x.Stream);
            w.WriteString(N.Client, x.Client);
            w.WriteString(N.ClientAddress, x.ClientAddress);
            w.WriteNumber(N.ClientPort, x.ClientPort);
            w.WriteString(N.Server, x.Server);
            w.WriteString(N.ServerAddress, x.ServerAddress);
            w.WriteNumber(N.ServerPort, x.ServerPort);
            w.WriteString(N.ClientBasis, x.ClientBasis);
            w.WriteString(N.Protocol, x.Protocol);
            Num(w, N.SynFrame, x.SynFrame);
            Num(w, N.SynAckFrame, x.SynAckFrame);
            Num(w, N.AckFrame, x.AckFrame);
            Num(w, N.HandshakeRttMs, x.HandshakeRttMs);
            Side(w, N.FirstFin, x.FirstFin);
            Side(w, N.Rst, x.Rst);
            w.WriteNumber(N.FirstFrame, x.FirstFrame);
            w.WriteNumber(N.LastFrame, x.LastFrame);
            w.WriteNumber(N.StartS, x.Start);
            w.WriteNumber(N.DurationS, x.DurationSeconds);
            w.WriteNumber(N.FramesClientToServer, x.FramesClientToServer);
            w.WriteNumber(N.BytesClientToServer, x.BytesClientToServer);
            w.WriteNumber(N.FramesServerToClient, x.FramesServerToClient);
            w.WriteNumber(N.BytesServerToClient, x.BytesServerToClient);
            w.WriteNumber(N.Requests, x.Requests);
            w.WriteNumber(N.Responses, x.Responses);
            Numbers(w, N.StatusCodes, x.StatusCodes.Select(s => (long)s).ToList());
            if (x.Persistence is { } p)
            {
                w.WriteStartObject(N.Persistence);
                w.WriteString(N.Verdict, p.Verdict);
                w.WriteBoolean(N.Persistent, p.Persistent);
                Strings(w, N.Evidence, p.Evidence);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull(N.Persistence);
            }
            Num(w, N.PortsReusedBy, x.PortsReusedBy);
            w.WriteBoolean(N.ReusesPorts, x.ReusesPorts);
            Str(w, N.PayloadSample, x.PayloadSample);
            w.WriteString(N.ClientNode, x.ClientNode);
            w.WriteString(N.ServerNode, x.ServerNode);
            w.WriteString(N.Filter, x.Filter);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Transactions);
        foreach (var t in r.Transactions)
        {
            Spill(w);
            Transaction(w, t);
        }
        w.WriteEndArray();

        w.WriteStartArray(N.TlsSessions);
        foreach (var s in r.TlsSessions)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber(N.Stream, s.Stream);
            w.WriteString(N.Client, s.Client);
            w.WriteString(N.Server, s.Server);
            Str(w, N.Version, s.Version);
            Str(w, N.CipherSuite, s.CipherSuite);
            Str(w, N.ServerName, s.ServerName);
            Str(w, N.Alpn, s.Alpn);
            Strings(w, N.OfferedAlpn, s.OfferedAlpn);
            Str(w, N.CertificateSubject, s.CertificateSubject);
            Str(w, N.CertificateIssuer, s.CertificateIssuer);
            Num(w, N.ClientHelloFrame, s.ClientHelloFrame);
            Num(w, N.ServerHelloFrame, s.ServerHelloFrame);
            w.WriteBoolean(N.KeysInLog, s.KeysInLog);
            w.WriteBoolean(N.Decrypted, s.Decrypted);
            w.WriteNumber(N.RecordsDecrypted, s.RecordsDecrypted);
            w.WriteNumber(N.RecordsNotDecrypted, s.RecordsNotDecrypted);
            Str(w, N.NotDecryptedBecause, s.NotDecryptedBecause);
            w.WriteNumber(N.ApplicationRecordsClientToServer, s.ApplicationRecordsClientToServer);
            w.WriteNumber(N.ApplicationBytesClientToServer, s.ApplicationBytesClientToServer);
            w.WriteNumber(N.ApplicationRecordsServerToClient, s.ApplicationRecordsServerToClient);
            w.WriteNumber(N.ApplicationBytesServerToClient, s.ApplicationBytesServerToClient);
            w.WriteNumber(N.DecryptedRequests, s.DecryptedRequests);
            Strings(w, N.VisibleWithoutKeys, s.VisibleWithoutKeys);
            Strings(w, N.RevealedByKeyLog, s.RevealedByKeyLog);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Exposures);
        foreach (var e in r.Exposures)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString(N.Kind, ExposureKindName(e.Kind));
            w.WriteString(N.Severity, e.Severity);
            w.WriteNumber(N.Frame, e.Frame);
            w.WriteNumber(N.Stream, e.Stream);
            w.WriteString(N.Name, e.Name);
            w.WriteString(N.Value, e.Value);
            w.WriteBoolean(N.Masked, e.Masked);
            w.WriteBoolean(N.PlainText, e.PlainText);
            w.WriteString(N.VisibleTo, e.VisibleTo);
            w.WriteString(N.Detail, e.Detail);
            w.WriteString(N.Filter, e.Filter);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Answers);
        foreach (var a in r.Answers)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString(N.Key, a.Key);
            w.WriteString(N.Question, a.Question);
            Strings(w, N.Sentences, a.Sentences);
            Numbers(w, N.Frames, a.Frames);
            Strings(w, N.Filters, a.Filters);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Flow);
        foreach (var a in r.Flow)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber(N.Frame, a.Frame);
            w.WriteNumber(N.TimeS, a.Time);
            w.WriteNumber(N.Stream, a.Stream);
            w.WriteString(N.Kind, ArrowKindName(a.Kind));
            w.WriteString(N.From, a.From);
            w.WriteString(N.To, a.To);
            w.WriteString(N.FromEndpoint, a.FromEndpoint);
            w.WriteString(N.ToEndpoint, a.ToEndpoint);
            w.WriteNumber(N.FromPort, a.FromPort);
            w.WriteNumber(N.ToPort, a.ToPort);
            w.WriteString(N.Label, a.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Transaction(Utf8JsonWriter w, TransactionReport t)
    {
        w.WriteStartObject();
        w.WriteNumber(N.Id, t.Id);
        w.WriteNumber(N.Stream, t.Stream);
        w.WriteString(N.Protocol, t.Protocol);
        w.WriteBoolean(N.InsideTls, t.InsideTls);
        w.WriteString(N.Client, t.Client);
        w.WriteString(N.Server, t.Server);
        Num(w, N.RequestFrame, t.RequestFrame);
        Num(w, N.RequestFirstFrame, t.RequestFirstFrame);
        Num(w, N.RequestTimeS, t.RequestTime);
        Str(w, N.Method, t.Method);
        Str(w, N.Uri, t.Uri);
        Str(w, N.Path, t.Path);
        Pairs(w, N.Query, t.Query);
        Pairs(w, N.Form, t.Form);
        Str(w, N.Version, t.Version);
        Str(w, N.Host, t.Host);
        Str(w, N.Referer, t.Referer);
        Str(w, N.UserAgent, t.UserAgent);
        Str(w, N.Range, t.Range);
        Pairs(w, N.Cookies, t.Cookies);
        if (t.Authorization is { } auth)
        {
            w.WriteStartObject(N.Authorization);
            w.WriteString(N.Scheme, auth.Scheme);
            Str(w, N.User, auth.User);
            w.WriteString(N.Secret, auth.Secret);
            w.WriteBoolean(N.Masked, auth.Masked);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Authorization);
        }
        Num(w, N.ResponseFrame, t.ResponseFrame);
        Num(w, N.ResponseFirstFrame, t.ResponseFirstFrame);
        Num(w, N.ResponseTimeS, t.ResponseTime);
        Num(w, N.Status, t.Status);
        Str(w, N.Phrase, t.Phrase);
        Str(w, N.ResponseVersion, t.ResponseVersion);
        Str(w, N.ContentType, t.ContentType);
        if (t.Framing is { } f)
        {
            w.WriteStartObject(N.Framing);
            w.WriteString(N.Kind, f.Kind);
            Num(w, N.Length, f.Length);
            Num(w, N.Chunks, f.Chunks);
            w.WriteString(N.Text, f.ToString());
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Framing);
        }
        Strings(w, N.ContentRanges, t.ContentRanges);
        w.WriteStartArray(N.SetCookies);
        foreach (var cookie in t.SetCookies)
        {
            w.WriteStartObject();
            w.WriteString(N.Name, cookie.Name);
            w.WriteString(N.Value, cookie.Value);
            w.WriteBoolean(N.Masked, cookie.Masked);
            w.WriteBoolean(N.Secure, cookie.Secure);
            w.WriteBoolean(N.HttpOnly, cookie.HttpOnly);
            Str(w, N.SameSite, cookie.SameSite);
            Str(w, N.Path, cookie.Path);
            Str(w, N.MaxAge, cookie.MaxAge);
            Str(w, N.Expires, cookie.Expires);
            w.WriteBoolean(N.Deletes, cookie.Deletes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Str(w, N.Location, t.Location);
        Num(w, N.TimeToResponseMs, t.TimeToResponseMs);
        if (t.Htcpcp is { } h)
        {
            w.WriteStartObject(N.Htcpcp);
            Str(w, N.Scheme, h.Scheme);
            Str(w, N.Pot, h.Pot);
            Str(w, N.TeaVariety, h.TeaVariety);
            Strings(w, N.Additions, h.Additions);
            Str(w, N.RequestBody, h.RequestBody);
            Str(w, N.ResponseBody, h.ResponseBody);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Htcpcp);
        }
        Num(w, N.ParentId, t.ParentId);
        w.WriteBoolean(N.IsPage, t.IsPage);
        if (t.Asset is { } a)
        {
            w.WriteStartObject(N.Asset);
            w.WriteNumber(N.PageId, a.PageId);
            w.WriteBoolean(N.SameConnection, a.SameConnection);
            w.WriteString(N.Evidence, a.Evidence);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Asset);
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

    private static void Side(Utf8JsonWriter w, JsonEncodedText name, FrameBySide? side)
    {
        if (side is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString(N.Side, side.Side == ConnectionSide.Client ? "client" : "server");
        w.WriteNumber(N.Frame, side.Frame);
        w.WriteEndObject();
    }

    private static void Pairs(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<NameValue> pairs)
    {
        w.WriteStartArray(name);
        foreach (var p in pairs)
        {
            w.WriteStartObject();
            w.WriteString(N.Name, p.Name);
            w.WriteString(N.Value, p.Value);
            w.WriteBoolean(N.Masked, p.Masked);
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

    private static void Str(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Num(Utf8JsonWriter w, JsonEncodedText name, long? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Num(Utf8JsonWriter w, JsonEncodedText name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Strings(Utf8JsonWriter w, JsonEncodedText name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter w, JsonEncodedText name, IEnumerable<long> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    /// <summary>
    /// The property names, encoded once: a name written from its encoded bytes is copied as it is, where a plain string or
    /// UTF-8 name is checked for characters to escape every time (the bench's report writes some 200,000 names).
    /// </summary>
    private static class N
    {
        public static readonly JsonEncodedText AckFrame = JsonEncodedText.Encode("ack_frame"u8);
        public static readonly JsonEncodedText Additions = JsonEncodedText.Encode("additions"u8);
        public static readonly JsonEncodedText Address = JsonEncodedText.Encode("address"u8);
        public static readonly JsonEncodedText Alpn = JsonEncodedText.Encode("alpn"u8);
        public static readonly JsonEncodedText AlsoClientOf = JsonEncodedText.Encode("also_client_of"u8);
        public static readonly JsonEncodedText Answers = JsonEncodedText.Encode("answers"u8);
        public static readonly JsonEncodedText ApplicationBytesClientToServer = JsonEncodedText.Encode("application_bytes_client_to_server"u8);
        public static readonly JsonEncodedText ApplicationBytesServerToClient = JsonEncodedText.Encode("application_bytes_server_to_client"u8);
        public static readonly JsonEncodedText ApplicationRecordsClientToServer = JsonEncodedText.Encode("application_records_client_to_server"u8);
        public static readonly JsonEncodedText ApplicationRecordsServerToClient = JsonEncodedText.Encode("application_records_server_to_client"u8);
        public static readonly JsonEncodedText Arrows = JsonEncodedText.Encode("arrows"u8);
        public static readonly JsonEncodedText Asset = JsonEncodedText.Encode("asset"u8);
        public static readonly JsonEncodedText Authorization = JsonEncodedText.Encode("authorization"u8);
        public static readonly JsonEncodedText BytesClientToServer = JsonEncodedText.Encode("bytes_client_to_server"u8);
        public static readonly JsonEncodedText BytesServerToClient = JsonEncodedText.Encode("bytes_server_to_client"u8);
        public static readonly JsonEncodedText CallsFor = JsonEncodedText.Encode("calls_for"u8);
        public static readonly JsonEncodedText Capture = JsonEncodedText.Encode("capture"u8);
        public static readonly JsonEncodedText CertificateIssuer = JsonEncodedText.Encode("certificate_issuer"u8);
        public static readonly JsonEncodedText CertificateSubject = JsonEncodedText.Encode("certificate_subject"u8);
        public static readonly JsonEncodedText Chunks = JsonEncodedText.Encode("chunks"u8);
        public static readonly JsonEncodedText CipherSuite = JsonEncodedText.Encode("cipher_suite"u8);
        public static readonly JsonEncodedText Client = JsonEncodedText.Encode("client"u8);
        public static readonly JsonEncodedText ClientAddress = JsonEncodedText.Encode("client_address"u8);
        public static readonly JsonEncodedText ClientBasis = JsonEncodedText.Encode("client_basis"u8);
        public static readonly JsonEncodedText ClientHelloFrame = JsonEncodedText.Encode("client_hello_frame"u8);
        public static readonly JsonEncodedText ClientNode = JsonEncodedText.Encode("client_node"u8);
        public static readonly JsonEncodedText ClientPort = JsonEncodedText.Encode("client_port"u8);
        public static readonly JsonEncodedText ClientPorts = JsonEncodedText.Encode("client_ports"u8);
        public static readonly JsonEncodedText ConnectionBytes = JsonEncodedText.Encode("connection_bytes"u8);
        public static readonly JsonEncodedText ConnectionFrames = JsonEncodedText.Encode("connection_frames"u8);
        public static readonly JsonEncodedText Connections = JsonEncodedText.Encode("connections"u8);
        public static readonly JsonEncodedText ContentRanges = JsonEncodedText.Encode("content_ranges"u8);
        public static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("content_type"u8);
        public static readonly JsonEncodedText Cookies = JsonEncodedText.Encode("cookies"u8);
        public static readonly JsonEncodedText Decrypted = JsonEncodedText.Encode("decrypted"u8);
        public static readonly JsonEncodedText DecryptedRequests = JsonEncodedText.Encode("decrypted_requests"u8);
        public static readonly JsonEncodedText Deletes = JsonEncodedText.Encode("deletes"u8);
        public static readonly JsonEncodedText Depth = JsonEncodedText.Encode("depth"u8);
        public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description"u8);
        public static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail"u8);
        public static readonly JsonEncodedText DisplayFilter = JsonEncodedText.Encode("display_filter"u8);
        public static readonly JsonEncodedText DurationS = JsonEncodedText.Encode("duration_s"u8);
        public static readonly JsonEncodedText Endpoint = JsonEncodedText.Encode("endpoint"u8);
        public static readonly JsonEncodedText Endpoints = JsonEncodedText.Encode("endpoints"u8);
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence"u8);
        public static readonly JsonEncodedText Expires = JsonEncodedText.Encode("expires"u8);
        public static readonly JsonEncodedText Exposures = JsonEncodedText.Encode("exposures"u8);
        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file"u8);
        public static readonly JsonEncodedText Filter = JsonEncodedText.Encode("filter"u8);
        public static readonly JsonEncodedText Filters = JsonEncodedText.Encode("filters"u8);
        public static readonly JsonEncodedText FirstFin = JsonEncodedText.Encode("first_fin"u8);
        public static readonly JsonEncodedText FirstFrame = JsonEncodedText.Encode("first_frame"u8);
        public static readonly JsonEncodedText FirstTimestampNs = JsonEncodedText.Encode("first_timestamp_ns"u8);
        public static readonly JsonEncodedText Flow = JsonEncodedText.Encode("flow"u8);
        public static readonly JsonEncodedText Form = JsonEncodedText.Encode("form"u8);
        public static readonly JsonEncodedText Frame = JsonEncodedText.Encode("frame"u8);
        public static readonly JsonEncodedText Frames = JsonEncodedText.Encode("frames"u8);
        public static readonly JsonEncodedText FramesClientToServer = JsonEncodedText.Encode("frames_client_to_server"u8);
        public static readonly JsonEncodedText FramesCounted = JsonEncodedText.Encode("frames_counted"u8);
        public static readonly JsonEncodedText FramesServerToClient = JsonEncodedText.Encode("frames_server_to_client"u8);
        public static readonly JsonEncodedText Framing = JsonEncodedText.Encode("framing"u8);
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from"u8);
        public static readonly JsonEncodedText FromEndpoint = JsonEncodedText.Encode("from_endpoint"u8);
        public static readonly JsonEncodedText FromPort = JsonEncodedText.Encode("from_port"u8);
        public static readonly JsonEncodedText HandshakeRttMs = JsonEncodedText.Encode("handshake_rtt_ms"u8);
        public static readonly JsonEncodedText Host = JsonEncodedText.Encode("host"u8);
        public static readonly JsonEncodedText Htcpcp = JsonEncodedText.Encode("htcpcp"u8);
        public static readonly JsonEncodedText HttpOnly = JsonEncodedText.Encode("http_only"u8);
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id"u8);
        public static readonly JsonEncodedText InsideTls = JsonEncodedText.Encode("inside_tls"u8);
        public static readonly JsonEncodedText IsPage = JsonEncodedText.Encode("is_page"u8);
        public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key"u8);
        public static readonly JsonEncodedText KeyLog = JsonEncodedText.Encode("key_log"u8);
        public static readonly JsonEncodedText KeyLogSessions = JsonEncodedText.Encode("key_log_sessions"u8);
        public static readonly JsonEncodedText KeysInLog = JsonEncodedText.Encode("keys_in_log"u8);
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind"u8);
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label"u8);
        public static readonly JsonEncodedText LastFrame = JsonEncodedText.Encode("last_frame"u8);
        public static readonly JsonEncodedText Length = JsonEncodedText.Encode("length"u8);
        public static readonly JsonEncodedText Limits = JsonEncodedText.Encode("limits"u8);
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location"u8);
        public static readonly JsonEncodedText Masked = JsonEncodedText.Encode("masked"u8);
        public static readonly JsonEncodedText MaxAge = JsonEncodedText.Encode("max_age"u8);
        public static readonly JsonEncodedText MaxArrows = JsonEncodedText.Encode("max_arrows"u8);
        public static readonly JsonEncodedText MaxConnections = JsonEncodedText.Encode("max_connections"u8);
        public static readonly JsonEncodedText MaxExposures = JsonEncodedText.Encode("max_exposures"u8);
        public static readonly JsonEncodedText MaxTransactions = JsonEncodedText.Encode("max_transactions"u8);
        public static readonly JsonEncodedText Method = JsonEncodedText.Encode("method"u8);
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name"u8);
        public static readonly JsonEncodedText Node = JsonEncodedText.Encode("node"u8);
        public static readonly JsonEncodedText Nodes = JsonEncodedText.Encode("nodes"u8);
        public static readonly JsonEncodedText NotDecryptedBecause = JsonEncodedText.Encode("not_decrypted_because"u8);
        public static readonly JsonEncodedText Notices = JsonEncodedText.Encode("notices"u8);
        public static readonly JsonEncodedText OfferedAlpn = JsonEncodedText.Encode("offered_alpn"u8);
        public static readonly JsonEncodedText Omitted = JsonEncodedText.Encode("omitted"u8);
        public static readonly JsonEncodedText PageId = JsonEncodedText.Encode("page_id"u8);
        public static readonly JsonEncodedText ParentId = JsonEncodedText.Encode("parent_id"u8);
        public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path"u8);
        public static readonly JsonEncodedText PayloadSample = JsonEncodedText.Encode("payload_sample"u8);
        public static readonly JsonEncodedText Peers = JsonEncodedText.Encode("peers"u8);
        public static readonly JsonEncodedText Persistence = JsonEncodedText.Encode("persistence"u8);
        public static readonly JsonEncodedText Persistent = JsonEncodedText.Encode("persistent"u8);
        public static readonly JsonEncodedText Phrase = JsonEncodedText.Encode("phrase"u8);
        public static readonly JsonEncodedText PlainText = JsonEncodedText.Encode("plain_text"u8);
        public static readonly JsonEncodedText Port = JsonEncodedText.Encode("port"u8);
        public static readonly JsonEncodedText PortsReusedBy = JsonEncodedText.Encode("ports_reused_by"u8);
        public static readonly JsonEncodedText Pot = JsonEncodedText.Encode("pot"u8);
        public static readonly JsonEncodedText Protocol = JsonEncodedText.Encode("protocol"u8);
        public static readonly JsonEncodedText Query = JsonEncodedText.Encode("query"u8);
        public static readonly JsonEncodedText Question = JsonEncodedText.Encode("question"u8);
        public static readonly JsonEncodedText Range = JsonEncodedText.Encode("range"u8);
        public static readonly JsonEncodedText RecordsDecrypted = JsonEncodedText.Encode("records_decrypted"u8);
        public static readonly JsonEncodedText RecordsNotDecrypted = JsonEncodedText.Encode("records_not_decrypted"u8);
        public static readonly JsonEncodedText Referer = JsonEncodedText.Encode("referer"u8);
        public static readonly JsonEncodedText RequestBody = JsonEncodedText.Encode("request_body"u8);
        public static readonly JsonEncodedText RequestFirstFrame = JsonEncodedText.Encode("request_first_frame"u8);
        public static readonly JsonEncodedText RequestFrame = JsonEncodedText.Encode("request_frame"u8);
        public static readonly JsonEncodedText RequestTimeS = JsonEncodedText.Encode("request_time_s"u8);
        public static readonly JsonEncodedText Requests = JsonEncodedText.Encode("requests"u8);
        public static readonly JsonEncodedText ResponseBody = JsonEncodedText.Encode("response_body"u8);
        public static readonly JsonEncodedText ResponseFirstFrame = JsonEncodedText.Encode("response_first_frame"u8);
        public static readonly JsonEncodedText ResponseFrame = JsonEncodedText.Encode("response_frame"u8);
        public static readonly JsonEncodedText ResponseTimeS = JsonEncodedText.Encode("response_time_s"u8);
        public static readonly JsonEncodedText ResponseVersion = JsonEncodedText.Encode("response_version"u8);
        public static readonly JsonEncodedText Responses = JsonEncodedText.Encode("responses"u8);
        public static readonly JsonEncodedText ReusesPorts = JsonEncodedText.Encode("reuses_ports"u8);
        public static readonly JsonEncodedText RevealedByKeyLog = JsonEncodedText.Encode("revealed_by_key_log"u8);
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role"u8);
        public static readonly JsonEncodedText Rst = JsonEncodedText.Encode("rst"u8);
        public static readonly JsonEncodedText SameConnection = JsonEncodedText.Encode("same_connection"u8);
        public static readonly JsonEncodedText SameSite = JsonEncodedText.Encode("same_site"u8);
        public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema"u8);
        public static readonly JsonEncodedText Scheme = JsonEncodedText.Encode("scheme"u8);
        public static readonly JsonEncodedText Secret = JsonEncodedText.Encode("secret"u8);
        public static readonly JsonEncodedText SecretsShown = JsonEncodedText.Encode("secrets_shown"u8);
        public static readonly JsonEncodedText Secure = JsonEncodedText.Encode("secure"u8);
        public static readonly JsonEncodedText Sentences = JsonEncodedText.Encode("sentences"u8);
        public static readonly JsonEncodedText Server = JsonEncodedText.Encode("server"u8);
        public static readonly JsonEncodedText ServerAddress = JsonEncodedText.Encode("server_address"u8);
        public static readonly JsonEncodedText ServerHelloFrame = JsonEncodedText.Encode("server_hello_frame"u8);
        public static readonly JsonEncodedText ServerName = JsonEncodedText.Encode("server_name"u8);
        public static readonly JsonEncodedText ServerNode = JsonEncodedText.Encode("server_node"u8);
        public static readonly JsonEncodedText ServerPort = JsonEncodedText.Encode("server_port"u8);
        public static readonly JsonEncodedText SetCookies = JsonEncodedText.Encode("set_cookies"u8);
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity"u8);
        public static readonly JsonEncodedText Side = JsonEncodedText.Encode("side"u8);
        public static readonly JsonEncodedText StartS = JsonEncodedText.Encode("start_s"u8);
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status"u8);
        public static readonly JsonEncodedText StatusCodes = JsonEncodedText.Encode("status_codes"u8);
        public static readonly JsonEncodedText Stream = JsonEncodedText.Encode("stream"u8);
        public static readonly JsonEncodedText Streams = JsonEncodedText.Encode("streams"u8);
        public static readonly JsonEncodedText SynAckFrame = JsonEncodedText.Encode("syn_ack_frame"u8);
        public static readonly JsonEncodedText SynFrame = JsonEncodedText.Encode("syn_frame"u8);
        public static readonly JsonEncodedText Talks = JsonEncodedText.Encode("talks"u8);
        public static readonly JsonEncodedText TeaVariety = JsonEncodedText.Encode("tea_variety"u8);
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text"u8);
        public static readonly JsonEncodedText TimeS = JsonEncodedText.Encode("time_s"u8);
        public static readonly JsonEncodedText TimeToResponseMs = JsonEncodedText.Encode("time_to_response_ms"u8);
        public static readonly JsonEncodedText TlsSessions = JsonEncodedText.Encode("tls_sessions"u8);
        public static readonly JsonEncodedText To = JsonEncodedText.Encode("to"u8);
        public static readonly JsonEncodedText ToEndpoint = JsonEncodedText.Encode("to_endpoint"u8);
        public static readonly JsonEncodedText ToPort = JsonEncodedText.Encode("to_port"u8);
        public static readonly JsonEncodedText Transactions = JsonEncodedText.Encode("transactions"u8);
        public static readonly JsonEncodedText Uri = JsonEncodedText.Encode("uri"u8);
        public static readonly JsonEncodedText User = JsonEncodedText.Encode("user"u8);
        public static readonly JsonEncodedText UserAgent = JsonEncodedText.Encode("user_agent"u8);
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value"u8);
        public static readonly JsonEncodedText Verdict = JsonEncodedText.Encode("verdict"u8);
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version"u8);
        public static readonly JsonEncodedText VisibleTo = JsonEncodedText.Encode("visible_to"u8);
        public static readonly JsonEncodedText VisibleWithoutKeys = JsonEncodedText.Encode("visible_without_keys"u8);
        public static readonly JsonEncodedText WhileServing = JsonEncodedText.Encode("while_serving"u8);
    }
}
