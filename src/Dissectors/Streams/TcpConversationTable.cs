namespace Sniffer.Dissectors.Streams;

/// <summary>
/// Finds or starts the conversation a segment belongs to, numbering them as tcp.stream does: by
/// first appearance, with a new index when a fresh SYN reuses the ports of a finished conversation.
/// </summary>
public sealed class TcpConversationTable
{
    private readonly Dictionary<ConversationKey, TcpConversation> _current = new();
    private readonly List<TcpConversation> _all = new();

    /// <summary>Every conversation in order of tcp.stream index (for the conversation table and reports).</summary>
    public IReadOnlyList<TcpConversation> All => _all;

    /// <summary>
    /// Returns the conversation for a segment. <paramref name="portsReused"/> is true when a SYN started a new
    /// conversation on the ports of an earlier one ("[TCP Port numbers reused]").
    /// </summary>
    public TcpConversation Lookup(ReadOnlySpan<byte> src, ushort srcPort, ReadOnlySpan<byte> dst, ushort dstPort,
        bool syn, bool ack, uint seq, long frame, long time, out StreamDirection direction, out bool portsReused)
    {
        var key = ConversationKey.From(src, srcPort, dst, dstPort, out bool aIsSource);
        portsReused = false;
        if (_current.TryGetValue(key, out var conversation))
        {
            direction = aIsSource == conversation.AIsClient ? StreamDirection.ClientToServer : StreamDirection.ServerToClient;
            bool newSyn = syn && !ack;
            if (!newSyn)
                return conversation;
            var half = conversation.Half(direction);
            // As Wireshark: a SYN whose ISN differs from the base sequence number already seen in that
            // direction starts a new session on the same ports; the same ISN is a retransmitted SYN.
            if (!half.BaseSeqSet || half.BaseSeq == seq)
                return conversation;
            portsReused = true;
        }
        bool aIsClient = syn && ack ? !aIsSource : aIsSource;
        ushort clientPort = syn && ack ? dstPort : srcPort;
        ushort serverPort = syn && ack ? srcPort : dstPort;
        conversation = new TcpConversation(_all.Count, key, aIsClient, clientPort, serverPort, frame, time);
        _current[key] = conversation;
        _all.Add(conversation);
        direction = syn && ack ? StreamDirection.ServerToClient : StreamDirection.ClientToServer;
        return conversation;
    }
}
