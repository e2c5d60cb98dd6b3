using System.Net;

namespace Sniffer.Lab;

/// <summary>The echo service (RFC 862 over TCP, or over TLS): every byte received is sent back, until the client closes.</summary>
public static class EchoLabServer
{
    private const int BufferSize = 16 * 1024;

    public static async Task ServeAsync(Stream stream, EndPoint remote, LabLog log, CancellationToken cancel)
    {
        var buffer = new byte[BufferSize];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancel)) > 0)
        {
            await stream.WriteAsync(buffer.AsMemory(0, read), cancel);
            await stream.FlushAsync(cancel);
            total += read;
        }
        log.Line($"lab: {remote} echoed {total} bytes");
    }
}
