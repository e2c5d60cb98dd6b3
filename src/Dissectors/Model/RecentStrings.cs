namespace Sniffer.Dissectors.Model;

/// <summary>
/// The last few short strings made from bytes, so a value that comes again (HTTP/1.1, OK, a Host, a Content-Type, the
/// same URI on every connection) is one string, not one per message. Only ASCII bytes match a remembered string, so a
/// hit is exactly the string any decoder (ASCII, Latin-1, UTF-8) would have made from them. Bounded: a few entries of at
/// most <see cref="MaxLength"/> characters; one instance per thread or per run (not thread-safe).
/// </summary>
public sealed class RecentStrings
{
    /// <summary>Longer values are not remembered (they rarely repeat, and the cache must stay small).</summary>
    public const int MaxLength = 256;

    private const int Size = 16;
    private readonly string?[] _items = new string?[Size];
    private int _next;

    /// <summary>A remembered string equal to <paramref name="bytes"/> (all ASCII), or null.</summary>
    public string? Find(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxLength)
            return null;
        foreach (var item in _items)
        {
            if (item is null)
                return null; // filled in order: nothing after the first empty slot
            if (item.Length == bytes.Length && System.Text.Ascii.Equals(bytes, item))
                return item;
        }
        return null;
    }

    /// <summary>Remembers <paramref name="value"/> (when short), replacing the oldest entry; returns it.</summary>
    public string Remember(string value)
    {
        if (value.Length <= MaxLength)
        {
            _items[_next] = value;
            _next = (_next + 1) % Size;
        }
        return value;
    }
}
