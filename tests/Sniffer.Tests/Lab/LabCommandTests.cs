using System.Text.RegularExpressions;
using Sniffer.Tests.Capture;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Lab;

/// <summary>
/// <c>sniffer lab</c> as a user runs it (child processes): servers that say where they listen and stop on a
/// signal, clients that exit 0 when every reply was right, and the TLS key log .NET writes when asked.
/// </summary>
public class LabCommandTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Starts a server on a free port and returns it with the port its log line names.</summary>
    private static (BackgroundProcess Server, string Port) Serve(params string[] arguments)
    {
        var server = BackgroundProcess.Sniffer(["lab", "serve", .. arguments, "--port", "0", "--duration", "60"]);
        Assert.True(server.WaitForStdErr("listening on", Limit), server.StdErr);
        var port = Regex.Match(server.StdErr, @"listening on 127\.0\.0\.1:(\d+)").Groups[1].Value;
        return (server, port);
    }

    [Theory]
    [InlineData("1.2", "CLIENT_RANDOM ")]
    [InlineData("1.3", "CLIENT_HANDSHAKE_TRAFFIC_SECRET ")]
    public void The_TLS_client_writes_an_NSS_key_log_for_the_version_it_spoke(string version, string expectedLabel)
    {
        var (server, port) = Serve("tls-echo");
        string keys = Path.Combine(Path.GetTempPath(), $"sniffer-keys-{Guid.NewGuid():N}.keys");
        try
        {
            var client = SnifferProcess.Run("lab", "client", "tls-echo", "--port", port, "--tls-version", version, "--keylog", keys);
            Assert.Equal(0, client.ExitCode);
            Assert.Contains($"lab: TLS {version} with 127.0.0.1:{port}", client.StdErr);
            string[] lines = File.ReadAllLines(keys);
            Assert.Contains(lines, l => l.StartsWith(expectedLabel, StringComparison.Ordinal));
            Assert.All(lines, l => Assert.Matches("^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]+$", l));
            if (version == "1.3")
                foreach (string label in (string[])["SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"])
                    Assert.Contains(lines, l => l.StartsWith(label + " ", StringComparison.Ordinal));
        }
        finally
        {
            server.Signal(BackgroundProcess.SigTerm);
            Assert.True(server.WaitForExit(Limit, out int code));
            Assert.Equal(0, code);
            Assert.Contains("lab: server stopped", server.StdErr);
            server.Dispose();
            File.Delete(keys);
        }
    }

    [Fact]
    public void The_coffee_pot_and_its_client_run_as_commands_and_the_client_reports_each_reply()
    {
        var (server, port) = Serve("coffee-pot");
        using (server)
        {
            var client = SnifferProcess.Run("lab", "client", "coffee", "--port", port);
            Assert.Equal(0, client.ExitCode);
            Assert.Contains("-> 418 I'm a teapot", client.StdErr);
            Assert.Contains("-> 406 Not Acceptable", client.StdErr);
            server.Signal(BackgroundProcess.SigInt);
            Assert.True(server.WaitForExit(Limit, out int code));
            Assert.Equal(0, code);
        }
    }

    [Fact]
    public void A_client_with_no_server_to_talk_to_says_so_in_one_line()
    {
        var r = SnifferProcess.Run("lab", "client", "echo", "--port", "1");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("sniffer: lab: echo client with 127.0.0.1:1: Connection refused", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [Fact]
    public void A_server_on_a_port_already_taken_says_so_in_one_line()
    {
        var (server, port) = Serve("echo");
        using (server)
        {
            var r = SnifferProcess.Run("lab", "serve", "echo", "--port", port, "--duration", "1");
            Assert.Equal(1, r.ExitCode);
            Assert.StartsWith($"sniffer: lab: cannot listen on 127.0.0.1:{port}: Address already in use", r.StdErr);
        }
    }
}
