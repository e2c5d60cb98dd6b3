using System.Text.RegularExpressions;
using Sniffer.Tests.Capture;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Lab;

/// <summary>The lab captured: TLS that tshark decrypts with the key log the lab wrote, and the whole demo.</summary>
[Collection(LiveCaptureCollection.Name)]
public class LabCaptureTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-labcap-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [LiveCaptureFact]
    public void TLS_echo_captured_on_lo_decrypts_in_tshark_with_the_key_log_the_client_wrote()
    {
        using var server = BackgroundProcess.Sniffer("lab", "serve", "tls-echo", "--port", "0", "--duration", "60");
        Assert.True(server.WaitForStdErr("listening on", Limit), server.StdErr);
        string port = Regex.Match(server.StdErr, @"127\.0\.0\.1:(\d+)").Groups[1].Value;
        string capture = Path.Combine(_dir, "tls13.pcapng"), keys = Path.Combine(_dir, "tls13.keys");
        using var sniffer = BackgroundProcess.Sniffer("capture", "-i", "lo", "-f", $"tcp port {port}", "-w", capture);
        Assert.True(sniffer.WaitForStdErr("Capturing on", Limit), sniffer.StdErr);

        var client = SnifferProcess.Run("lab", "client", "tls-echo", "--port", port, "--tls-version", "1.3", "--count", "2", "--keylog", keys);
        Assert.Equal(0, client.ExitCode);
        Thread.Sleep(300);
        sniffer.Signal(BackgroundProcess.SigInt);
        Assert.True(sniffer.WaitForExit(Limit, out int code));
        Assert.Equal(0, code);

        var decrypted = ExternalTools.Tshark("-r", capture, "-o", "tls.keylog_file:" + keys, "-Y", "tls and data", "-T", "fields", "-e", "tls.handshake.version", "-e", "data.data");
        Assert.Equal(0, decrypted.ExitCode);
        Assert.Equal("", decrypted.StdErr);
        string text = string.Concat(decrypted.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Encoding.UTF8.GetString(Convert.FromHexString(l.Split('\t')[^1]))));
        Assert.Contains("message 1 of 2: hello from the sniffer lab", text);
        Assert.Contains("message 2 of 2: hello from the sniffer lab", text);
        var versions = ExternalTools.Tshark("-r", capture, "-Y", "tls.handshake.type == 2", "-T", "fields", "-e", "tls.handshake.extensions.supported_version");
        Assert.Contains("0x0304", versions.StdOut);
    }

    [LiveCaptureFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_demo_captures_every_lab_conversation_and_its_keys_decrypt_the_TLS()
    {
        var r = ExternalTools.Run(SnifferProcess.Command.File, [.. SnifferProcess.Command.Prefix, "demo", "-o", _dir], timeoutSeconds: 120);
        Assert.Equal(0, r.ExitCode);
        string capture = Path.Combine(_dir, "demo.pcapng"), keys = Path.Combine(_dir, "demo.keys");
        Assert.Matches($@"^Capture: {Regex.Escape(capture)} \(\d+ packets\)\n", r.StdOut);
        Assert.Contains($"TLS key log: {keys}\n", r.StdOut);

        var codes = ExternalTools.Tshark("-r", capture, "-o", "tls.keylog_file:" + keys, "-T", "fields", "-e", "http.response.code", "-e", "tls.record.version");
        Assert.Equal(0, codes.ExitCode);
        Assert.Equal("", codes.StdErr);
        foreach (string code in (string[])["200", "206", "303", "403", "404", "416", "418", "406"])
            Assert.Contains(code + "\t", codes.StdOut);
        Assert.Contains("200\t0x0303", codes.StdOut);      // an HTTP response decrypted out of TLS

        var pot = ExternalTools.Tshark("-r", capture, "-Y", "tcp.srcport == 5030 || tcp.srcport == 5031 || tcp.dstport == 5030", "-T", "fields", "-e", "tcp.payload");
        string potText = string.Concat(pot.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(h => System.Text.Encoding.UTF8.GetString(Convert.FromHexString(h))));
        foreach (string method in (string[])["BREW ", "GET coffee:", "PROPFIND ", "WHEN ", "HTCPCP/1.1 418 I'm a teapot", "HTCPCP/1.0 406 Not Acceptable"])
            Assert.Contains(method, potText);
        Assert.Contains("TLSv1.2", ExternalTools.Tshark("-r", capture, "-Y", "tls.record.version == 0x0303 && tls.handshake.type == 2").StdOut);
        Assert.Contains("CLIENT_TRAFFIC_SECRET_0 ", File.ReadAllText(keys));
        Assert.Contains("CLIENT_RANDOM ", File.ReadAllText(keys));
        // Secrets stay with their owner, as dumpcap creates its files: the key log and the capture are 0600.
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keys));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(capture));
    }
}
