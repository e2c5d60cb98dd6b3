namespace Sniffer.Dissectors.Streams;

/// <summary>Four SACK block edges held inside their <see cref="TcpHalf"/> (no arrays of their own per connection).</summary>
[System.Runtime.CompilerServices.InlineArray(Length)]
public struct SackEdges
{
    public const int Length = 4;
    private uint _first;
}
