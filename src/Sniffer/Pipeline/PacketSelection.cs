using System.Globalization;

namespace Sniffer.Pipeline;

/// <summary>
/// editcap's packet selection: single numbers ("15") and inclusive ranges ("1-10"; one written backwards,
/// "20-18", selects nothing, as in editcap), as many as wanted. Parsing a word that is not one reports editcap's own sentence.
/// </summary>
public sealed class PacketSelection
{
    private readonly List<(long First, long Last)> _ranges = [];

    public bool IsEmpty => _ranges.Count == 0;

    public bool Contains(long number)
    {
        foreach (var (first, last) in _ranges)
            if (number >= first && number <= last)
                return true;
        return false;
    }

    /// <summary>Adds "N" or "N-M"; null when it was one, else editcap's message for it.</summary>
    public string? Add(string word)
    {
        int dash = word.IndexOf('-');
        if (dash < 0)
        {
            if (!TryNumber(word, out long single))
                return $"The specified packet number \"{word}\" isn't a decimal number";
            _ranges.Add((single, single));
            return null;
        }
        string start = word[..dash], end = word[(dash + 1)..];
        if (!TryNumber(start, out long first))
            return $"The specified start of packet range \"{start}\" isn't a decimal number";
        if (!TryNumber(end, out long last))
            return $"The specified end of packet range \"{end}\" isn't a decimal number";
        _ranges.Add((first, last));
        return null;
    }

    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
