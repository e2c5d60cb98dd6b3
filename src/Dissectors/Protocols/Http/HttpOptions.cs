using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// HTTP's preferences for one run, read once from the run's <see cref="Preferences"/> (tshark's <c>-o http.NAME:VALUE</c>):
/// the ports where plain HTTP earns the http.tls_port warning, and the bounds on what one message may cost.
/// </summary>
public sealed class HttpOptions
{
    /// <summary>tshark 4.0's http.tls.port: ports TLS is expected on, where unencrypted HTTP is flagged.</summary>
    public static readonly PreferenceDef TlsPorts = new("http.tls.port", "SSL/TLS Ports range",
        "TCP ports where HTTP is expected inside TLS; plain HTTP seen on them gets the http.tls_port warning",
        PreferenceKind.Range, "443");

    /// <summary>The most bytes a Content-Encoding (gzip, deflate, br) is undone into; the rest is not shown, and a note says so.</summary>
    public static readonly PreferenceDef MaxUncompressedBody = new("http.max_uncompressed_body", "Largest uncompressed body",
        "The most bytes a compressed body (Content-Encoding gzip, deflate, br) is expanded to; past it the body is cut and a line in the tree says so",
        PreferenceKind.UInt, DefaultMaxUncompressedBody.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The most chunks of one chunked body listed in the tree; the body is still dechunked whole.</summary>
    public static readonly PreferenceDef MaxChunksShown = new("http.max_chunks_shown", "Most chunks shown per body",
        "The most chunks of one chunked body listed one by one in the tree; past it a line says how many more there were, and the body is still dechunked whole",
        PreferenceKind.UInt, DefaultMaxChunksShown.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public const int DefaultMaxUncompressedBody = 32 * 1024 * 1024;
    public const int DefaultMaxChunksShown = 10_000;

    private readonly bool[] _tlsPorts = new bool[65536];

    public HttpOptions(IReadOnlyList<ushort> tlsPorts, int maxUncompressedBody = DefaultMaxUncompressedBody, int maxChunksShown = DefaultMaxChunksShown)
    {
        foreach (var port in tlsPorts)
            _tlsPorts[port] = true;
        MaxUncompressedBodyBytes = maxUncompressedBody;
        MaxChunksShownPerBody = maxChunksShown;
    }

    /// <summary>tshark's defaults.</summary>
    public static HttpOptions Default { get; } = new([443]);

    public int MaxUncompressedBodyBytes { get; }
    public int MaxChunksShownPerBody { get; }

    public bool IsTlsPort(ushort port) => _tlsPorts[port];

    /// <summary>The options a run's preferences give (defaults for what was not set; values were validated when set).</summary>
    public static HttpOptions From(Preferences preferences)
    {
        PortRange.TryParse(preferences[TlsPorts], out var ports);
        return new HttpOptions(ports, ReadCount(preferences, MaxUncompressedBody, DefaultMaxUncompressedBody),
            ReadCount(preferences, MaxChunksShown, DefaultMaxChunksShown));
    }

    private static int ReadCount(Preferences preferences, PreferenceDef preference, int fallback)
        => uint.TryParse(preferences[preference], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out uint value)
            ? (int)Math.Min(value, int.MaxValue)
            : fallback;
}
