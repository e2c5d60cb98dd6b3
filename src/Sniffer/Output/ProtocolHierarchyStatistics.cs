using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-z io,phs</c> (ui/cli/tap-protohierstat.c): each frame's top-level tree items after "frame" form a path
/// (eth → ip → udp → dns), each item a child of the one before; every node counts the frames whose path passes through
/// it and their bytes on the wire. Children are kept in order of first appearance. Needs the whole tree (text items and
/// reassembly items count as levels too).
/// </summary>
public sealed class ProtocolHierarchyStatistics(TextWriter? output = null) : ITap
{
    /// <summary>Every frame (as tshark's -z statistics), and the whole tree: text and reassembly items are levels too.</summary>
    public TapNeeds Needs => TapNeeds.EveryFrame | TapNeeds.AllFields;
    public IReadOnlyCollection<FieldDef> Fields => [];
    public void OnFrame(PacketContext packet) => Add(packet);
    public void OnEnd(CaptureModel model) => Write(output ?? throw new InvalidOperationException("no output"));

    private const string Rule = "===================================================================";

    private sealed class Node(string name)
    {
        public readonly string Name = name;
        public long Frames;
        public long Bytes;
        public readonly List<Node> Children = new();
    }

    private readonly Node _root = new("frame");

    public void Add(PacketContext packet)
    {
        var tree = packet.Tree;
        var nodes = tree.Nodes;
        long bytes = packet.Frame.OriginalLength;
        var level = _root;
        bool first = true;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref readonly var node = ref nodes[i];
            if (node.Parent != -1)
                continue;
            if (first)
            {
                first = false; // the frame item itself is the root
                continue;
            }
            level = ChildOf(level, node.Field.Abbrev);
            level.Frames++;
            level.Bytes += bytes;
        }
    }

    private static Node ChildOf(Node parent, string name)
    {
        foreach (var child in parent.Children)
            if (child.Name == name)
                return child;
        var created = new Node(name);
        parent.Children.Add(created);
        return created;
    }

    public void Write(TextWriter output)
    {
        var sb = new StringBuilder();
        sb.Append('\n').Append(Rule).Append('\n');
        sb.Append("Protocol Hierarchy Statistics\n");
        sb.Append("Filter: \n\n");
        foreach (var child in _root.Children)
            WriteNode(sb, child, 0);
        sb.Append(Rule).Append('\n');
        output.Write(sb.ToString());
    }

    private static void WriteNode(StringBuilder sb, Node node, int depth)
    {
        string label = new string(' ', depth * 2) + node.Name;
        sb.Append(label.PadRight(40)).Append(" frames:").Append(node.Frames).Append(" bytes:").Append(node.Bytes).Append('\n');
        foreach (var child in node.Children)
            WriteNode(sb, child, depth + 1);
    }
}
