using System.Globalization;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.Tls;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Streams;
using Sniffer.Output;

namespace Sniffer.Analysis;

/// <summary>
/// Joins what the frames of one connection said (<see cref="LiveConnection"/>) with the connection model (handshake
/// and teardown frames, HTTP/HTCPCP transaction records, the TLS session) into the report's rows for it. Reads records
/// and field values only.
/// </summary>
internal static class ConnectionAssembler
{
    public static KeptConnection Assemble(TcpConversation c, LiveConnection live, AnalysisOptions options, KeyLog? keys, long origin)
    {
        // Which end is the client: the SYN sender; without a handshake, the side that sent requests; else the ephemeral port.
        ConversationKey.From(live.AddressA, live.PortA, live.AddressB, live.PortB, out bool aIsKeyA);
        bool modelClientIsA = aIsKeyA == c.AIsClient;
        bool clientIsA;
        string basis;
        if (c.SynFrame != 0 || c.SynAckFrame != 0)
        {
            clientIsA = modelClientIsA;
            basis = "SYN";
        }
        else if (live.RequestsFromA is { } requestsFromA)
        {
            clientIsA = requestsFromA;
            basis = "request";
        }
        else
        {
            clientIsA = live.PortA == live.PortB ? modelClientIsA : EphemeralIsA(live.PortA, live.PortB);
            basis = "ephemeral port";
        }
        bool swapped = clientIsA != modelClientIsA;
        ConnectionSide SideOf(StreamDirection modelDirection)
            => (modelDirection == StreamDirection.ClientToServer) != swapped ? ConnectionSide.Client : ConnectionSide.Server;

        string addressA = Address(live.Kind, live.AddressA), addressB = Address(live.Kind, live.AddressB);
        string clientAddress = clientIsA ? addressA : addressB, serverAddress = clientIsA ? addressB : addressA;
        int clientPort = clientIsA ? live.PortA : live.PortB, serverPort = clientIsA ? live.PortB : live.PortA;
        string client = EndpointText.Of(clientAddress, clientPort), server = EndpointText.Of(serverAddress, serverPort);

        var tls = c.State.Find<TlsSession>();
        var httpLayers = new List<HttpConversation>();
        foreach (var layer in c.State.Layers)
            if (layer is HttpConversation h)
                httpLayers.Add(h);
        bool filtered = options.DisplayFilterText is not null;

        var exposures = new ExposureCollector(c.Index, options.ShowSecrets, plainText: tls is null);
        var transactions = new List<TransactionReport>();
        int requests = 0, responses = 0;
        var statuses = new List<int>();
        PersistenceReport? persistence = null;
        bool htcpcpConnection = c.Dissector?.Protocol.Abbrev == "htcpcp";
        var close = new TcpCloseInfo(
            c.FirstFinFrame != 0 ? Direction(SideOf(c.FirstFinDirection)) : null, c.FirstFinFrame != 0 ? c.FirstFinFrame : null,
            c.RstFrame != 0 ? Direction(SideOf(c.RstDirection)) : null, c.RstFrame != 0 ? c.RstFrame : null);
        foreach (var http in httpLayers)
        {
            foreach (var t in http.Transactions)
            {
                if (!t.HasRequest && t.StatusCode is >= 100 and < 200 and not 101)
                    continue; // an interim response recorded on its own
                if (filtered && !live.Saw(t.RequestFrame) && !live.Saw(t.ResponseFrame))
                    continue;
                var request = live.Take(t.RequestFrame, request: true);
                var response = live.Take(t.ResponseFrame, request: false);
                bool htcpcp = request?.Htcpcp ?? response?.Htcpcp ?? htcpcpConnection;
                var report = Transaction(t, request, response, htcpcp, tls is not null, c.Index, client, server, origin, options.ShowSecrets);
                transactions.Add(report);
                exposures.FromTransaction(report, request);
                if (t.HasRequest) requests++;
                if (t.HasResponse)
                {
                    responses++;
                    if (t.StatusCode is { } code && statuses.Count < 64 && !statuses.Contains(code))
                        statuses.Add(code);
                }
            }
            if (http.SawHttp || http.Transactions.Count > 0)
            {
                var decision = HttpPersistence.Decide(http.Transactions, close);
                persistence = new PersistenceReport(Describe(decision.Verdict), decision.Verdict == HttpPersistenceVerdict.Persistent, decision.Evidence);
            }
        }

        string protocol = tls is not null
            ? (transactions.Count > 0 ? $"{transactions[0].Protocol} over TLS" : "TLS")
            : transactions.Count > 0 ? transactions[0].Protocol
            : httpLayers.Count > 0 ? (htcpcpConnection ? "HTCPCP" : "HTTP")
            : c.Dissector?.Protocol.ShortName ?? "data";

        string? sample = null;
        if (transactions.Count == 0 && live.PayloadLines.Count > 0)
        {
            var first = live.PayloadLines[0];
            sample = first.Line;
            foreach (var (frame, _, line) in live.PayloadLines)
                exposures.FromPayloadLine(frame, line);
            if (exposures.MasksSample(sample))
                sample = exposures.MaskLine(sample);
        }

        long framesC2S = clientIsA ? live.FramesFromA : live.FramesFromB, bytesC2S = clientIsA ? live.BytesFromA : live.BytesFromB;
        long framesS2C = clientIsA ? live.FramesFromB : live.FramesFromA, bytesS2C = clientIsA ? live.BytesFromB : live.BytesFromA;
        var row = new ConnectionReport
        {
            Stream = c.Index,
            ClientAddress = clientAddress,
            ClientPort = clientPort,
            ServerAddress = serverAddress,
            ServerPort = serverPort,
            ClientBasis = basis,
            Protocol = protocol,
            SynFrame = c.SynFrame != 0 ? c.SynFrame : null,
            SynAckFrame = c.SynAckFrame != 0 ? c.SynAckFrame : null,
            AckFrame = c.HandshakeAckFrame != 0 ? c.HandshakeAckFrame : null,
            HandshakeRttMs = c.InitialRtt >= 0 ? c.InitialRtt / 1e6 : null,
            FirstFin = c.FirstFinFrame != 0 ? new FrameBySide(SideOf(c.FirstFinDirection), c.FirstFinFrame) : null,
            Rst = c.RstFrame != 0 ? new FrameBySide(SideOf(c.RstDirection), c.RstFrame) : null,
            FirstFrame = live.FirstFrame,
            LastFrame = live.LastFrame,
            Start = live.FirstTime / 1e9,
            DurationSeconds = (live.LastTime - live.FirstTime) / 1e9,
            FramesClientToServer = framesC2S,
            BytesClientToServer = bytesC2S,
            FramesServerToClient = framesS2C,
            BytesServerToClient = bytesS2C,
            Requests = requests,
            Responses = responses,
            StatusCodes = statuses,
            Persistence = persistence,
            ReusesPorts = live.ReusesPorts,
            PayloadSample = sample,
            ClientNode = "",
            ServerNode = "",
        };

        TlsReport? tlsReport = tls is null ? null : Tls(tls, live, clientIsA, client, server, keys, transactions.Count, sample, exposures);

        var arrows = new List<FlowArrow>(live.Arrows.Count);
        bool dropData = transactions.Count > 0;
        foreach (var a in live.Arrows)
        {
            if (dropData && a.Kind == FlowArrowKind.Data)
                continue;
            bool fromClient = a.FromA == clientIsA;
            arrows.Add(new FlowArrow
            {
                Frame = a.Frame,
                Time = a.RelativeTime / 1e9,
                Stream = c.Index,
                Kind = a.Kind,
                From = fromClient ? client : server,
                To = fromClient ? server : client,
                FromEndpoint = fromClient ? client : server,
                ToEndpoint = fromClient ? server : client,
                FromPort = fromClient ? clientPort : serverPort,
                ToPort = fromClient ? serverPort : clientPort,
                Label = a.Label,
            });
        }
        return new KeptConnection
        {
            Report = row,
            Transactions = transactions,
            Tls = tlsReport,
            Exposures = exposures.Items,
            Arrows = arrows,
            ArrowsDropped = live.ArrowsDropped,
        };
    }

    private static TransactionReport Transaction(HttpTransaction t, MessageFacts? request, MessageFacts? response, bool htcpcp,
        bool insideTls, long stream, string client, string server, long origin, bool showSecrets)
    {
        string? uri = t.Uri ?? request?.Uri;
        var query = new List<NameValue>();
        foreach (var (name, value) in FormDecoding.Pairs(FormDecoding.Query(uri)))
            query.Add(Secret(name, value, showSecrets));
        var form = new List<NameValue>();
        if (request?.FormKeys is { } keys)
        {
            for (int i = 0; i < keys.Count; i++)
                form.Add(Secret(keys[i], request.FormValues is { } values && i < values.Count ? values[i] : "", showSecrets));
        }
        else if (request is not null && AnalysisTap.IsForm(request.ContentType))
        {
            foreach (var (name, value) in FormDecoding.Pairs(request.Body))
                form.Add(Secret(name, value, showSecrets));
        }
        var cookies = new List<NameValue>();
        foreach (var (name, value) in CookieText.RequestCookies(request?.Cookie))
        {
            bool secret = SecretNames.LooksLikeSession(name) || SecretNames.LooksLikeCredential(name);
            var (shown, masked) = secret ? SecretMask.Apply(value, showSecrets) : (value, false);
            cookies.Add(new NameValue(name, shown, masked));
        }
        var setCookies = new List<CookieReport>();
        foreach (var text in response?.SetCookies ?? [])
            if (CookieText.SetCookie(text, showSecrets) is { } cookie)
                setCookies.Add(cookie);

        BodyFramingReport? framing = !t.HasResponse ? null : t.ResponseBody.Kind switch
        {
            HttpBodyKind.ContentLength => new BodyFramingReport("content-length", t.ResponseBody.ContentLength, null),
            HttpBodyKind.Chunked => new BodyFramingReport("chunked", null, response?.Chunks),
            HttpBodyKind.UntilClose => new BodyFramingReport("until-close", null, null),
            _ => new BodyFramingReport("none", null, null),
        };
        var ranges = new List<string>();
        foreach (var r in t.ContentRanges)
            ranges.Add(r.ToString());
        string? contentType = t.ContentType ?? response?.ContentType;
        return new TransactionReport
        {
            Id = 0,
            Stream = stream,
            Protocol = htcpcp ? "HTCPCP" : "HTTP",
            InsideTls = insideTls,
            Client = client,
            Server = server,
            RequestFrame = t.RequestFrame,
            RequestFirstFrame = t.RequestFirstFrame ?? t.RequestFrame,
            RequestTime = t.RequestTime is { } rt ? (rt - origin) / 1e9 : null,
            Method = t.Method ?? request?.Method,
            Uri = uri,
            Path = FormDecoding.Path(uri),
            Query = OrEmpty(query),
            Form = OrEmpty(form),
            Version = t.RequestVersion ?? request?.Version,
            Host = t.Host ?? request?.Host,
            Referer = request?.Referer,
            UserAgent = request?.UserAgent,
            Range = t.Range,
            Cookies = OrEmpty(cookies),
            Authorization = Authorization(request, showSecrets),
            ResponseFrame = t.ResponseFrame,
            ResponseFirstFrame = t.ResponseFirstFrame ?? t.ResponseFrame,
            ResponseTime = t.ResponseTime is { } st ? (st - origin) / 1e9 : null,
            Status = t.StatusCode,
            Phrase = t.ReasonPhrase ?? response?.Phrase,
            ResponseVersion = t.ResponseVersion ?? response?.Version,
            ContentType = contentType,
            Framing = framing,
            ContentRanges = OrEmpty(ranges),
            SetCookies = OrEmpty(setCookies),
            Location = response?.Location,
            TimeToResponseMs = t.RequestTime is { } a && t.ResponseTime is { } b ? (b - a) / 1e6 : null,
            Htcpcp = htcpcp ? new HtcpcpReport
            {
                Scheme = request?.Scheme,
                Pot = request?.Pot,
                TeaVariety = request?.TeaVariety,
                Additions = request?.Additions ?? [],
                RequestBody = request?.Body,
                ResponseBody = response?.Body,
            } : null,
            IsPage = t.StatusCode is >= 200 and < 300 && contentType is not null
                && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase)),
        };
    }

    /// <summary>
    /// An empty list as the shared empty array: a kept report holds thousands of transactions, most without query,
    /// form, cookies or ranges, and every object it holds is copied by the collections that promote it.
    /// </summary>
    private static IReadOnlyList<T> OrEmpty<T>(List<T> list) => list.Count > 0 ? list : [];

    private static NameValue Secret(string name, string value, bool show)
    {
        if (!SecretNames.LooksLikeCredential(name) || value.Length == 0)
            return new NameValue(name, value);
        var (shown, masked) = SecretMask.Apply(value, show);
        return new NameValue(name, shown, masked);
    }

    private static AuthorizationReport? Authorization(MessageFacts? request, bool show)
    {
        if (request?.Authorization is not { } header)
            return null;
        header = header.Trim();
        int space = header.IndexOf(' ');
        string scheme = space < 0 ? header : header[..space];
        string credentials = space < 0 ? "" : header[(space + 1)..].Trim();
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && request.AuthBasic is { } basic)
        {
            int colon = basic.IndexOf(':');
            string user = colon < 0 ? basic : basic[..colon];
            string password = colon < 0 ? "" : basic[(colon + 1)..];
            var (shown, masked) = SecretMask.Apply(password, show);
            return new AuthorizationReport("Basic", user, shown, masked);
        }
        var (token, tokenMasked) = SecretMask.Apply(credentials, show);
        return new AuthorizationReport(scheme, null, token, tokenMasked);
    }

    private static TlsReport Tls(TlsSession s, LiveConnection live, bool clientIsA, string client, string server, KeyLog? keys,
        int decryptedRequests, string? sample, ExposureCollector exposures)
    {
        bool keysInLog = s.KeysFoundIn(keys);
        bool decrypted = s.RecordsDecrypted > 0;
        string? because = null;
        if (!decrypted || s.RecordsFailed > 0)
        {
            var problem = s.Problem;
            if (problem == TlsDecryptionProblem.None && !decrypted)
                problem = keys is null || keys.SessionCount == 0 ? TlsDecryptionProblem.NoKeyLog
                    : s.ClientRandom is null ? TlsDecryptionProblem.NoClientRandom : TlsDecryptionProblem.NoKeyLogEntry;
            because = TlsDecryptionProblems.Describe(problem);
        }
        string? version = s.Version != 0 ? TlsNames.Versions.GetValueOrDefault(s.Version, $"0x{s.Version:x4}") : null;
        string? suite = s.CipherSuiteKnown ? CipherSuites.DisplayName(s.CipherSuite) : null;
        long recordsC2S = clientIsA ? live.TlsRecordsFromA : live.TlsRecordsFromB, bytesC2S = clientIsA ? live.TlsBytesFromA : live.TlsBytesFromB;
        long recordsS2C = clientIsA ? live.TlsRecordsFromB : live.TlsRecordsFromA, bytesS2C = clientIsA ? live.TlsBytesFromB : live.TlsBytesFromA;

        var visible = new List<string>
        {
            $"the endpoints {client} → {server}, and when the connection opened and closed",
        };
        if (s.ServerName is not null)
            visible.Add($"the server name (SNI) \"{s.ServerName}\" in the Client Hello{FrameText(live.ClientHelloFrame)}");
        else
            visible.Add($"no server name: the Client Hello{FrameText(live.ClientHelloFrame)} carried no SNI");
        if (version is not null)
            visible.Add($"the version {version}{(suite is null ? "" : $" and cipher suite {suite}")} from the Server Hello{FrameText(live.ServerHelloFrame)}");
        if (s.Alpn is not null)
            visible.Add($"the application protocol (ALPN) \"{s.Alpn}\"");
        if (s.CertificateSubject is not null)
            visible.Add(s.IsTls13
                ? "not the certificate: TLS 1.3 sends it encrypted (it was read here only with the key log)"
                : $"the server's certificate: subject {s.CertificateSubject}, issuer {s.CertificateIssuer ?? "(unreadable)"}");
        else if (s.IsTls13)
            visible.Add("not the certificate: TLS 1.3 sends it encrypted");
        visible.Add($"the sizes and timing of the encrypted records: {recordsC2S} application data record{(recordsC2S == 1 ? "" : "s")} ({bytesC2S} bytes) from the client, {recordsS2C} ({bytesS2C} bytes) from the server");

        var revealed = new List<string>();
        if (decrypted)
        {
            revealed.Add($"{s.RecordsDecrypted} record{(s.RecordsDecrypted == 1 ? "" : "s")} decrypted with the key log");
            if (decryptedRequests > 0)
                revealed.Add($"{decryptedRequests} request{(decryptedRequests == 1 ? "" : "s")} and their responses, listed with the transactions (inside TLS)");
            else if (sample is not null)
                revealed.Add($"the application data in clear, starting \"{sample}\"");
            if (exposures.Items.Count > 0)
                revealed.Add($"{exposures.Items.Count} exposure{(exposures.Items.Count == 1 ? "" : "s")} listed below as readable only with the key log");
        }
        return new TlsReport
        {
            Stream = live.Stream,
            Client = client,
            Server = server,
            Version = version,
            CipherSuite = suite,
            ServerName = s.ServerName,
            Alpn = s.Alpn,
            OfferedAlpn = [.. s.OfferedAlpn],
            CertificateSubject = s.CertificateSubject,
            CertificateIssuer = s.CertificateIssuer,
            ClientHelloFrame = live.ClientHelloFrame != 0 ? live.ClientHelloFrame : null,
            ServerHelloFrame = live.ServerHelloFrame != 0 ? live.ServerHelloFrame : null,
            KeysInLog = keysInLog,
            Decrypted = decrypted,
            RecordsDecrypted = s.RecordsDecrypted,
            RecordsNotDecrypted = s.RecordsFailed,
            NotDecryptedBecause = because,
            ApplicationRecordsClientToServer = recordsC2S,
            ApplicationBytesClientToServer = bytesC2S,
            ApplicationRecordsServerToClient = recordsS2C,
            ApplicationBytesServerToClient = bytesS2C,
            DecryptedRequests = decryptedRequests,
            VisibleWithoutKeys = visible,
            RevealedByKeyLog = revealed,
        };
    }

    private static string FrameText(long frame) => frame != 0 ? $" (frame {frame})" : "";

    private static StreamDirection Direction(ConnectionSide side)
        => side == ConnectionSide.Client ? StreamDirection.ClientToServer : StreamDirection.ServerToClient;

    /// <summary>Without a SYN: the client is the end with the ephemeral port (a port of 1024 or more against a well-known one, else the higher).</summary>
    private static bool EphemeralIsA(ushort portA, ushort portB)
    {
        if (portA >= 1024 && portB < 1024) return true;
        if (portB >= 1024 && portA < 1024) return false;
        return portA > portB;
    }

    internal static string Address(AddressKind kind, byte[] address)
    {
        Span<char> buffer = stackalloc char[48];
        int n = kind == AddressKind.Ipv6 ? AddressFormatter.FormatIpv6(address, buffer) : AddressFormatter.FormatIpv4(address, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>The verdict in the words of -z http,connections.</summary>
    internal static string Describe(HttpPersistenceVerdict verdict) => verdict switch
    {
        HttpPersistenceVerdict.Persistent => "persistent",
        HttpPersistenceVerdict.ClosedByServerAfterResponse => "closed by the server after the response",
        HttpPersistenceVerdict.ClosedByClient => "closed by the client",
        HttpPersistenceVerdict.NoResponse => "no response",
        _ => "no HTTP exchange",
    };

    internal static string Plural(long n, string noun) => n == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{n} {noun}s");
}
