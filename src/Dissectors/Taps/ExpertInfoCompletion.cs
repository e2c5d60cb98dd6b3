using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Taps;

/// <summary>
/// Makes Wireshark's _ws.expert items from the frame's expert nodes: under each, an "Expert Info (Severity/Group):
/// message" item with _ws.expert.message, _ws.expert.severity and _ws.expert.group, in tree order. They are hidden
/// from the packet details, which show expert items their own way.
/// </summary>
public sealed class ExpertInfoCompletion : ITreeCompletion
{
    private readonly StringBuilder _label = new(128);
    private char[] _message = new char[128];

    public IReadOnlyCollection<FieldDef> Provides { get; } =
        [ExpertInfoFields.Protocol, ExpertInfoFields.Message, ExpertInfoFields.Severity, ExpertInfoFields.Group, CommonFields.Malformed];

    /// <summary>Every expert item (the tree keeps them all, whichever protocol added them).</summary>
    public IReadOnlyCollection<FieldDef> Reads => FieldCatalog.Shared.All.OfType<ExpertDef>().ToArray();

    /// <summary>The message is the expert item's text, which dissectors write only when text is asked for.</summary>
    public TapNeeds NeedsFor(IReadOnlySet<FieldDef> requested) =>
        requested.Contains(ExpertInfoFields.Protocol) || requested.Contains(ExpertInfoFields.Message) ? TapNeeds.DisplayText : TapNeeds.None;

    public void Complete(PacketContext packet)
    {
        var tree = packet.Tree;
        int count = tree.Count;
        for (int i = 0; i < count; i++)
        {
            ref readonly var node = ref tree[i];
            if ((node.Flags & NodeFlags.Expert) == 0 || node.Field is not ExpertDef expert)
                continue;
            int length = MessageOf(tree, node, expert);
            var message = _message.AsSpan(0, length);
            // expert.c formats the message into a buffer of ITEM_LABEL_LENGTH bytes: _ws.expert.message holds at most 239.
            message = message[..Utf8Prefix(message, MaxMessageBytes)];
            int item = tree.AddNode(i, ExpertInfoFields.Protocol, node.Source, node.Offset, 0, NodeFlags.Hidden | NodeFlags.Generated);
            if (tree.BuildsText)
            {
                _label.Clear();
                _label.Append("Expert Info (").Append(ExpertInfoFields.SeverityName(expert.Severity)).Append('/')
                    .Append(ExpertInfoFields.GroupName(expert.Group)).Append("): ").Append(message);
                tree.SetText(item, _label.ToString());
            }
            if (tree.Wants(ExpertInfoFields.Message))
                tree.AddString(item, ExpertInfoFields.Message, node.Source, 0, 0, message, NodeFlags.Hidden | NodeFlags.Generated);
            tree.Add(item, ExpertInfoFields.Severity, node.Source, 0, 0, ExpertInfoFields.SeverityValue(expert.Severity), NodeFlags.Hidden | NodeFlags.Generated);
            tree.Add(item, ExpertInfoFields.Group, node.Source, 0, 0, ExpertInfoFields.GroupValue(expert.Group), NodeFlags.Hidden | NodeFlags.Generated);
            // expert.c adds a hidden _ws.malformed item beside every expert of the Malformed group, so `_ws.malformed`
            // selects (and -e shows) a frame with any malformed-group expert, not only a "[Malformed Packet]" one.
            if (expert.Group == ExpertGroup.Malformed)
                tree.AddNode(item, CommonFields.Malformed, node.Source, 0, 0, NodeFlags.Hidden | NodeFlags.Generated);
        }
    }

    private const int MaxMessageBytes = 239;

    /// <summary>How many of <paramref name="text"/>'s characters fit in <paramref name="maxBytes"/> bytes of UTF-8 (whole characters).</summary>
    private static int Utf8Prefix(ReadOnlySpan<char> text, int maxBytes)
    {
        if (text.Length <= maxBytes / 3 || Encoding.UTF8.GetByteCount(text) <= maxBytes)
            return text.Length;
        int bytes = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 4
                : text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3;
            if (bytes + width > maxBytes)
                return i;
            bytes += width;
            if (width == 4)
                i++;
        }
        return text.Length;
    }

    /// <summary>The expert item's text (what the dissector wrote) or its declared message; into <see cref="_message"/>.</summary>
    private int MessageOf(FieldTree tree, in FieldNode node, ExpertDef expert)
    {
        if ((node.Flags & NodeFlags.HasText) != 0)
        {
            var bytes = tree.TextBytes(node);
            if (_message.Length < bytes.Length)
                _message = new char[Math.Max(bytes.Length, _message.Length * 2)];
            return Encoding.UTF8.GetChars(bytes, _message);
        }
        if (_message.Length < expert.Message.Length)
            _message = new char[Math.Max(expert.Message.Length, _message.Length * 2)];
        expert.Message.CopyTo(_message);
        return expert.Message.Length;
    }
}
