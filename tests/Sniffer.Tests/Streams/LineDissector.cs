using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Streams;

/// <summary>A test protocol: each PDU is one line ending in '\n'. Records where each PDU was reported.</summary>
internal sealed class LineDissector : IStreamDissector
{
    public static readonly ProtocolDef Definition = new("testline", "LINE", "Test line protocol");
    public static readonly FieldDef Text = new("testline.text", "Text", FieldType.String);

    public ProtocolDef Protocol => Definition;
    public List<(long Frame, string Text, StreamDirection Direction)> Reported { get; } = new();

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => firstBytes.StartsWith("LINE"u8);

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        int lf = pending.IndexOf((byte)'\n');
        if (lf >= 0)
            return PduBoundary.Complete(lf + 1);
        return endOfStream && pending.Length > 0 ? PduBoundary.Complete(pending.Length) : PduBoundary.NeedMore();
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        string text = Encoding.ASCII.GetString(pdu).TrimEnd('\n');
        Reported.Add((side.CurrentFrame, text, side.Direction));
        int node = packet.Tree.AddNode(-1, Definition, source, side.PduSourceOffset, pdu.Length);
        packet.Tree.AddString(node, Text, source, side.PduSourceOffset, pdu.Length, text);
        packet.Columns.Protocol = "LINE";
        packet.Columns.Info.Set(text);
    }
}
