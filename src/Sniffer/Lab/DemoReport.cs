using Sniffer.Pipeline;

namespace Sniffer.Lab;

/// <summary>
/// What <c>sniffer demo</c> prints once the capture is made: every frame's summary line (decrypted with the
/// demo's key log), then per connection the HTTP and HTCPCP exchanges with their ports, handshakes, framing and
/// persistence, then the TLS sessions — the read pipeline's own views, so the demo shows what `read` shows.
/// </summary>
public static class DemoReport
{
    public static int Print(DemoResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.Write($"Capture: {result.PcapngPath} ({result.PacketsCaptured} packets)\n");
        output.Write($"TLS key log: {result.KeysPath}\n\n");
        var settings = new ReadSettings
        {
            File = result.PcapngPath,
            KeyLogFile = result.KeysPath,
            Statistics = ["http,connections"],
            TlsSessions = true,
        };
        int code = ReadPipeline.Run(settings, output);
        output.Write($"\nRead it again with: sniffer read -r {result.PcapngPath} --keylog {result.KeysPath}\n");
        output.Write("(add -q -z http,connections for the connection view, --tls-sessions for TLS, -x for the bytes)\n");
        return code;
    }
}
