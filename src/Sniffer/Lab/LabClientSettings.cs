using System.Security.Authentication;

namespace Sniffer.Lab;

/// <summary>One lab client run: which peer, where, and how much to say (always a bounded amount).</summary>
public sealed record LabClientSettings
{
    public const int MaxRepeat = 1000;
    public const int MaxMessages = 10000;

    public required LabClientKind Kind { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 means the kind's default port.</summary>
    public int Port { get; init; }

    public HttpLabScenario Scenario { get; init; } = HttpLabScenario.All;

    /// <summary>How many times the http scenario runs (1 to <see cref="MaxRepeat"/>).</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>How many lines the echo clients send (1 to <see cref="MaxMessages"/>).</summary>
    public int Messages { get; init; } = 3;

    public const string DefaultMessageText = "hello from the sniffer lab";

    public string MessageText { get; init; } = DefaultMessageText;

    /// <summary>HTTPS for the http client (tls-echo always uses TLS).</summary>
    public bool Tls { get; init; }

    public SslProtocols TlsProtocols { get; init; } = SslProtocols.None;

    /// <summary>The coffee client browses the web front end instead of talking HTCPCP to the pot.</summary>
    public bool Web { get; init; }

    /// <summary>The coffee client talks as the real lab's web app does: HTTP/1.1 request lines, a start or stop body with no Content-Length.</summary>
    public bool LabFormat { get; init; }

    /// <summary>The whole run is abandoned after this long.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
