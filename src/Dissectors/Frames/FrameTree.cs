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
    public static int Add(PacketContext packet, in Frame frame, int encapsulation, long delta, long displayedDelta, FrameTexts texts)
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
        bool buildsText = tree.BuildsText;
        if (buildsText)
        {
            // "Frame N" then the rest, made once for these lengths and this interface; straight into the tree as UTF-8.
            texts.For(frame);
            var tail = texts.TitleTail;
            var text = tree.ReserveText(26 + tail.Length);
            "Frame "u8.CopyTo(text);
            int n = 6;
            FrameTexts.Write(text, ref n, frame.Number);
            tail.CopyTo(text[n..]);
            tree.CommitText(node, n + tail.Length);
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
            if (buildsText)
            {
                tree.SetValueTextUtf8(id, texts.InterfaceValue);
                tree.AddBytes(id, FrameFields.InterfaceName, 0, 0, 0, texts.InterfaceName);
            }
            else
            {
                tree.AddString(id, FrameFields.InterfaceName, 0, 0, 0, iface?.Name ?? iface?.Description ?? "unknown");
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
        if (buildsText)
        {
            tree.SetTextUtf8(len, texts.FrameLength);
            tree.SetTextUtf8(capLen, texts.CaptureLength);
        }
        tree.Add(node, FrameFields.Marked, 0, 0, 0, 0, NodeFlags.Generated);
        tree.Add(node, FrameFields.Ignored, 0, 0, 0, 0, NodeFlags.Generated);
        return tree.AddString(node, FrameFields.Protocols, 0, 0, 0, "", NodeFlags.Generated);
    }
}
