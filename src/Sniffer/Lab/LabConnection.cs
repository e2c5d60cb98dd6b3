using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Sniffer.Lab;

/// <summary>A lab client's connection: TCP with Nagle off, optionally TLS on top, closed politely (close_notify, then FIN).</summary>
public sealed class LabConnection : IAsyncDisposable
{
    private readonly TcpClient _client;

    private LabConnection(TcpClient client, Stream stream)
    {
        _client = client;
        Stream = stream;
        Reader = new LabStreamReader(stream);
    }

    public Stream Stream { get; }

    public LabStreamReader Reader { get; }

    /// <summary>The negotiated TLS version, or null for plain TCP.</summary>
    public SslProtocols? TlsVersion => Stream is SslStream tls ? tls.SslProtocol : null;

    public static async Task<LabConnection> OpenAsync(string host, int port, bool tls, SslProtocols protocols, CancellationToken cancel)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, cancel);
            Stream stream = client.GetStream();
            if (tls)
                stream = await LabTls.AuthenticateAsClientAsync(stream, host, protocols, cancel);
            return new LabConnection(client, stream);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task SendAsync(byte[] bytes, CancellationToken cancel)
    {
        await Stream.WriteAsync(bytes, cancel);
        await Stream.FlushAsync(cancel);
    }

    /// <summary>Sends close_notify (TLS) and FIN, then waits for the server's close, so the capture shows both sides end.</summary>
    public async Task CloseGracefullyAsync(CancellationToken cancel)
    {
        try
        {
            if (Stream is SslStream tls)
                await tls.ShutdownAsync();
            _client.Client.Shutdown(SocketShutdown.Send);
            await Reader.ReadToEndAsync(LabHttpReader.MaxBody, cancel);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The server closed first (HTTP/1.0, the coffee pot): there is nothing left to say goodbye to.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        _client.Dispose();
    }
}
