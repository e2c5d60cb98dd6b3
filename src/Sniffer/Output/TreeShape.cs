using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// The children of each node of a frame's tree, in the order they were added (the tree itself keeps only parents):
/// first-child and next-sibling links, rebuilt per frame into arrays that are reused, so walking allocates nothing.
/// </summary>
public sealed class TreeShape
{
    private int[] _first = new int[256];
    private int[] _next = new int[256];
    private int _firstTop = -1;

    /// <summary>Index of the first top-level node, or -1.</summary>
    public int FirstTop => _firstTop;

    public int FirstChild(int node) => _first[node];
    public int NextSibling(int node) => _next[node];
    public bool HasChildren(int node) => _first[node] >= 0;

    /// <param name="withoutHidden">Leave hidden nodes (and so everything under them) out of the lists, as the tree
    /// printers show them: the walk then never tests a node it will not print.</param>
    public void Build(FieldTree tree, bool withoutHidden = false)
    {
        int count = tree.Count;
        // Two more list heads: the top level, and a bin for the hidden nodes that are left out.
        if (_first.Length < count + 2)
        {
            int size = Math.Max(count + 2, _first.Length * 2);
            _first = new int[size];
            _next = new int[size];
        }
        int top = count, bin = count + 1;
        var first = _first.AsSpan(0, count + 2);
        var next = _next.AsSpan(0, count + 2);
        first.Fill(-1);
        // From the last node back, each node goes in front of its parent's list: the lists come out in the order the
        // nodes were added, in one pass with no "last child" array, and with no branch a node's kind decides.
        var nodes = tree.Nodes;
        var hidden = withoutHidden ? NodeFlags.Hidden : NodeFlags.None;
        for (int i = count - 1; i >= 0; i--)
        {
            ref readonly var node = ref nodes[i];
            int parent = node.Parent;
            // -1, or a parent that does not come before its child: a top-level node.
            int list = (uint)parent >= (uint)i ? top : parent;
            list = (node.Flags & hidden) != 0 ? bin : list;
            next[i] = first[list];
            first[list] = i;
        }
        _firstTop = first[top];
    }
}
