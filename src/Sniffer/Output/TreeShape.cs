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

    public void Build(FieldTree tree)
    {
        int count = tree.Count;
        if (_first.Length < count)
        {
            int size = Math.Max(count, _first.Length * 2);
            _first = new int[size];
            _next = new int[size];
        }
        var first = _first.AsSpan(0, count);
        var next = _next.AsSpan(0, count);
        first.Fill(-1);
        // From the last node back, each node goes in front of its parent's list: the lists come out in the order the
        // nodes were added, in one pass with no "last child" array.
        int firstTop = -1;
        var nodes = tree.Nodes;
        for (int i = count - 1; i >= 0; i--)
        {
            int parent = nodes[i].Parent;
            if ((uint)parent >= (uint)i)
            {
                // -1, or a parent that does not come before its child: a top-level node.
                next[i] = firstTop;
                firstTop = i;
                continue;
            }
            next[i] = first[parent];
            first[parent] = i;
        }
        _firstTop = firstTop;
    }
}
