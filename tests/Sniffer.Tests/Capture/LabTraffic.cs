using System.Security.Authentication;
using Sniffer.Lab;

namespace Sniffer.Tests.Capture;

/// <summary>Loopback traffic for the capture tests: the lab web site on a free port, browsed from this process.</summary>
public sealed class LabTraffic : IAsyncDisposable
{
    private readonly TcpLabServer _server;

    public LabTraffic()
    {
        _server = LabServers.Start(new LabServerSettings { Kind = LabServerKind.Http, Port = 0 }, LabLog.None);
    }

    public int Port => _server.LocalEndPoint.Port;

    /// <summary>The capture filter that keeps this traffic and nothing else on lo.</summary>
    public string Filter => $"tcp port {Port}";

    public bool Browse(HttpLabScenario scenario, int repeat = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return new HttpLabClient("127.0.0.1", Port, false, SslProtocols.None, LabLog.None).RunAsync(scenario, repeat, timeout.Token).GetAwaiter().GetResult();
    }

    /// <summary>Browses over and over on another thread until the returned source is cancelled (or a minute has passed).</summary>
    public (CancellationTokenSource Stop, Task Done) BrowseContinuously()
    {
        var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var done = Task.Run(async () =>
        {
            var client = new HttpLabClient("127.0.0.1", Port, false, SslProtocols.None, LabLog.None);
            while (!stop.IsCancellationRequested)
            {
                try { await client.RunAsync(HttpLabScenario.KeepAlive, 1, stop.Token); }
                catch (OperationCanceledException) { }
                catch (IOException) { }
            }
        });
        return (stop, done);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
