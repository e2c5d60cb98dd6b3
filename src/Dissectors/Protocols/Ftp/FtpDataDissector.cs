using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Media;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>
/// FTP-DATA as packet-ftp.c's dissect_ftpdata: each segment of a data connection is shown whole ("FTP Data: 67 bytes
/// (PASV) (LIST)"), with what the control connection said about it (how it was set up, the command it answers, the
/// working directory then), and as line-based text when its first bytes are printable.
/// </summary>
public sealed class FtpDataDissector : IStreamDissector
{
    public ProtocolDef Protocol => FtpFields.DataProtocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => false;

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream) => PduBoundary.Complete(pending.Length);

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int at = side.PduSourceOffset;
        packet.Columns.Protocol = Protocol.ShortName;
        packet.AddProtocolName(Protocol.Abbrev);
        // A connection on the FTP-DATA port that no control connection announced has no state of ours.
        side.Conversation.TryGetState<FtpDataConversation>(this, out var announced);
        var info = packet.Columns.Info;
        if (info.Enabled)
        {
            info.Set("FTP Data: ");
            info.Append(pdu.Length);
            info.Append(" bytes");
            if (announced is not null)
            {
                info.Append(" (");
                info.Append(announced.SetupMethod);
                info.Append(')');
                if (announced.Command is not null)
                {
                    info.Append(" (");
                    info.Append(announced.Command);
                    info.Append(')');
                }
            }
        }

        int node = tree.AddNode(-1, Protocol, source, at, pdu.Length);
        if (announced is not null)
        {
            tree.Add(-1, FtpFields.DataSetupFrame, source, at, 0, (ulong)announced.SetupFrame, NodeFlags.Generated);
            // The summary the command frame shows is counted once: a second pass (-2) reads the first pass's record.
            if (packet.Annotations is not { FirstPassEnded: true })
            {
                if (announced.FirstFrame == 0)
                {
                    announced.FirstFrame = side.CurrentFrame;
                    announced.FirstTime = side.CurrentTime;
                }
                if (side.CurrentFrame > announced.LastFrame)
                {
                    announced.LastFrame = side.CurrentFrame;
                    announced.LastTime = side.CurrentTime;
                }
                announced.FramesSeen++;
                announced.BytesSeen += pdu.Length;
                announced.SetupFrameSeen = announced.SetupFrame;
            }
            tree.AddString(-1, FtpFields.DataSetupMethod, source, at, 0, announced.SetupMethod, NodeFlags.Generated);
            if (announced.Command is not null)
            {
                tree.AddString(-1, FtpFields.DataCommand, source, at, 0, announced.Command, NodeFlags.Generated);
                tree.Add(-1, FtpFields.DataCommandFrame, source, at, 0, (ulong)announced.CommandFrame);
            }
            tree.AddString(-1, FtpFields.DataCurrentWorkingDirectory, source, at, 0, announced.WorkingDirectory.Value, NodeFlags.Generated);
        }
        if (tree.BuildsText && node >= 0)
            tree.AppendText(node, $" ({pdu.Length} bytes data)");

        if (LooksLikeText(pdu))
            WriteTextLines(packet, source, at, pdu);
    }

    /// <summary>The first 20 bytes are CR, LF or printable ASCII.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> pdu)
    {
        foreach (byte c in pdu[..Math.Min(20, pdu.Length)])
            if (c != '\r' && c != '\n' && c is < 0x20 or > 0x7E)
                return false;
        return true;
    }

    /// <summary>packet-text-media.c with no media type: "Line-based text data (N lines)", a text item per line.</summary>
    private static void WriteTextLines(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body)
    {
        var tree = packet.Tree;
        packet.AddProtocolName(MediaFields.TextLines.Abbrev);
        int node = tree.AddNode(-1, MediaFields.TextLines, source, offset, body.Length);
        if (!tree.BuildsText || node < 0)
            return;
        int lines = 0, position = 0;
        while (position < body.Length && LineScanner.TryReadLine(body, position, atEnd: true, out var line) == LineStatus.Complete)
        {
            TextTree.AddTextLine(tree, node, source, offset + position, body.Slice(position, line.FullLength));
            lines++;
            position = line.Next;
        }
        tree.SetText(node, $"Line-based text data ({lines} lines)");
    }
}
