using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Ssdp;

/// <summary>
/// SSDP on UDP 1900: each datagram is one HTTP message (M-SEARCH, NOTIFY, or a 200 OK answer), framed and written by
/// the HTTP dissector itself under the SSDP protocol item. Request and response numbers are kept per UDP conversation,
/// as tshark keeps them per conversation.
/// </summary>
public sealed class SsdpDissector : IDatagramDissector
{
    public static readonly SsdpDissector Instance = new();

    private static readonly HttpDissector Http = new(carriedInTls: false, shownAs: SsdpFields.Protocol);

    /// <summary>HTTP's state lives in an inner conversation state, so it does not take SSDP's slot.</summary>
    private sealed class State(ConversationState conversation)
    {
        public readonly StreamSide Side = new(new ConversationState(conversation.StreamIndex, 0, 0, outer: conversation), StreamDirection.ClientToServer);
    }

    public ProtocolDef Protocol => SsdpFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> payload, DatagramContext context) => false;

    public bool Dissect(ReadOnlySpan<byte> payload, DatagramContext context, PacketContext packet, int source, int offset)
    {
        var conversation = context.Conversation;
        if (!conversation.TryGetState<State>(this, out var state))
            state = Start(conversation);
        var side = state.Side;
        side.CurrentFrame = context.Frame;
        side.CurrentTime = context.Time;
        side.PduFirstFrame = context.Frame;
        side.PduSourceOffset = offset;
        side.Scan = default;
        var boundary = Http.FindPdu(payload, side, endOfStream: true);
        if (boundary.Status != PduStatus.Complete)
            return true; // not HTTP: tshark's SSDP takes it and shows nothing (no data either)
        Http.Dissect(payload[..boundary.Length], side, packet, source);
        return true;
    }

    private State Start(ConversationState conversation) => conversation.GetState(this, () => new State(conversation));
}
