using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Frames;

/// <summary>
/// The frame's own items, as packet-frame.c adds them: the packet comments, then "Frame N: … bytes on wire …" with
/// section, interface, encapsulation, times, number, lengths, marks and the protocols found.
/// </summary>
internal static class FrameTree
{
    /// <summary>Adds the frame's items; returns the node of frame.protocols, filled in once every layer is known.</summary>
    // Hot per frame: its locals (a text buffer used only when display text is built) are not zeroed on every call;
    // every stackalloc here is written before it is read.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static int Add(PacketContext packet, in Frame frame, int encapsulation, long delta, long displayedDelta)
    {
        var tree = packet.Tree;
        int length = frame.Data.Length;
        if (frame.Comment is { } comment)
        {
            int comments = tree.AddNode(-1, FrameFields.CommentsProtocol, 0, 0, 0);
            int c = tree.AddString(comments, FrameFields.Comment, 0, 0, 0, comment);
            tree.SetText(c, comment);
            tree.AddExpert(c, FrameFields.CommentExpert, 0, 0, 0, comment);
        }

        int node = tree.AddNode(-1, FrameFields.Protocol, 0, 0, length);
        var iface = frame.Interface;
        if (tree.BuildsText)
        {
            // Straight into the tree as UTF-8 (ASCII).
            var text = tree.ReserveText(160);
            int n = 0;
            Write(text, ref n, "Frame "u8);
            Write(text, ref n, frame.Number);
            Write(text, ref n, ": "u8);
            Bytes(text, ref n, frame.OriginalLength);
            Write(text, ref n, " on wire ("u8);
            Write(text, ref n, frame.OriginalLength * 8L);
            Write(text, ref n, " bits), "u8);
            Bytes(text, ref n, length);
            Write(text, ref n, " captured ("u8);
            Write(text, ref n, length * 8L);
            Write(text, ref n, " bits)"u8);
            tree.CommitText(node, n);
            if (frame.InterfaceDescribed)
            {
                // tshark names an interface without if_name by its description, else "unknown".
                tree.AppendText(node, $" on interface {iface?.Name ?? iface?.Description ?? "unknown"}, id {frame.InterfaceId}");
            }
        }
        // The frame's items only when something reads them (-Y on a higher layer and analyze read none): no frame.protocols
        // node either (-1, which the caller then does not fill).
        if (!tree.WantsAnyOf(FrameFields.Declaration))
            return -1;
        if (iface is { SectionNumber: > 0 })
            tree.Add(node, FrameFields.SectionNumber, 0, 0, 0, (ulong)iface.SectionNumber);
        if (frame.InterfaceDescribed)
        {
            int id = tree.Add(node, FrameFields.InterfaceId, 0, 0, 0, (ulong)frame.InterfaceId);
            // As tshark: an interface without if_name is shown by its description, else as "unknown".
            if ((iface?.Name ?? iface?.Description ?? "unknown") is { } name)
            {
                if (tree.BuildsText)
                    tree.SetValueText(id, $"{frame.InterfaceId} ({name})");
                tree.AddString(id, FrameFields.InterfaceName, 0, 0, 0, name);
            }
            if (iface?.Description is { } description)
                tree.AddString(id, FrameFields.InterfaceDescription, 0, 0, 0, description);
        }
        tree.Add(node, FrameFields.EncapType, 0, 0, 0, (ulong)encapsulation);
        tree.Add(node, FrameFields.Time, 0, 0, 0, (ulong)frame.Timestamp);
        tree.Add(node, FrameFields.OffsetShift, 0, 0, 0, 0, NodeFlags.Generated);
        tree.Add(node, FrameFields.TimeEpoch, 0, 0, 0, (ulong)frame.Timestamp);
        tree.Add(node, FrameFields.TimeDelta, 0, 0, 0, (ulong)delta, NodeFlags.Generated);
        tree.Add(node, FrameFields.TimeDeltaDisplayed, 0, 0, 0, (ulong)displayedDelta, NodeFlags.Generated);
        tree.Add(node, FrameFields.TimeRelative, 0, 0, 0, (ulong)packet.RelativeTime, NodeFlags.Generated);
        tree.Add(node, FrameFields.Number, 0, 0, 0, (ulong)frame.Number);
        int len = tree.Add(node, FrameFields.Len, 0, 0, 0, (ulong)frame.OriginalLength);
        int capLen = tree.Add(node, FrameFields.CapLen, 0, 0, 0, (ulong)length);
        if (tree.BuildsText)
        {
            SetLengthText(tree, len, "Frame Length: "u8, frame.OriginalLength);
            SetLengthText(tree, capLen, "Capture Length: "u8, length);
        }
        tree.Add(node, FrameFields.Marked, 0, 0, 0, 0, NodeFlags.Generated);
        tree.Add(node, FrameFields.Ignored, 0, 0, 0, 0, NodeFlags.Generated);
        return tree.AddString(node, FrameFields.Protocols, 0, 0, 0, "", NodeFlags.Generated);
    }

    private static void SetLengthText(FieldTree tree, int node, ReadOnlySpan<byte> label, int bytes)
    {
        var text = tree.ReserveText(64);
        int n = 0;
        Write(text, ref n, label);
        Bytes(text, ref n, bytes);
        Write(text, ref n, " ("u8);
        Write(text, ref n, bytes * 8L);
        Write(text, ref n, " bits)"u8);
        tree.CommitText(node, n);
    }

    private static void Bytes(Span<byte> text, ref int n, long count)
    {
        Write(text, ref n, count);
        Write(text, ref n, count == 1 ? " byte"u8 : " bytes"u8);
    }

    private static void Write(Span<byte> text, ref int n, ReadOnlySpan<byte> s)
    {
        s.CopyTo(text[n..]);
        n += s.Length;
    }

    private static void Write(Span<byte> text, ref int n, long value)
    {
        // Plain decimal digits, no culture lookup (a frame's title and length lines hold six numbers).
        System.Buffers.Text.Utf8Formatter.TryFormat(value, text[n..], out int w);
        n += w;
    }
}
