using System.Globalization;

namespace Sniffer.Output;

/// <summary>Parses tshark's "follow,tcp,MODE,STREAM" statistic argument.</summary>
public static class FollowRequest
{
    public static bool TryParse(string argument, out long stream, out FollowMode mode) =>
        TryParse(argument, out stream, out mode, out var endpoints, out _) && endpoints is null;

    /// <summary>
    /// "follow,tcp,MODE,STREAM" or "follow,tcp,MODE,ADDR:PORT,ADDR:PORT" (then <paramref name="endpoints"/> is set; a bad
    /// address gives tshark's message as <paramref name="error"/>).
    /// </summary>
    public static bool TryParse(string argument, out long stream, out FollowMode mode, out FollowEndpoints? endpoints, out string? error)
    {
        stream = -1;
        mode = FollowMode.Ascii;
        endpoints = null;
        error = null;
        var parts = argument.Split(',');
        if (parts.Length is not (4 or 5) || parts[0] != "follow" || parts[1] != "tcp")
            return false;
        if (!TryParseMode(parts[2], out mode))
            return false;
        if (parts.Length == 5)
        {
            endpoints = FollowEndpoints.TryParse(parts[3], parts[4], out error);
            return endpoints is not null;
        }
        return long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out stream);
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
