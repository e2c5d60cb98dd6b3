using System.Text;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>Wireshark's unsigned_time_secs_to_str: "1 hour, 15 minutes", "14 days", "0 seconds".</summary>
public static class DurationText
{
    public static string Of(uint seconds)
    {
        if (seconds == 0)
            return "0 seconds";
        var sb = new StringBuilder();
        Part(sb, seconds / 86400, "day");
        Part(sb, seconds / 3600 % 24, "hour");
        Part(sb, seconds / 60 % 60, "minute");
        Part(sb, seconds % 60, "second");
        return sb.ToString();
    }

    private static void Part(StringBuilder sb, uint value, string unit)
    {
        if (value == 0)
            return;
        if (sb.Length > 0)
            sb.Append(", ");
        sb.Append(value).Append(' ').Append(unit);
        if (value != 1)
            sb.Append('s');
    }
}
