using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// What a datagram dissector knows of the datagram beyond its bytes: ports, the udp.stream index, and the
/// conversation's state slot, where a protocol keeps what spans datagrams (DNS queries waiting for their response).
/// One instance is reused for every datagram: read it during <see cref="IDatagramDissector.Dissect"/>, keep nothing.
/// </summary>
public sealed class DatagramContext
{
    public ushort SourcePort { get; internal set; }
    public ushort DestinationPort { get; internal set; }

    /// <summary>udp.stream of the datagram.</summary>
    public long StreamIndex { get; internal set; }

    /// <summary>The UDP conversation's protocol state slot (see <see cref="ConversationState.GetState{T}"/>).</summary>
    public ConversationState Conversation { get; internal set; } = null!;

    /// <summary>Frame number and absolute time (ns) of the datagram.</summary>
    public long Frame { get; internal set; }
    public long Time { get; internal set; }

    /// <summary>The datagram is quoted inside an ICMP error: dissect it but change no conversation state.</summary>
    public bool InErrorPacket { get; internal set; }

    public void Set(ushort sourcePort, ushort destinationPort, long streamIndex, ConversationState conversation, long frame, long time, bool inError)
    {
        SourcePort = sourcePort;
        DestinationPort = destinationPort;
        StreamIndex = streamIndex;
        Conversation = conversation;
        Frame = frame;
        Time = time;
        InErrorPacket = inError;
    }
}
