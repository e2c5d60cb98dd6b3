using System.Globalization;

namespace Sniffer.Output;

/// <summary>Parses tshark's "follow,tcp,MODE,STREAM" statistic argument.</summary>
public static class FollowRequest
{
    public static bool TryParse(string argument, out long stream, out FollowMode mode)
    {
        stream = -1;
        mode = FollowMode.Ascii;
        var parts = argument.Split(',');
        if (parts.Length != 4 || parts[0] != "follow" || parts[1] != "tcp")
            return false;
        if (!TryParseMode(parts[2], out mode))
            return false;
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
