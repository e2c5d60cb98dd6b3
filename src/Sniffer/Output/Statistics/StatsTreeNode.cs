using System.Globalization;
using System.Text;

namespace Sniffer.Output.Statistics;

/// <summary>
/// A stats_tree node. Bursts are counted as Wireshark does: 5 ms buckets, a 100 ms window, a first empty
/// bucket at time 0, and the burst start is the start of the oldest bucket still in the window when the
/// count reached its maximum.
/// </summary>
public sealed class StatsTreeNode(string name)
{
    private const double BucketMs = 5, WindowBuckets = 100 / BucketMs;
    private readonly LinkedList<(double Bucket, long Start, long Count)> _buckets = new([(0, 0, 0)]);
    private long _inWindow;

    public string Name { get; } = name;
    public List<StatsTreeNode> Children { get; } = new();
    public long Total { get; private set; }
    public long BurstMax { get; private set; }
    public long BurstStart { get; private set; }

    private Dictionary<string, StatsTreeNode>? _byName;

    /// <summary>The child named <paramref name="name"/>, made (after the others) when it is new.</summary>
    public StatsTreeNode Child(string name)
    {
        _byName ??= new Dictionary<string, StatsTreeNode>(StringComparer.Ordinal);
        if (_byName.TryGetValue(name, out var child))
            return child;
        child = new StatsTreeNode(name);
        _byName[name] = child;
        Children.Add(child);
        return child;
    }

    public void Count(long time)
    {
        Total++;
        double bucket = Math.Floor(time / 1e6 / BucketMs);
        var tail = _buckets.Last!;
        if (bucket > tail.Value.Bucket)
        {
            _buckets.AddLast((bucket, time, 1));
            while (bucket >= _buckets.First!.Value.Bucket + WindowBuckets)
            {
                _inWindow -= _buckets.First.Value.Count;
                _buckets.RemoveFirst();
            }
        }
        else
        {
            tail.Value = (tail.Value.Bucket, Math.Min(tail.Value.Start, time), tail.Value.Count + 1);
        }
        _inWindow++;
        if (_inWindow > BurstMax)
        {
            BurstMax = _inWindow;
            BurstStart = _buckets.First!.Value.Start;
        }
    }

    /// <summary>
    /// Prints <paramref name="roots"/> as tshark prints a stats_tree: the title, one row per node (children by count,
    /// ties by name, both descending), the rate over the time between the first and last tick.
    /// </summary>
    public static void Write(TextWriter output, string title, IReadOnlyList<StatsTreeNode> roots, long first, long last)
    {
        double durationMs = first < 0 ? 0 : (last - first) / 1e6;
        var rows = new List<(int Depth, StatsTreeNode Node, long ParentCount)>();
        foreach (var root in roots)
            Collect(root, 0, root.Total, rows);
        int nameWidth = Math.Max("Topic / Item".Length, rows.Max(r => r.Depth + r.Node.Name.Length)) + 2;
        var sb = new StringBuilder();
        int lineWidth = nameWidth + 14 * 7 + 13;
        sb.Append('\n').Append('=', lineWidth).Append('\n');
        sb.Append(title).Append(":\n");
        sb.Append("Topic / Item".PadRight(nameWidth));
        foreach (var h in new[] { "Count", "Average", "Min Val", "Max Val", "Rate (ms)", "Percent", "Burst Rate" })
            sb.Append(h.PadRight(14));
        sb.Append("Burst Start".PadRight(13)).Append('\n');
        sb.Append('-', lineWidth).Append('\n');
        foreach (var (depth, node, parentCount) in rows)
        {
            sb.Append((new string(' ', depth) + node.Name).PadRight(nameWidth));
            sb.Append(node.Total.ToString(CultureInfo.InvariantCulture).PadRight(14));
            sb.Append(' ', 14 * 3);
            // With no time elapsed Wireshark leaves the rate blank, and the percent of a parent that counted nothing.
            string rate = durationMs > 0 ? (node.Total / durationMs).ToString("F4", CultureInfo.InvariantCulture) : "";
            sb.Append(rate.PadRight(14));
            string percent = depth == 0 ? "100%"
                : parentCount > 0 ? (node.Total * 100.0 / parentCount).ToString("F2", CultureInfo.InvariantCulture) + "%" : "";
            sb.Append(percent.PadRight(14));
            if (node.Total > 0)
            {
                sb.Append((node.BurstMax / 100.0).ToString("F4", CultureInfo.InvariantCulture).PadRight(14));
                sb.Append((node.BurstStart / 1e9).ToString("F3", CultureInfo.InvariantCulture).PadRight(13));
            }
            else
            {
                sb.Append("-".PadRight(14)).Append("-".PadRight(13));
            }
            sb.Append('\n');
        }
        sb.Append('\n').Append('-', lineWidth).Append('\n');
        output.Write(sb.ToString());
    }

    private static void Collect(StatsTreeNode node, int depth, long parentCount, List<(int, StatsTreeNode, long)> rows)
    {
        rows.Add((depth, node, parentCount));
        var children = node.Children.OrderByDescending(c => c.Total).ThenByDescending(c => c.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in children)
            Collect(child, depth + 1, node.Total, rows);
    }
}
