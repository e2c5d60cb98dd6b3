namespace Sniffer.Dissectors.Streams;

/// <summary>32-bit TCP sequence arithmetic with wrap-around (RFC 9293 §3.4): comparisons by signed difference.</summary>
public static class SeqNumber
{
    public static int Difference(uint a, uint b) => unchecked((int)(a - b));
    public static bool LessThan(uint a, uint b) => Difference(a, b) < 0;
    public static bool GreaterThan(uint a, uint b) => Difference(a, b) > 0;
    public static uint Max(uint a, uint b) => GreaterThan(a, b) ? a : b;
}
