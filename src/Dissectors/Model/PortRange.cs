using System.Globalization;

namespace Sniffer.Dissectors.Model;

/// <summary>A set of ports written as Wireshark writes range preferences: "80,3128,8080-8090" (empty is no port).</summary>
public static class PortRange
{
    public static bool TryParse(string text, out ushort[] ports)
    {
        var list = new List<ushort>();
        ports = [];
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int dash = raw.IndexOf('-');
            string first = dash < 0 ? raw : raw[..dash].Trim();
            string last = dash < 0 ? raw : raw[(dash + 1)..].Trim();
            if (!ushort.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var low)
                || !ushort.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var high) || low > high)
                return false;
            for (int p = low; p <= high; p++)
                list.Add((ushort)p);
        }
        ports = list.ToArray();
        return true;
    }
}
