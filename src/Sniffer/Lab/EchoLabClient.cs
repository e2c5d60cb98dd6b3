using System.Security.Authentication;
using System.Text;

namespace Sniffer.Lab;

/// <summary>Sends <c>count</c> numbered lines to an echo server (plain or TLS) on one connection, checks each comes back, then closes.</summary>
public static class EchoLabClient
{
    public static async Task<bool> RunAsync(string host, int port, bool tls, SslProtocols protocols, int count, string text, LabLog log, CancellationToken cancel)
    {
        await using var connection = await LabConnection.OpenAsync(host, port, tls, protocols, cancel);
        if (connection.TlsVersion is SslProtocols version)
            log.Line($"lab: TLS {Describe(version)} with {host}:{port}");
        bool allEchoed = true;
        for (int i = 1; i <= count; i++)
        {
            var line = Encoding.UTF8.GetBytes($"message {i} of {count}: {text}\n");
            await connection.SendAsync(line, cancel);
            var echoed = await connection.Reader.ReadExactlyAsync(line.Length, line.Length, cancel);
            bool same = echoed is not null && echoed.AsSpan().SequenceEqual(line);
            allEchoed &= same;
            log.Line($"lab: echo {i}/{count}: {(same ? "returned" : "NOT returned")} ({line.Length} bytes)");
        }
        await connection.CloseGracefullyAsync(cancel);
        return allEchoed;
    }

    public static string Describe(SslProtocols version) => version switch
    {
        SslProtocols.Tls12 => "1.2",
        SslProtocols.Tls13 => "1.3",
        _ => version.ToString(),
    };
}
