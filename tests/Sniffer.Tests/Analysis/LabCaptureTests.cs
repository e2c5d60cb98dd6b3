using System.Text;
using Sniffer.Analysis;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// The lab's questions on its own captures, against facts derived from tshark: the browser → web app → pot nesting and
/// roles (htcpcp-web, the pot in the lab's format), the pot's HTCPCP exchanges read off the TCP segments, the exposures
/// of the login flow and of the echo lab's secret-looking lines, and TLS with and without the key log.
/// </summary>
public class LabCaptureTests
{
    private static string Sample(string name) => Path.Combine(Corpus.SampleCaptures, name);

    [TsharkFact]
    public void Web_app_calls_to_the_pot_nest_under_the_browser_requests_that_caused_them()
    {
        var (report, key) = AnswerKeyTests.AssertMatchesTshark(Sample("htcpcp-web.pcapng"));
        var exchanges = key.HtcpcpExchanges(5030);
        Assert.Equal(7, exchanges.Count);
        var htcpcp = report.Transactions.Where(t => t.Protocol == "HTCPCP").ToList();
        Assert.Equal(exchanges.Select(e => (e.Request, e.Response)), htcpcp.Select(t => (t.RequestFrame!.Value, t.ResponseFirstFrame!.Value)));

        // tshark's browser exchanges: each pot exchange lies inside exactly one of them.
        var browser = key.HttpPairs.Where(p => p.Request is not null).ToList();
        foreach (var (stream, request, response) in exchanges)
        {
            var enclosing = browser.Where(p => p.Request < key.Connections[stream].Syn && p.Response > response).ToList();
            var parent = Assert.Single(enclosing, p => !browser.Any(q => q.Request > p.Request && q.Request < key.Connections[stream].Syn));
            var child = htcpcp.Single(t => t.RequestFrame == request);
            var expectedParent = report.Transactions.Single(t => t.RequestFrame == parent.Request);
            Assert.Equal(expectedParent.Id, child.ParentId);
        }
        Assert.All(report.Transactions.Where(t => t.Protocol == "HTTP"), t => Assert.Null(t.ParentId));

        // Roles: the web app serves and, while serving, is a client of the pot; its client ports are drawn in its node.
        var web = report.Endpoints.Single(e => e.Endpoint == "127.0.0.1:5031");
        Assert.Equal(EndpointRole.ServerAndClient, web.Role);
        Assert.Equal(["127.0.0.1:5030"], web.AlsoClientOf);
        Assert.Equal(EndpointRole.Server, report.Endpoints.Single(e => e.Endpoint == "127.0.0.1:5030").Role);
        foreach (var c in key.Connections.Values)
        {
            var endpoint = report.Endpoints.Single(e => e.Endpoint == c.Client);
            Assert.Equal(EndpointRole.Client, endpoint.Role);
            Assert.Equal(c.Server.EndsWith(":5030", StringComparison.Ordinal) ? "127.0.0.1:5031" : null, endpoint.CallsFor);
        }
        Assert.Equal(3, report.Nodes.Count);
        Assert.Equal([0, 1, 2], report.Nodes.Select(n => n.Depth));
        var calls = report.Talks.Single(t => t.WhileServing);
        Assert.Equal("server 127.0.0.1:5031", calls.From);
        Assert.Equal(7, calls.ClientPorts.Count);

        // The lab answers name the frames.
        var nesting = report.Answers.Single(a => a.Key == "nesting");
        Assert.Contains(nesting.Sentences, s => s.Contains("additions=Cream", StringComparison.Ordinal) && s.Contains("Accept-Additions", StringComparison.Ordinal));
        var cream = htcpcp.Single(t => t.Htcpcp!.Additions.Contains("Cream"));
        Assert.Contains(cream.RequestFrame!.Value, nesting.Frames);
        var ports = report.Answers.Single(a => a.Key == "ports");
        Assert.Contains(ports.Sentences, s => s.Contains("each from a new client port", StringComparison.Ordinal) && s.Contains("5030 stayed the same", StringComparison.Ordinal));
        Assert.Contains(ports.Sentences, s => s.Contains("the client port stayed the same", StringComparison.Ordinal));
    }

    [TsharkFact]
    public void Pot_exchanges_in_the_lab_format_are_one_per_connection_and_closed_by_the_pot()
    {
        var (report, key) = AnswerKeyTests.AssertMatchesTshark(Sample("htcpcp-brew.pcapng"));
        var exchanges = key.HtcpcpExchanges(5030);
        Assert.Equal(exchanges.Select(e => (e.Stream, e.Request, e.Response)),
            report.Transactions.Select(t => (t.Stream, t.RequestFrame!.Value, t.ResponseFirstFrame!.Value)));
        // A reply without length ends at the pot's FIN: reported on that frame (tshark's rule for HTTP), begun earlier.
        foreach (var t in report.Transactions.Where(t => t.Framing?.Kind == "until-close"))
        {
            var k = key.Connections[t.Stream];
            Assert.Equal(false, k.FirstFinByClient);
            Assert.Equal(k.FirstFin, t.ResponseFrame);
            Assert.True(t.ResponseFirstFrame < t.ResponseFrame);
        }
        Assert.Contains(report.Transactions, t => t.Framing?.Kind == "until-close");
        foreach (var c in report.Connections)
        {
            Assert.Equal("HTCPCP", c.Protocol);
            Assert.Equal(key.Connections[c.Stream].FirstFinByClient == false ? "closed by the server after the response" : "closed by the client", c.Persistence!.Verdict);
        }
        var tea = report.Transactions.Single(t => t.Status == 418);
        Assert.Equal("darjeeling", tea.Htcpcp!.TeaVariety);
        Assert.Contains(report.Transactions, t => t.Htcpcp!.Additions.SequenceEqual(["Cream", "Vanilla"]));
        Assert.Contains(report.Answers.Single(a => a.Key == "post").Filters, f => f == "htcpcp.request.method == \"POST\"");
    }

    [TsharkFact]
    public void Login_flow_exposes_the_form_password_and_the_session_cookie_masked_unless_asked()
    {
        string file = Sample("http-login-cookies.pcapng");
        var (report, key) = AnswerKeyTests.AssertMatchesTshark(file);
        var passwords = key.Packets.Where(p => p["urlencoded-form.key"].Contains("password")).ToList();
        Assert.Equal(2, passwords.Count);
        foreach (var p in passwords)
        {
            string value = p["urlencoded-form.value"][Array.IndexOf(p["urlencoded-form.key"], "password")];
            var exposure = report.Exposures.Single(e => e.Kind == ExposureKind.FormCredential && e.Frame == p.Frame);
            Assert.Equal("password", exposure.Name);
            Assert.Equal(SecretMask.Mask(value), exposure.Value);
            Assert.True(exposure.Masked && exposure.PlainText);
            Assert.DoesNotContain(value, AnalysisRunner.Write(report, ReportFormat.Text), StringComparison.Ordinal);
        }
        Assert.DoesNotContain(report.Exposures, e => e.Name == "user" && e.Kind == ExposureKind.FormCredential);
        var setCookie = key.Packets.First(p => p["http.set_cookie"].Any(c => c.StartsWith("session=", StringComparison.Ordinal)));
        Assert.Contains(report.Exposures, e => e.Kind == ExposureKind.SessionCookie && e.Frame == setCookie.Frame && e.Name == "session");
        Assert.Contains(report.Exposures, e => e.Kind == ExposureKind.CookieWithoutFlags && e.Name == "user" && e.Frame == setCookie.Frame);
        var post = report.Answers.Single(a => a.Key == "post");
        Assert.Equal("The display filter for POST requests is `http.request.method == \"POST\"`.", post.Sentences[0]);
        Assert.Equal(passwords.Select(p => p.Frame), post.Frames);

        var shown = AnalysisRunner.Analyze(file, showSecrets: true);
        string wonderland = passwords[^1]["urlencoded-form.value"][1];
        Assert.Contains(shown.Exposures, e => e.Kind == ExposureKind.FormCredential && e.Value == wonderland && !e.Masked);
    }

    [TsharkFact]
    public void Echo_lines_that_look_like_secrets_are_exposures_and_plain_ones_are_not()
    {
        var (report, key) = AnswerKeyTests.AssertMatchesTshark(Sample("tcp-echo-secrets.pcapng"));
        var connection = key.Connections.Values.Single();
        var first = connection.Packets.First(p => p.Source == connection.Client && TsharkAnswerKey.DataText(p).Contains("password: hunter2", StringComparison.Ordinal));
        var password = report.Exposures.Single(e => e.Kind == ExposureKind.PayloadSecret && e.Name == "password");
        Assert.Equal(first.Frame, password.Frame);
        Assert.Equal(SecretMask.Mask("hunter2"), password.Value);
        var card = report.Exposures.Single(e => e.Kind == ExposureKind.PayloadSecret && e.Name == "card number");
        Assert.Equal(first.Frame, card.Frame);
        Assert.DoesNotContain("hunter2", AnalysisRunner.Write(report, ReportFormat.Json), StringComparison.Ordinal);
        Assert.Contains(report.Answers, a => a.Key == "payload");

        var (plain, plainKey) = AnswerKeyTests.AssertMatchesTshark(Sample("tcp-echo.pcapng"));
        Assert.Empty(plain.Exposures);
        var sample = plain.Connections.Single().PayloadSample;
        var firstData = plainKey.Packets.First(p => p.TcpLength > 0);
        Assert.Equal(TsharkAnswerKey.DataText(firstData).TrimEnd('\n'), sample);
    }

    [TsharkTheory]
    [InlineData("tls12-echo.pcapng", "TLS 1.2")]
    [InlineData("tls13-echo.pcapng", "TLS 1.3")]
    public void Tls_echo_says_what_stays_visible_and_what_the_key_log_opens(string name, string version)
    {
        string file = Sample(name);
        var (report, key) = AnswerKeyTests.AssertMatchesTshark(file);
        var session = Assert.Single(report.TlsSessions);
        Assert.Equal(version, session.Version);
        Assert.Equal(key.Packets.First(p => p["tls.handshake.type"].Contains("1")).Frame, session.ClientHelloFrame);
        Assert.Equal(key.Packets.First(p => p["tls.handshake.type"].Contains("2")).Frame, session.ServerHelloFrame);
        Assert.True(session.KeysInLog && session.Decrypted, $"{name}: {session.NotDecryptedBecause}");
        Assert.Contains(session.VisibleWithoutKeys, v => v.Contains("sizes and timing", StringComparison.Ordinal));
        Assert.NotEmpty(session.RevealedByKeyLog);

        var locked = AnalysisRunner.Analyze(file);
        var without = Assert.Single(locked.TlsSessions);
        Assert.False(without.Decrypted);
        Assert.Contains("key log", without.NotDecryptedBecause, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(session.ApplicationRecordsClientToServer, without.ApplicationRecordsClientToServer);
        Assert.Equal(session.ApplicationBytesServerToClient, without.ApplicationBytesServerToClient);
        Assert.Contains(locked.Answers.Single(a => a.Key == "tls").Sentences, s => s.Contains("It was not decrypted", StringComparison.Ordinal));
    }

    [TsharkFact]
    public void Https_with_the_key_log_lists_the_requests_inside_tls_and_the_sni()
    {
        string file = Sample("https.pcapng");
        var (report, key) = AnswerKeyTests.AssertMatchesTshark(file);
        Assert.All(report.Transactions, t => Assert.True(t.InsideTls));
        Assert.Equal("HTTP over TLS", report.Connections.Single().Protocol);
        var session = Assert.Single(report.TlsSessions);
        var sni = key.Packets.SelectMany(p => p["tls.handshake.extensions_server_name"]).FirstOrDefault();
        Assert.Equal(sni, session.ServerName);
        Assert.Equal(report.Transactions.Count(t => t.RequestFrame is not null), session.DecryptedRequests);
        Assert.All(report.Exposures, e => Assert.False(e.PlainText));
    }

    [TsharkFact]
    public void Keep_alive_and_close_captures_answer_version_and_persistence_with_the_fin_frame()
    {
        var (keepAlive, key) = AnswerKeyTests.AssertMatchesTshark(Sample("http11-keepalive.pcapng"));
        var answer = keepAlive.Answers.Single(a => a.Key == "version-persistence");
        var fin = key.Connections[0].FirstFin!.Value;
        Assert.Contains(answer.Sentences, s => s.Contains("persistent", StringComparison.Ordinal) && s.Contains($"frame {fin}", StringComparison.Ordinal));
        Assert.Contains("HTTP/1.1", answer.Sentences[0], StringComparison.Ordinal);

        var (close, _) = AnswerKeyTests.AssertMatchesTshark(Sample("http10-close.pcapng"));
        Assert.All(close.Connections, c => Assert.Equal("closed by the server after the response", c.Persistence!.Verdict));
        var basePage = close.Answers.Single(a => a.Key == "base-page");
        Assert.StartsWith($"Frame {close.Transactions[0].RequestFrame}: GET / HTTP/1.0", basePage.Sentences[0], StringComparison.Ordinal);
    }

    [TsharkFact]
    public void Range_requests_and_chunked_bodies_are_described_as_the_tree_frames_them()
    {
        var (range, _) = AnswerKeyTests.AssertMatchesTshark(Sample("http-range.pcapng"));
        Assert.Contains(range.Transactions, t => t.Range == "bytes=0-99" && t.ContentRanges.SequenceEqual(["bytes 0-99/1000"]) && t.Status == 206);
        Assert.Contains(range.Transactions, t => t.Status == 416 && t.ContentRanges.SequenceEqual(["bytes */1000"]));
        var (chunked, key) = AnswerKeyTests.AssertMatchesTshark(Sample("http-chunked.pcapng"));
        var body = chunked.Transactions.Single(t => t.Framing?.Kind == "chunked");
        int chunks = ExternalTools.Tshark(["-n", "-r", Sample("http-chunked.pcapng"), "-T", "fields", "-e", "http.chunk_size", "-Y", $"frame.number == {body.ResponseFrame}"])
            .StdOut.Trim().Split(',').Count(s => s != "0");
        Assert.Equal(chunks, body.Framing!.Chunks);
        Assert.Equal($"chunked in {chunks} chunks", body.Framing.ToString());
        _ = key;
    }
}
