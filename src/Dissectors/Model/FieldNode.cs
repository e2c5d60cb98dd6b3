namespace Sniffer.Dissectors.Model;

[Flags]
public enum NodeFlags : ushort
{
    None = 0,
    /// <summary>Present for filters and field output but not shown in the tree (the second tcp.port).</summary>
    Hidden = 1,
    /// <summary>Derived by analysis rather than read from bytes; shown in [brackets] (http.response_in).</summary>
    Generated = 2,
    /// <summary>An expert item (<see cref="ExpertDef"/>).</summary>
    Expert = 4,
    /// <summary>The node carries display text of its own (in the arena) instead of "Name: value".</summary>
    HasText = 8,
    /// <summary>The value is the node's own bytes in its data source (ArenaStart/ArenaLength are the source offset and length).</summary>
    ValueInSource = 16,
    /// <summary>With <see cref="HasText"/>: the text is only the value part; the name (and a bit picture) come from the field ("Name: text").</summary>
    ValueText = 32,
    /// <summary>With <see cref="HasText"/>: the text follows the generated "Name: value" label (proto_item_append_text).</summary>
    AppendedText = 64,
    /// <summary>Added with no data source (a NULL tvb in Wireshark): no bytes, so raw outputs show no value.</summary>
    NoSource = 128,
    /// <summary>
    /// With <see cref="HasText"/>: the text is a line of the node's data source as format_text shows it, made when read
    /// (<see cref="FieldTree.TextBytes"/>); TextStart/TextLength are the line's offset and length in the source. A body of
    /// text lines is then not formatted while the frame is dissected, but by the printer that shows it.
    /// </summary>
    TextInSource = 256,
}

/// <summary>
/// One entry of a frame's field tree. Integers, booleans, IPv4 addresses, times and doubles live in
/// <see cref="Number"/>; strings, byte strings, IPv6 and MAC addresses in the tree's byte arena. The field is held by its
/// <see cref="FieldDef.Id"/>: a node holds no object reference, so trees are copied as plain memory (no GC write barriers).
/// </summary>
// Explicit offsets: FieldTree writes a new node as three 16-byte stores (AddKept), which relies on this layout.
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit, Size = 48)]
public struct FieldNode
{
    /// <summary>The <see cref="FieldDef.Id"/> of <see cref="Field"/>.</summary>
    [System.Runtime.InteropServices.FieldOffset(0)]
    public int FieldId;

    public FieldDef Field
    {
        readonly get => FieldDef.ById(FieldId);
        set => FieldId = value.Id;
    }

    // Beside the 4-byte id, so the node packs into 48 bytes (after TextLength it would pad the node to 56).
    [System.Runtime.InteropServices.FieldOffset(4)]
    public NodeFlags Flags;

    /// <summary>Index of the parent node, or -1 for a top-level node.</summary>
    [System.Runtime.InteropServices.FieldOffset(8)]
    public int Parent;
    /// <summary>Index of the data source the offset refers to (0 is the frame itself).</summary>
    [System.Runtime.InteropServices.FieldOffset(12)]
    public int Source;
    [System.Runtime.InteropServices.FieldOffset(16)]
    public int Offset;
    [System.Runtime.InteropServices.FieldOffset(20)]
    public int Length;
    [System.Runtime.InteropServices.FieldOffset(24)]
    public ulong Number;
    [System.Runtime.InteropServices.FieldOffset(32)]
    public int ArenaStart;
    [System.Runtime.InteropServices.FieldOffset(36)]
    public int ArenaLength;
    /// <summary>Arena range of the node's own display text, when <see cref="NodeFlags.HasText"/> is set (a range of its data source with <see cref="NodeFlags.TextInSource"/>).</summary>
    [System.Runtime.InteropServices.FieldOffset(40)]
    public int TextStart;
    [System.Runtime.InteropServices.FieldOffset(44)]
    public int TextLength;

    public readonly bool IsHidden => (Flags & NodeFlags.Hidden) != 0;
    public readonly bool IsGenerated => (Flags & NodeFlags.Generated) != 0;
    public readonly bool HasText => (Flags & NodeFlags.HasText) != 0;
}

/// <summary>
/// A named byte range fields point into: the frame (ArenaStart -1: the frame's own buffer), a reassembled
/// TCP PDU or decrypted TLS data (copied into the tree's arena).
/// </summary>
public readonly record struct DataSource(string Name, int ArenaStart, int Length);
