using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Ssdp;

/// <summary>
/// SSDP on UDP 1900: each datagram is one HTTP message (M-SEARCH, NOTIFY, or a 200 OK answer), parsed and written by
/// the HTTP dissector's own framer and writer under the SSDP protocol item. Request and response numbers are kept per
/// UDP conversation, as tshark keeps them per conversation.
/// </summary>
public sealed class SsdpDissector : IDatagramDissector
{
    public static readonly SsdpDissector Instance = new();

    private sealed class State(ConversationState conversation)
    {
        public readonly HttpConversation Http = new();
        public readonly StreamSide Side = new(conversation, StreamDirection.ClientToServer);
    }

    public ProtocolDef Protocol => SsdpFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> payload, DatagramContext context) => false;

    public bool Dissect(ReadOnlySpan<byte> payload, DatagramContext context, PacketContext packet, int source, int offset)
    {
        var conversation = context.Conversation;
        var state = conversation.GetState(this, () => new State(conversation));
        HttpMessageFramer.Find(payload, state.Http.NextResponseHint, endOfStream: true, out var layout);
        if (layout.Kind == HttpMessageKind.Other)
            return true; // not HTTP: tshark's SSDP takes it and shows nothing (no data either)
        var side = state.Side;
        side.CurrentFrame = context.Frame;
        side.CurrentTime = context.Time;
        side.PduFirstFrame = context.Frame;
        side.PduSourceOffset = offset;
        state.Http.SawHttp = true;
        HttpMessageWriter.Write(payload, layout, state.Http, side, packet, source, carriedInTls: false, SsdpFields.Protocol);
        return true;
    }
}
