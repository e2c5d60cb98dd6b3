using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Sniffer.Dissectors.Model;

namespace Sniffer.Analysis;

/// <summary>
/// What the analysis counts of a frame besides its tree: number, times, length, addresses and ports. Plain data, so a
/// frame's facts can be handed to another thread as one copy (<see cref="DetachedAnalysis"/>).
/// </summary>
internal struct FrameFacts
{
    public long Number;
    public long Timestamp;
    public long RelativeTime;
    public long OriginalLength;
    public AddressKind Kind;
    public ushort SourcePort;
    public ushort DestinationPort;
    public Address16 Source;
    public Address16 Destination;

    public static void Read(PacketContext packet, ref FrameFacts facts)
    {
        var frame = packet.Frame;
        facts.Number = frame.Number;
        facts.Timestamp = frame.Timestamp;
        facts.RelativeTime = packet.RelativeTime;
        facts.OriginalLength = frame.OriginalLength;
        facts.Kind = packet.NetworkKind;
        facts.SourcePort = packet.SourcePort;
        facts.DestinationPort = packet.DestinationPort;
        packet.NetworkSource.CopyTo(facts.Source);
        packet.NetworkDestination.CopyTo(facts.Destination);
    }

    private readonly int AddressLength => Kind == AddressKind.Ipv6 ? 16 : 4;

    [UnscopedRef]
    public readonly ReadOnlySpan<byte> SourceAddress => ((ReadOnlySpan<byte>)Source)[..AddressLength];

    [UnscopedRef]
    public readonly ReadOnlySpan<byte> DestinationAddress => ((ReadOnlySpan<byte>)Destination)[..AddressLength];
}

/// <summary>Room for an IPv4 or IPv6 address.</summary>
[InlineArray(16)]
internal struct Address16
{
    private byte _first;
}
