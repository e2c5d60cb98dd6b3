using System.Numerics;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Bit fields the way proto_tree_add_bitmask shows them: a header item holding the raw value, then one item per
/// field with the field's bits of that value (a boolean: set or not; a number: shifted down by its mask).
/// </summary>
internal static class WlanBits
{
    /// <summary>A field's value within <paramref name="raw"/>.</summary>
    public static ulong Extract(FieldDef field, ulong raw)
    {
        ulong mask = field.Bitmask;
        if (mask == 0)
            return raw;
        return field.Type == FieldType.Boolean ? ((raw & mask) != 0 ? 1UL : 0) : (raw & mask) >> BitOperations.TrailingZeroCount(mask);
    }

    /// <summary>The header item and its fields (BMT_NO_APPEND: the header's text is left as it is).</summary>
    public static int AddBitmask(FieldTree tree, int parent, FieldDef header, int offset, int length, ulong raw, ReadOnlySpan<FieldDef> fields)
    {
        int node = tree.Add(parent, header, 0, offset, length, raw);
        AddFields(tree, node, offset, length, raw, fields);
        return node;
    }

    /// <summary>
    /// The header item and its fields, with the names of the set boolean fields appended to the header
    /// (proto_tree_add_bitmask's default: ", A-MSDUs, Block Ack Policy").
    /// </summary>
    public static int AddBitmaskNamingSetFlags(FieldTree tree, int parent, FieldDef header, int offset, int length, ulong raw, ReadOnlySpan<FieldDef> fields)
    {
        int node = AddBitmask(tree, parent, header, offset, length, raw, fields);
        if (!tree.BuildsText || node < 0)
            return node;
        foreach (var f in fields)
            if (f.Type == FieldType.Boolean && (raw & f.Bitmask) != 0)
                tree.AppendText(node, $", {f.Name}");
        return node;
    }

    public static void AddFields(FieldTree tree, int parent, int offset, int length, ulong raw, ReadOnlySpan<FieldDef> fields)
    {
        foreach (var f in fields)
            tree.Add(parent, f, 0, offset, length, Extract(f, raw));
    }

    /// <summary>Little-endian unsigned value of up to 8 bytes.</summary>
    public static ulong ReadLittleEndian(ReadOnlySpan<byte> bytes)
    {
        ulong value = 0;
        for (int i = Math.Min(bytes.Length, 8) - 1; i >= 0; i--)
            value = value << 8 | bytes[i];
        return value;
    }
}
