using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// One framed message as the writer's steps see it: its bytes, where they sit in the tree's data source, what the
/// framer found (layout and facts), the frame's tree and the connection's state.
/// </summary>
public readonly ref struct HttpStyleMessage
{
    internal HttpStyleMessage(ReadOnlySpan<byte> bytes, ref readonly HttpMessageLayout layout, ref readonly HttpMessageFacts facts,
        PacketContext packet, HttpConversation state, StreamSide side, int source, int node)
    {
        Bytes = bytes;
        Layout = ref layout;
        Facts = ref facts;
        Packet = packet;
        State = state;
        Side = side;
        Source = source;
        BaseOffset = side.PduSourceOffset;
        Node = node;
    }

    public readonly ReadOnlySpan<byte> Bytes;
    public readonly ref readonly HttpMessageLayout Layout;
    public readonly ref readonly HttpMessageFacts Facts;
    public readonly PacketContext Packet;
    public readonly HttpConversation State;
    public readonly StreamSide Side;
    /// <summary>The data source that holds <see cref="Bytes"/>.</summary>
    public readonly int Source;
    /// <summary>Where <see cref="Bytes"/> start inside <see cref="Source"/>.</summary>
    public readonly int BaseOffset;
    /// <summary>The protocol's node in the tree.</summary>
    public readonly int Node;

    public FieldTree Tree => Packet.Tree;
    public HttpMessageKind Kind => Layout.Kind;
    public bool IsRequest => Layout.Kind is HttpMessageKind.Request or HttpMessageKind.Notification;

    /// <summary>The first line without its terminator.</summary>
    public ReadOnlySpan<byte> FirstLine => Bytes.Slice(Layout.FirstLine.Start, Layout.FirstLine.Length);

    /// <summary>The offset in <see cref="Source"/> of a position in the message.</summary>
    public int At(int offsetInMessage) => BaseOffset + offsetInMessage;

    /// <summary>The message's bytes in a range the framer recorded (a header value).</summary>
    public ReadOnlySpan<byte> this[Range range] => Bytes[range];
}
