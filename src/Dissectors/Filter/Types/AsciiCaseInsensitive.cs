namespace Sniffer.Dissectors.Filter.Types;

/// <summary>g_ascii_strcasecmp as an equality comparer: only ASCII letters fold.</summary>
internal sealed class AsciiCaseInsensitive : IEqualityComparer<string>
{
    public static readonly AsciiCaseInsensitive Instance = new();

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null)
            return x is null && y is null;
        if (x.Length != y.Length)
            return false;
        for (int i = 0; i < x.Length; i++)
            if (Fold(x[i]) != Fold(y[i]))
                return false;
        return true;
    }

    public int GetHashCode(string obj)
    {
        var hash = new HashCode();
        foreach (char c in obj)
            hash.Add(Fold(c));
        return hash.ToHashCode();
    }
}
