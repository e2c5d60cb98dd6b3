using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>
/// The parts of an HTCPCP request-target, as offsets into it: the scheme (RFC 2324 §3's coffee schemes,
/// or tea), the pot designator ("pot-1", in the authority or the path) and the tea variety (RFC 7168:
/// "/darjeeling", "/pot-0/earl-grey"). A missing part has length 0.
/// </summary>
public readonly record struct HtcpcpUri(Range Scheme, Range Pot, Range TeaVariety)
{
    public bool HasScheme => Scheme.End.Value > Scheme.Start.Value;
    public bool HasPot => Pot.End.Value > Pot.Start.Value;
    public bool HasTeaVariety => TeaVariety.End.Value > TeaVariety.Start.Value;

    /// <summary>RFC 2324's coffee-scheme list ("coffee" in 29 languages, percent-encoded as the RFC writes them), and tea.</summary>
    private static readonly byte[][] Schemes =
    [
        "coffee"u8.ToArray(), "tea"u8.ToArray(), "koffie"u8.ToArray(), "q%c3%a6hv%c3%a6"u8.ToArray(),
        "%d9%82%d9%87%d9%88%d8%a9"u8.ToArray(), "akeita"u8.ToArray(), "koffee"u8.ToArray(), "kahva"u8.ToArray(),
        "kafe"u8.ToArray(), "caf%c3%e8"u8.ToArray(), "%e5%92%96%e5%95%a1"u8.ToArray(), "kava"u8.ToArray(),
        "k%c3%a1va"u8.ToArray(), "kaffe"u8.ToArray(), "kafo"u8.ToArray(), "kohv"u8.ToArray(), "kahvi"u8.ToArray(),
        "%4baffee"u8.ToArray(), "%ce%ba%ce%b1%cf%86%ce%ad"u8.ToArray(), "%e0%a4%95%e0%a5%8c%e0%a4%ab%e0%a5%80"u8.ToArray(),
        "%e3%82%b3%e3%83%bc%e3%83%92%e3%83%bc"u8.ToArray(), "%ec%bb%a4%ed%94%bc"u8.ToArray(),
        "%d0%ba%d0%be%d1%84%d0%b5"u8.ToArray(), "%e0%b8%81%e0%b8%b2%e0%b9%81%e0%b8%9f"u8.ToArray(),
    ];

    /// <summary>The coffee schemes and tea, lower case (the C# dissector and the Lua export read this one list).</summary>
    public static IReadOnlyList<byte[]> KnownSchemes => Schemes;

    /// <summary>True when <paramref name="scheme"/> (without the colon) is a coffee scheme or tea, in any case.</summary>
    public static bool IsCoffeeOrTeaScheme(ReadOnlySpan<byte> scheme)
    {
        foreach (var known in Schemes)
            if (known.Length == scheme.Length && TextBytes.EqualsIgnoreCase(scheme, known))
                return true;
        return false;
    }

    /// <summary>True when a request-target starts with a coffee or tea scheme and a colon.</summary>
    public static bool HasCoffeeScheme(ReadOnlySpan<byte> target)
    {
        int colon = target.IndexOf(TextBytes.Colon);
        return colon > 0 && IsCoffeeOrTeaScheme(target[..colon]);
    }

    /// <summary>"pot-" followed by at least one digit.</summary>
    public static bool IsPotDesignator(ReadOnlySpan<byte> segment)
        => segment.Length > 4 && TextBytes.StartsWithIgnoreCase(segment, "pot-"u8) && segment[4..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    public static HtcpcpUri Parse(ReadOnlySpan<byte> target)
    {
        Range scheme = default, pot = default, tea = default;
        int position = 0;
        int colon = target.IndexOf(TextBytes.Colon);
        if (colon > 0 && IsCoffeeOrTeaScheme(target[..colon]))
        {
            scheme = new Range(0, colon);
            position = colon + 1;
        }
        int query = target.IndexOf(TextBytes.QuestionMark);
        int end = query < 0 ? target.Length : query;
        if (position < end && target[position..end].StartsWith("//"u8))
        {
            int authorityStart = position + 2;
            int slash = target[authorityStart..end].IndexOf(TextBytes.Slash);
            int authorityEnd = slash < 0 ? end : authorityStart + slash;
            if (IsPotDesignator(target[authorityStart..authorityEnd]))
                pot = new Range(authorityStart, authorityEnd);
            position = authorityEnd;
        }
        while (position < end)
        {
            if (target[position] == TextBytes.Slash)
            {
                position++;
                continue;
            }
            int slash = target[position..end].IndexOf(TextBytes.Slash);
            int segmentEnd = slash < 0 ? end : position + slash;
            var segment = target[position..segmentEnd];
            if (pot.End.Value == 0 && IsPotDesignator(segment))
                pot = new Range(position, segmentEnd);
            else if (tea.End.Value == 0)
                tea = new Range(position, segmentEnd);
            position = segmentEnd;
        }
        return new HtcpcpUri(scheme, pot, tea);
    }
}
