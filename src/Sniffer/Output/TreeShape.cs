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
    private int[] _last = new int[256];
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
            _last = new int[size];
        }
        _firstTop = -1;
        int lastTop = -1;
        var nodes = tree.Nodes;
        for (int i = 0; i < count; i++)
        {
            _first[i] = -1;
            _next[i] = -1;
            _last[i] = -1;
            int parent = nodes[i].Parent;
            if (parent < 0 || parent >= i)
            {
                if (lastTop < 0)
                    _firstTop = i;
                else
                    _next[lastTop] = i;
                lastTop = i;
                continue;
            }
            if (_last[parent] < 0)
                _first[parent] = i;
            else
                _next[_last[parent]] = i;
            _last[parent] = i;
        }
    }
}
