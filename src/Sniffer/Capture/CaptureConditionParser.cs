using System.Globalization;

namespace Sniffer.Capture;

/// <summary>
/// Parses -a and -b arguments: "NAME:VALUE", several per argument when separated by commas
/// ("files:5,filesize:1000"), each value a positive whole number.
/// </summary>
public static class CaptureConditionParser
{
    public static readonly CaptureConditionKind[] Autostop = [CaptureConditionKind.Duration, CaptureConditionKind.FileSize, CaptureConditionKind.Packets];
    public static readonly CaptureConditionKind[] RingBuffer = [CaptureConditionKind.Files, CaptureConditionKind.FileSize, CaptureConditionKind.Duration];

    /// <summary>Adds the conditions in <paramref name="text"/> to <paramref name="into"/>; false with a message naming the bad part.</summary>
    public static bool TryParse(string text, IReadOnlyCollection<CaptureConditionKind> allowed, List<CaptureCondition> into, out string error)
    {
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            int colon = part.IndexOf(':');
            string name = colon < 0 ? part : part[..colon];
            CaptureConditionKind? kind = name switch
            {
                "duration" => CaptureConditionKind.Duration,
                "filesize" => CaptureConditionKind.FileSize,
                "packets" => CaptureConditionKind.Packets,
                "files" => CaptureConditionKind.Files,
                _ => null,
            };
            if (kind is not CaptureConditionKind k || !allowed.Contains(k))
            {
                error = $"\"{part}\" is not a condition here; use {Words(allowed)}";
                return false;
            }
            if (colon < 0 || !long.TryParse(part.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value <= 0)
            {
                error = $"\"{part}\" needs a positive whole number after '{name}:'";
                return false;
            }
            into.Add(new CaptureCondition(k, value));
        }
        error = "";
        return true;
    }

    /// <summary>The last value given for <paramref name="kind"/>, or null.</summary>
    public static long? Find(IReadOnlyList<CaptureCondition> conditions, CaptureConditionKind kind)
    {
        long? found = null;
        foreach (var c in conditions)
            if (c.Kind == kind)
                found = c.Value;
        return found;
    }

    private static string Words(IReadOnlyCollection<CaptureConditionKind> allowed)
    {
        var words = new List<string>();
        foreach (var k in allowed)
        {
            words.Add(k switch
            {
                CaptureConditionKind.Duration => "duration:SECONDS",
                CaptureConditionKind.FileSize => "filesize:KB",
                CaptureConditionKind.Packets => "packets:N",
                _ => "files:N",
            });
        }
        return string.Join(", ", words);
    }
}
