using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Sniffer.Lab;

/// <summary>
/// The accept loop every lab server shares: a TcpListener on the given address, one task per connection
/// (optionally behind a TLS handshake), Nagle off so each write leaves as its own segment — the captures
/// then show messages the way the peer wrote them. A failing connection is logged in one line and closed;
/// it never stops the server.
/// </summary>
public sealed class TcpLabServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<Stream, EndPoint, CancellationToken, Task> _handle;
    private readonly LabTlsServerSettings? _tls;
    private readonly LabLog _log;
    private readonly string _name;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _connections = [];
    private Task _acceptLoop = Task.CompletedTask;

    private TcpLabServer(TcpListener listener, Func<Stream, EndPoint, CancellationToken, Task> handle, LabTlsServerSettings? tls, LabLog log, string name)
    {
        _listener = listener;
        _handle = handle;
        _tls = tls;
        _log = log;
        _name = name;
    }

    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>Binds and starts accepting; throws <see cref="SocketException"/> when the address is in use or not local.</summary>
    public static TcpLabServer Start(IPEndPoint endpoint, Func<Stream, EndPoint, CancellationToken, Task> handle, LabTlsServerSettings? tls, LabLog log, string name)
    {
        // No ReuseAddress: on Linux .NET turns it into SO_REUSEPORT as well, and two servers would share a port.
        var listener = new TcpListener(endpoint);
        listener.Start();
        var server = new TcpLabServer(listener, handle, tls, log, name);
        server._acceptLoop = server.AcceptLoopAsync();
        log.Line($"lab: {name} listening on {server.LocalEndPoint}");
        return server;
    }

    /// <summary>Stops accepting, cancels the connections still open, and waits (at most a few seconds) for them to close.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        Task[] open;
        lock (_gate)
            open = [.. _connections];
        await Task.WhenAny(Task.WhenAll(open), Task.Delay(TimeSpan.FromSeconds(5)));
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            socket.NoDelay = true;
            var connection = ServeAsync(socket);
            lock (_gate)
                _connections.Add(connection);
            _ = connection.ContinueWith(t =>
            {
                lock (_gate)
                    _connections.Remove(t);
            }, TaskScheduler.Default);
        }
    }

    /// <summary>Ends TLS with close_notify when it is up, then closes the socket (FIN).</summary>
    private static async Task CloseAsync(Stream stream)
    {
        if (stream is System.Net.Security.SslStream { IsAuthenticated: true } tls)
        {
            try { await tls.ShutdownAsync(); }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
        }
        await stream.DisposeAsync();
    }

    private async Task ServeAsync(Socket socket)
    {
        await Task.Yield();
        EndPoint remote = socket.RemoteEndPoint ?? new IPEndPoint(IPAddress.None, 0);
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            if (_tls is not null)
                stream = await LabTls.AuthenticateAsServerAsync(stream, _tls.Certificate, _tls.Protocols, _stop.Token);
            await _handle(stream, remote, _stop.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or AuthenticationException or OperationCanceledException or ObjectDisposedException)
        {
            if (!_stop.IsCancellationRequested)
                _log.Line($"lab: {_name}: connection from {remote} ended: {e.Message}");
        }
        finally
        {
            await CloseAsync(stream);
        }
    }
}
