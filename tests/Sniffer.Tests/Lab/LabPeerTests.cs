using System.Net;
using System.Security.Authentication;
using Sniffer.Lab;

namespace Sniffer.Tests.Lab;

/// <summary>The lab servers and clients talking to each other over loopback sockets in this process, each on a free port.</summary>
public class LabPeerTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static TcpLabServer Serve(LabServerKind kind, bool tls = false, IPEndPoint? pot = null, bool strict = false) =>
        LabServers.Start(new LabServerSettings { Kind = kind, Port = 0, Tls = tls, Pot = pot ?? new IPEndPoint(IPAddress.Loopback, 1), Strict = strict }, LabLog.None);

    [Theory]
    [InlineData(HttpLabScenario.Close)]
    [InlineData(HttpLabScenario.KeepAlive)]
    [InlineData(HttpLabScenario.Chunked)]
    [InlineData(HttpLabScenario.Range)]
    [InlineData(HttpLabScenario.Login)]
    public async Task Every_http_scenario_gets_the_replies_it_expects(HttpLabScenario scenario)
    {
        await using var server = Serve(LabServerKind.Http);
        using var cancel = new CancellationTokenSource(Limit);
        Assert.True(await new HttpLabClient("127.0.0.1", server.LocalEndPoint.Port, false, SslProtocols.None, LabLog.None).RunAsync(scenario, 2, cancel.Token));
    }

    [Fact]
    public async Task The_site_works_the_same_over_HTTPS()
    {
        await using var server = Serve(LabServerKind.Http, tls: true);
        using var cancel = new CancellationTokenSource(Limit);
        Assert.True(await new HttpLabClient("127.0.0.1", server.LocalEndPoint.Port, true, SslProtocols.None, LabLog.None).RunAsync(HttpLabScenario.All, 1, cancel.Token));
    }

    [Fact]
    public async Task The_echo_server_returns_every_line()
    {
        await using var server = Serve(LabServerKind.Echo);
        using var cancel = new CancellationTokenSource(Limit);
        Assert.True(await EchoLabClient.RunAsync("127.0.0.1", server.LocalEndPoint.Port, false, SslProtocols.None, 20, "ping", LabLog.None, cancel.Token));
    }

    [Theory]
    [InlineData(SslProtocols.Tls12)]
    [InlineData(SslProtocols.Tls13)]
    public async Task The_TLS_echo_speaks_the_version_the_client_asks_for(SslProtocols version)
    {
        await using var server = Serve(LabServerKind.TlsEcho);
        using var cancel = new CancellationTokenSource(Limit);
        await using (var connection = await LabConnection.OpenAsync("127.0.0.1", server.LocalEndPoint.Port, true, version, cancel.Token))
            Assert.Equal(version, connection.TlsVersion);
        Assert.True(await EchoLabClient.RunAsync("127.0.0.1", server.LocalEndPoint.Port, true, version, 3, "secret", LabLog.None, cancel.Token));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_coffee_script_gets_its_418_and_406_from_the_lab_pot_and_the_strict_one(bool strict)
    {
        await using var pot = Serve(LabServerKind.CoffeePot, strict: strict);
        using var cancel = new CancellationTokenSource(Limit);
        Assert.True(await CoffeeLabClient.RunAsync("127.0.0.1", pot.LocalEndPoint.Port, LabLog.None, cancel.Token));
    }

    [Fact]
    public async Task The_web_front_end_relays_to_the_pot_and_passes_its_status_through()
    {
        await using var pot = Serve(LabServerKind.CoffeePot);
        await using var web = Serve(LabServerKind.CoffeeWeb, pot: pot.LocalEndPoint);
        using var cancel = new CancellationTokenSource(Limit);
        Assert.True(await CoffeeLabClient.RunWebAsync("127.0.0.1", web.LocalEndPoint.Port, LabLog.None, cancel.Token));
    }

    [Fact]
    public async Task The_web_front_end_says_502_when_the_pot_is_away()
    {
        await using var web = Serve(LabServerKind.CoffeeWeb, pot: new IPEndPoint(IPAddress.Loopback, 1));
        using var cancel = new CancellationTokenSource(Limit);
        await using var connection = await LabConnection.OpenAsync("127.0.0.1", web.LocalEndPoint.Port, false, SslProtocols.None, cancel.Token);
        var reply = await LabExchange.SendAsync(connection, "GET", "/status", "HTTP/1.1", [], null, false, LabLog.None, cancel.Token);
        Assert.Equal(502, reply!.StatusCode);
    }

    [Fact]
    public async Task A_server_that_gets_garbage_answers_400_and_keeps_serving()
    {
        await using var server = Serve(LabServerKind.Http);
        using var cancel = new CancellationTokenSource(Limit);
        await using (var junk = await LabConnection.OpenAsync("127.0.0.1", server.LocalEndPoint.Port, false, SslProtocols.None, cancel.Token))
        {
            await junk.SendAsync("\x16\x03\x01 not http\r\n\r\n"u8.ToArray(), cancel.Token);
            var (status, reply) = await LabHttpReader.ReadResponseAsync(junk.Reader, "GET", false, cancel.Token);
            Assert.Equal(LabHttpReadStatus.Message, status);
            Assert.Equal(400, reply!.StatusCode);
        }
        Assert.True(await new HttpLabClient("127.0.0.1", server.LocalEndPoint.Port, false, SslProtocols.None, LabLog.None).RunAsync(HttpLabScenario.Chunked, 1, cancel.Token));
    }
}
