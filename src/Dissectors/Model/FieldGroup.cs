namespace Sniffer.Dissectors.Model;

/// <summary>
/// Items a dissector adds together (a protocol's header, one block of it, HTTP's header lines): when the tree would keep
/// none of them (<see cref="FieldTree.WantsAnyOf(FieldGroup)"/>), the dissector skips the whole block with one test
/// instead of one per item. A group lists every item its block can add — fields and expert items — or the block would
/// lose an item someone asked for; the protocol item itself is always kept and stays outside.
/// </summary>
public sealed class FieldGroup
{
    private static int s_count;

    public FieldGroup(params IEnumerable<FieldDef>[] lists)
    {
        Items = [.. lists.SelectMany(l => l)];
        Id = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>The group's index among all groups made (the tree's per-run answer is kept under it).</summary>
    public int Id { get; }

    public IReadOnlyList<FieldDef> Items { get; }

    /// <summary>Groups made so far.</summary>
    public static int Count => Volatile.Read(ref s_count);
}
