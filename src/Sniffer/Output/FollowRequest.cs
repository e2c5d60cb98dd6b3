using System.Globalization;

namespace Sniffer.Output;

/// <summary>Parses tshark's "follow,PROTO,MODE,STREAM" statistic argument (PROTO tcp, udp, tls or http).</summary>
public static class FollowRequest
{
    public static bool TryParse(string argument, out long stream, out FollowMode mode) =>
        TryParse(argument, out stream, out mode, out var endpoints, out _) && endpoints is null;

    /// <summary>
    /// "follow,tcp,MODE,STREAM" or "follow,tcp,MODE,ADDR:PORT,ADDR:PORT" (then <paramref name="endpoints"/> is set; a bad
    /// address gives tshark's message as <paramref name="error"/>).
    /// </summary>
    public static bool TryParse(string argument, out long stream, out FollowMode mode, out FollowEndpoints? endpoints, out string? error) =>
        TryParse(argument, out _, out stream, out mode, out endpoints, out error);

    /// <summary>"follow,PROTO,MODE,STREAM" or "follow,PROTO,MODE,ADDR:PORT,ADDR:PORT" for PROTO tcp, udp, tls or http.</summary>
    public static bool TryParse(string argument, out FollowProtocol protocol, out long stream, out FollowMode mode,
        out FollowEndpoints? endpoints, out string? error)
    {
        protocol = FollowProtocol.Tcp;
        stream = -1;
        mode = FollowMode.Ascii;
        endpoints = null;
        error = null;
        var parts = argument.Split(',');
        if (parts.Length is not (4 or 5) || parts[0] != "follow" || !TryParseProtocol(parts[1], out protocol))
            return false;
        if (!TryParseMode(parts[2], out mode))
            return false;
        if (parts.Length == 5)
        {
            endpoints = FollowEndpoints.TryParse(parts[3], parts[4], protocol == FollowProtocol.Udp ? "udp" : "tcp", out error);
            return endpoints is not null;
        }
        return long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out stream);
    }

    public static bool TryParseProtocol(string text, out FollowProtocol protocol)
    {
        switch (text)
        {
            case "tcp": protocol = FollowProtocol.Tcp; return true;
            case "udp": protocol = FollowProtocol.Udp; return true;
            case "tls": protocol = FollowProtocol.Tls; return true;
            case "http": protocol = FollowProtocol.Http; return true;
            default: protocol = FollowProtocol.Tcp; return false;
        }
    }

    public static bool TryParseMode(string text, out FollowMode mode)
    {
        switch (text)
        {
            case "ascii": mode = FollowMode.Ascii; return true;
            case "hex": mode = FollowMode.Hex; return true;
            case "raw": mode = FollowMode.Raw; return true;
            case "yaml": mode = FollowMode.Yaml; return true;
            default: mode = FollowMode.Ascii; return false;
        }
    }
}
