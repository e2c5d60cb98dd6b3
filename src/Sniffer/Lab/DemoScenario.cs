using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Sniffer.Capture;
using Sniffer.Files;

namespace Sniffer.Lab;

/// <summary>
/// The whole lab in one run: starts every peer on loopback, captures on <c>lo</c> with a filter on their
/// ports, and while capturing browses the web site (HTTP/1.0 with close, HTTP/1.1 keep-alive with several
/// requests, chunked, ranges with 206 and 416, a login POST with cookies), brews coffee directly and through
/// the web front end (BREW, GET, PROPFIND, WHEN, a 418, a 406), and talks TLS (echo in TLS 1.2 and in 1.3,
/// and HTTPS) with the session keys logged. Writes <see cref="CaptureFileName"/> and <see cref="KeyLogFileName"/>.
/// <para>
/// The coffee pot and its front end take their usual ports (5030, 5031) when free, so the capture dissects as
/// the lab's would; every other peer takes a free port. The key log can only be chosen once per process (see
/// <see cref="TlsKeyLog"/>), so one process runs the demo once.
/// </para>
/// </summary>
public static class DemoScenario
{
    public const string CaptureFileName = "demo.pcapng";
    public const string KeyLogFileName = "demo.keys";
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs the demo into <paramref name="outputDirectory"/>; never throws for a failure a user can meet — the result says what went wrong.</summary>
    public static DemoResult Run(string outputDirectory, LabLog? log = null)
    {
        log ??= LabLog.None;
        string capture = Path.GetFullPath(Path.Combine(outputDirectory, CaptureFileName));
        string keys = Path.GetFullPath(Path.Combine(outputDirectory, KeyLogFileName));
        try
        {
            Directory.CreateDirectory(outputDirectory);
            File.Delete(keys);   // .NET appends to a key log; the demo's holds this run's sessions only
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DemoResult(capture, keys, null, false, $"cannot write to {outputDirectory}: {e.Message}");
        }
        if (!TlsKeyLog.Enable(keys, out string? problem))
            return new DemoResult(capture, keys, null, false, problem);

        var servers = new List<TcpLabServer>();
        try
        {
            var pot = StartPreferring(new LabServerSettings { Kind = LabServerKind.CoffeePot, Port = CoffeePotServer.DefaultPort }, log, servers);
            var web = StartPreferring(new LabServerSettings { Kind = LabServerKind.CoffeeWeb, Port = CoffeeWebSite.DefaultPort, Pot = pot }, log, servers);
            var http = StartPreferring(new LabServerSettings { Kind = LabServerKind.Http }, log, servers);
            var https = StartPreferring(new LabServerSettings { Kind = LabServerKind.Http, Tls = true }, log, servers);
            var tlsEcho = StartPreferring(new LabServerSettings { Kind = LabServerKind.TlsEcho }, log, servers);
            string filter = PortFilter([pot, web, http, https, tlsEcho]);

            if (!PcapngCaptureSink.TryCreate(new PcapngSinkSettings
            {
                Path = capture,
                Header = new PcapngWriterOptions
                {
                    Hardware = CaptureHostDescription.Hardware(),
                    OperatingSystem = CaptureHostDescription.OperatingSystem(),
                    Application = CaptureHostDescription.Application(),
                    Comment = "sniffer demo: lab HTTP, HTCPCP and TLS peers on loopback",
                },
            }, out var sink, out var openError))
                return new DemoResult(capture, keys, null, false, openError.Message);

            var sessionSettings = new CaptureSessionSettings
            {
                Interfaces = [new LiveInterfaceSettings { Device = "lo", Description = "Loopback", Filter = filter, Promiscuous = false }],
            };
            if (!CaptureSession.TryStart(sessionSettings, [sink!], out var session, out var startError))
            {
                sink!.End(new CaptureSummary(CaptureStopReason.Requested, 0, [], startError));
                TryDelete(capture);
                return new DemoResult(capture, keys, null, false, startError.Message);
            }
            using (session)
            {
                log.Line($"lab: capturing on lo with filter \"{filter}\" into {capture}");
                bool asExpected = Browse(http, https, pot, web, tlsEcho, log, out string? clientError);
                Thread.Sleep(SettleTime);
                session!.Stop();
                var summary = session.WaitForCompletion();
                string? error = clientError ?? (summary.Error.Kind == CaptureErrorKind.None ? null : summary.Error.Message);
                return new DemoResult(capture, keys, summary, asExpected, error);
            }
        }
        catch (SocketException e)
        {
            return new DemoResult(capture, keys, null, false, "a lab server could not listen on loopback: " + e.Message);
        }
        finally
        {
            foreach (var s in servers)
                s.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>"tcp port 5030 or tcp port 5031 or …".</summary>
    public static string PortFilter(IReadOnlyList<IPEndPoint> endpoints)
    {
        var text = new StringBuilder();
        foreach (var e in endpoints)
            text.Append(text.Length == 0 ? "" : " or ").Append("tcp port ").Append(e.Port);
        return text.ToString();
    }

    private static bool Browse(IPEndPoint http, IPEndPoint https, IPEndPoint pot, IPEndPoint web, IPEndPoint tlsEcho, LabLog log, out string? error)
    {
        error = null;
        using var timeout = new CancellationTokenSource(ClientTimeout);
        var cancel = timeout.Token;
        string host = IPAddress.Loopback.ToString();
        try
        {
            bool ok = new HttpLabClient(host, http.Port, false, SslProtocols.None, log).RunAsync(HttpLabScenario.All, 1, cancel).GetAwaiter().GetResult();
            ok &= CoffeeLabClient.RunAsync(host, pot.Port, log, cancel).GetAwaiter().GetResult();
            ok &= CoffeeLabClient.RunWebAsync(host, web.Port, log, cancel).GetAwaiter().GetResult();
            ok &= EchoLabClient.RunAsync(host, tlsEcho.Port, true, SslProtocols.Tls12, 2, "over TLS 1.2", log, cancel).GetAwaiter().GetResult();
            ok &= EchoLabClient.RunAsync(host, tlsEcho.Port, true, SslProtocols.Tls13, 2, "over TLS 1.3", log, cancel).GetAwaiter().GetResult();
            ok &= new HttpLabClient(host, https.Port, true, SslProtocols.None, log).RunAsync(HttpLabScenario.KeepAlive, 1, cancel).GetAwaiter().GetResult();
            return ok;
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException or OperationCanceledException)
        {
            error = "a lab client failed: " + e.Message;
            return false;
        }
    }

    /// <summary>Starts the server on its preferred port, or on a free one when that is taken.</summary>
    private static IPEndPoint StartPreferring(LabServerSettings settings, LabLog log, List<TcpLabServer> servers)
    {
        TcpLabServer server;
        try
        {
            server = LabServers.Start(settings, log);
        }
        catch (SocketException) when (settings.Port != 0)
        {
            server = LabServers.Start(settings with { Port = 0 }, log);
        }
        servers.Add(server);
        return server.LocalEndPoint;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
