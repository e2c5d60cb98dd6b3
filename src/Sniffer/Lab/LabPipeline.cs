using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Authentication;

namespace Sniffer.Lab;

/// <summary>
/// <c>sniffer lab serve</c> and <c>sniffer lab client</c> from settings to exit code. Servers run until Ctrl+C,
/// SIGTERM or their duration; clients run their bounded script. Failures are one line on the log, never a
/// stack trace. Exit codes: 0 done (every reply as expected), 1 a peer failed or answered unexpectedly.
/// </summary>
public static class LabPipeline
{
    public static int Serve(LabServerSettings settings, TimeSpan? duration, string? keyLog, LabLog log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (keyLog is not null && !TlsKeyLog.Enable(keyLog, out string? problem))
        {
            log.Line("sniffer: lab: " + problem);
            return 1;
        }
        TcpLabServer server;
        try
        {
            server = LabServers.Start(settings, log);
        }
        catch (SocketException e)
        {
            log.Line($"sniffer: lab: cannot listen on {settings.Bind}:{settings.Port}: {e.Message}");
            return 1;
        }
        using var stop = new CancellationTokenSource();
        if (duration is TimeSpan d)
            stop.CancelAfter(d);
        Action<PosixSignalContext> onSignal = context =>
        {
            context.Cancel = true;
            stop.Cancel();
        };
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, onSignal))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, onSignal))
        {
            stop.Token.WaitHandle.WaitOne();
        }
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        log.Line("lab: server stopped");
        return 0;
    }

    public static int Client(LabClientSettings settings, string? keyLog, LabLog log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (keyLog is not null && !TlsKeyLog.Enable(keyLog, out string? problem))
        {
            log.Line("sniffer: lab: " + problem);
            return 1;
        }
        using var timeout = new CancellationTokenSource(settings.Timeout);
        try
        {
            bool asExpected = RunClientAsync(settings, log, timeout.Token).GetAwaiter().GetResult();
            if (!asExpected)
                log.Line("sniffer: lab: some replies were not the ones the script expects (see above)");
            return asExpected ? 0 : 1;
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException or OperationCanceledException)
        {
            int port = settings.Port != 0 ? settings.Port : DefaultPort(settings);
            string what = e is OperationCanceledException ? $"gave up after {settings.Timeout.TotalSeconds:0} s" : e.Message;
            log.Line($"sniffer: lab: {settings.Kind.ToString().ToLowerInvariant()} client with {settings.Host}:{port}: {what}");
            return 1;
        }
    }

    public static Task<bool> RunClientAsync(LabClientSettings settings, LabLog log, CancellationToken cancel)
    {
        int port = settings.Port != 0 ? settings.Port : DefaultPort(settings);
        return settings.Kind switch
        {
            LabClientKind.Http => new HttpLabClient(settings.Host, port, settings.Tls, settings.TlsProtocols, log).RunAsync(settings.Scenario, settings.Repeat, cancel),
            LabClientKind.Echo => EchoLabClient.RunAsync(settings.Host, port, tls: false, SslProtocols.None, settings.Messages, settings.MessageText, log, cancel),
            LabClientKind.TlsEcho => EchoLabClient.RunAsync(settings.Host, port, tls: true, settings.TlsProtocols, settings.Messages, settings.MessageText, log, cancel),
            _ => settings.Web ? CoffeeLabClient.RunWebAsync(settings.Host, port, log, cancel)
                : settings.LabFormat ? CoffeeLabClient.RunLabFormatAsync(settings.Host, port, log, cancel)
                : CoffeeLabClient.RunAsync(settings.Host, port, log, cancel),
        };
    }

    private static int DefaultPort(LabClientSettings settings) => settings.Kind switch
    {
        LabClientKind.Http => LabServerSettings.DefaultPort(LabServerKind.Http, settings.Tls),
        LabClientKind.Echo => LabServerSettings.DefaultPort(LabServerKind.Echo, false),
        LabClientKind.TlsEcho => LabServerSettings.DefaultPort(LabServerKind.TlsEcho, true),
        _ => settings.Web ? CoffeeWebSite.DefaultPort : CoffeePotServer.DefaultPort,
    };
}
