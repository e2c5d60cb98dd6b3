using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// The per-frame field tree: a flat list of nodes, parents by index, values in an arena. One
/// instance is reused frame after frame (<see cref="Clear"/>), so a steady stream of frames
/// allocates nothing once the buffers have grown to the largest frame seen. Dissectors only
/// append; outputs and the display filter only read.
/// </summary>
public sealed class FieldTree
{
    private FieldNode[] _nodes = new FieldNode[128];
    private byte[] _arena = new byte[4096];
    private int _count;
    private int _arenaUsed;
    private readonly List<DataSource> _sources = new(4);
    private ReadOnlyMemory<byte> _frameBytes;
    // Per FieldDef.Id, for the run's KeepOnly restriction (null keeps every field): Keep, Skip, or Undecided until the
    // field is first added (a protocol is kept, anything else skipped). One array read decides a field, inlined at the call.
    private byte[]? _keep;
    private const byte Undecided = 0, Keep = 1, Skip = 2;

    /// <summary>
    /// Restricts the tree to the fields whose <see cref="FieldDef.Id"/> is set in <paramref name="wanted"/>
    /// (tshark builds only what -T fields or a filter asks for, too); null keeps every field. Protocol items are
    /// always kept, so every kept field still has its protocol above it. Adding an unwanted field costs one array read
    /// and returns a stand-in for it (Wireshark's TRY_TO_FAKE_THIS_ITEM): the children added under the stand-in attach
    /// to its nearest kept ancestor, and setting text or length on a stand-in does nothing.
    /// </summary>
    public void KeepOnly(bool[]? wanted)
    {
        if (wanted is null)
        {
            _keep = null;
            _anyKept = null;
            return;
        }
        var keep = new byte[Math.Max(wanted.Length, FieldDef.IdCount)];
        for (int i = 0; i < wanted.Length; i++)
            keep[i] = wanted[i] ? Keep : Undecided;
        _keep = keep;
        _anyKept = new byte[FieldGroup.Count];
    }

    // Per FieldGroup.Id, under a KeepOnly restriction: whether any item of the group is kept (Undecided until asked).
    private byte[]? _anyKept;

    /// <summary>
    /// Whether any item <paramref name="declaration"/> lists (its value fields, second definitions and expert items)
    /// would be kept: a layer whose items no output and no filter reads skips adding them, one test instead of one per
    /// item, and does only what later layers and the columns need. The protocol item itself is always kept.
    /// </summary>
    public bool WantsAnyOf(ProtocolDeclaration declaration) => WantsAnyOf(declaration.Items);

    /// <summary>Whether any item of <paramref name="group"/> would be kept (decided once per run, then one array read).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool WantsAnyOf(FieldGroup group)
    {
        var any = _anyKept;
        if (any is null)
            return true;
        uint id = (uint)group.Id;
        if (id < (uint)any.Length && any[id] != Undecided)
            return any[id] == Keep;
        return DecideAny(group);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool DecideAny(FieldGroup group)
    {
        bool wanted = false;
        foreach (var f in group.Items)
            wanted |= !Skips(f);
        if (group.Id >= _anyKept!.Length)
            Array.Resize(ref _anyKept, Math.Max(group.Id + 1, FieldGroup.Count));
        _anyKept[group.Id] = wanted ? Keep : Skip;
        return wanted;
    }

    /// <summary>
    /// Whether items carry display text of their own (the verbose tree, -V and PDML read it). Off, <see cref="SetText"/>
    /// does nothing; dissectors that build text with work or allocation test this first.
    /// </summary>
    public bool BuildsText { get; set; } = true;

    /// <summary>True when the tree keeps every field (no <see cref="KeepOnly"/> restriction).</summary>
    public bool KeepsEverything => _keep is null;

    /// <summary>Whether a node for <paramref name="field"/> would be kept (dissectors may skip work whose only product is that field).</summary>
    public bool Wants(FieldDef field) => !Skips(field);

    /// <summary>
    /// Whether a hidden node for <paramref name="field"/> would be kept: <see cref="Wants"/>, and hidden items are not
    /// dropped (<see cref="DropsHiddenItems"/>). A dissector skips the work whose only product is a hidden item (a name
    /// formatted as text) when this is false.
    /// </summary>
    public bool WantsHidden(FieldDef field) => !DropsHiddenItems && !Skips(field);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Skips(FieldDef field)
    {
        var keep = _keep;
        if (keep is null)
            return false;
        uint id = (uint)field.Id;
        if (id < (uint)keep.Length)
        {
            byte state = keep[id];
            if (state != Undecided)
                return state == Skip;
        }
        return Decide(field);
    }

    /// <summary>
    /// The first time a field not asked for is added: a protocol item is kept, a second definition of a name kept when
    /// the name was asked for (<see cref="FieldDef.SameNameAs"/>), anything else skipped.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Decide(FieldDef field)
    {
        var keep = _keep!;
        bool skip = field.Type != FieldType.Protocol
            && (field.NameId == field.Id || (uint)field.NameId >= (uint)keep.Length || keep[field.NameId] != Keep);
        if ((uint)field.Id < (uint)keep.Length)
            keep[field.Id] = skip ? Skip : Keep;
        return skip;
    }

    /// <summary>The handle of a stand-in for a skipped item whose parent is <paramref name="parent"/> (itself a node, -1 or a stand-in).</summary>
    private static int StandIn(int parent) => parent < -1 ? parent : -2 - parent;

    /// <summary>The real node a handle stands for: a node index, or -1 for the top level (also for a dropped item).</summary>
    public static int Resolve(int handle) => handle == Dropped ? -1 : handle < -1 ? -2 - handle : handle;

    /// <summary>
    /// The handle of an item left out with everything under it (<see cref="DropsHiddenItems"/>): nothing added under it is
    /// kept, and like a stand-in it takes no text or length.
    /// </summary>
    public const int Dropped = int.MinValue;

    /// <summary>
    /// Leave hidden items out, with everything under them: for a run whose only reader prints the tree as -V does
    /// (no filter, no field, no machine format reads them), where they would be added only to be skipped when printed.
    /// </summary>
    public bool DropsHiddenItems { get; set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Drops(int parent, NodeFlags flags) => parent == Dropped || ((flags & NodeFlags.Hidden) != 0 && DropsHiddenItems);

    public int Count => _count;
    public ref readonly FieldNode this[int index] => ref _nodes[index];
    public ReadOnlySpan<FieldNode> Nodes => _nodes.AsSpan(0, _count);
    public IReadOnlyList<DataSource> Sources => _sources;

    /// <summary>
    /// The data source that items given source 0 land in: the frame, except while a layer hands a buffer it rebuilt (an
    /// IP datagram reassembled from fragments) to dissectors that address the bytes they were given as source 0.
    /// </summary>
    public int FrameSourceAlias { get; set; }

    public void Clear()
    {
        FrameSourceAlias = 0;
        _count = 0;
        _lastAdded = -1;
        _arenaUsed = 0;
        _sources.Clear();
        _frameBytes = default;
    }

    /// <summary>
    /// Registers the frame's own bytes as data source 0, without copying: the tree is read before the
    /// source reuses its buffer. Called once per frame by the frame dissector.
    /// </summary>
    public int AddFrameSource(ReadOnlyMemory<byte> frameBytes)
    {
        _frameBytes = frameBytes;
        _sources.Add(new DataSource("Frame", -1, frameBytes.Length));
        return _sources.Count - 1;
    }

    /// <summary>Adds a data source (a reassembled or decrypted buffer), copying its bytes; returns its index.</summary>
    public int AddDataSource(string name, ReadOnlySpan<byte> bytes)
    {
        int start = CopyToArena(bytes);
        _sources.Add(new DataSource(name, start, bytes.Length));
        return _sources.Count - 1;
    }

    /// <summary>The bytes of a data source; source 0 while <see cref="FrameSourceAlias"/> is set means the aliased one.</summary>
    public ReadOnlySpan<byte> SourceBytes(int source)
    {
        var s = _sources[source == 0 ? FrameSourceAlias : source];
        return s.ArenaStart < 0 ? _frameBytes.Span : _arena.AsSpan(s.ArenaStart, s.Length);
    }

    /// <summary>
    /// Makes this tree a copy of <paramref name="source"/> that reads its frame bytes from <paramref name="frameBytes"/>
    /// (the caller's own copy of the frame): a tree another thread may read after the source has moved on to the next
    /// frame (<c>IDetachableTap</c>). Reuses this tree's buffers; allocates only to grow them.
    /// </summary>
    public void CopyFrom(FieldTree source, ReadOnlyMemory<byte> frameBytes)
    {
        if (_nodes.Length < source._count)
            _nodes = new FieldNode[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)source._count)];
        source._nodes.AsSpan(0, source._count).CopyTo(_nodes);
        _count = source._count;
        _lastAdded = -1;
        if (_arena.Length < source._arenaUsed)
            _arena = new byte[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)source._arenaUsed)];
        source._arena.AsSpan(0, source._arenaUsed).CopyTo(_arena);
        _arenaUsed = source._arenaUsed;
        _sources.Clear();
        _sources.AddRange(source._sources);
        _frameBytes = frameBytes;
        BuildsText = source.BuildsText;
    }

    /// <summary>
    /// Like <see cref="CopyFrom"/>, but takes <paramref name="source"/>'s node and arena buffers instead of copying them,
    /// giving it this tree's in exchange, and leaves <paramref name="source"/> empty: for a caller that is the last
    /// reader of the source's frame (nothing reads the source again before its next <see cref="Clear"/>).
    /// </summary>
    public void TakeFrom(FieldTree source, ReadOnlyMemory<byte> frameBytes)
    {
        (_nodes, source._nodes) = (source._nodes, _nodes);
        (_arena, source._arena) = (source._arena, _arena);
        _count = source._count;
        _lastAdded = -1;
        _arenaUsed = source._arenaUsed;
        _sources.Clear();
        _sources.AddRange(source._sources);
        _frameBytes = frameBytes;
        BuildsText = source.BuildsText;
        source.Clear();
    }

    /// <summary>Bytes a copy of this tree holds (its nodes and arena), without the frame.</summary>
    public long FootprintBytes => (long)_count * Unsafe.SizeOf<FieldNode>() + _arenaUsed;

    // ---- appending -------------------------------------------------------------------------

    /// <summary>Adds a node with a numeric value (integers, booleans, IPv4, frame numbers, times).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Add(int parent, FieldDef field, int source, int offset, int length, ulong value, NodeFlags flags = NodeFlags.None)
        => Skips(field) ? StandIn(parent) : AddKept(parent, field, source, offset, length, value, flags);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AddKept(int parent, FieldDef field, int source, int offset, int length, ulong value, NodeFlags flags, ulong textRange = 0)
    {
        if (Drops(parent, flags))
            return Dropped;
        int index = _count;
        if (index == _nodes.Length)
            Array.Resize(ref _nodes, _nodes.Length * 2);
        _count = index + 1;
        _lastAdded = index;
        _lastAddedFlags = flags;
        // Every member written once (no zeroing first): a node is plain data, filled in place as three 16-byte stores
        // (FieldNode's explicit layout: id, flags, parent, source | offset, length, number | arena and text ranges: no arena
        // range, and the text range given or none).
        // A frame adds a hundred nodes into memory the printer's core read last: fewer, wider stores wait less for it.
        // Little-endian, as every platform Sniffer runs on.
        ref byte n = ref Unsafe.As<FieldNode, byte>(ref _nodes[index]);
        uint resolvedParent = (uint)(parent < -1 ? -2 - parent : parent);
        uint ownSource = (uint)(source == 0 ? FrameSourceAlias : source);
        Unsafe.WriteUnaligned(ref n, System.Runtime.Intrinsics.Vector128.Create(
            (uint)field.Id | (ulong)(ushort)flags << 32, resolvedParent | (ulong)ownSource << 32));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref n, 16), System.Runtime.Intrinsics.Vector128.Create((uint)offset | (ulong)(uint)length << 32, value));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref n, 32), System.Runtime.Intrinsics.Vector128.Create(0UL, textRange));
        return index;
    }

    /// <summary>Adds a node with no value (a protocol or a label).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddNode(int parent, FieldDef field, int source, int offset, int length, NodeFlags flags = NodeFlags.None)
        => Add(parent, field, source, offset, length, 0, flags);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddDouble(int parent, FieldDef field, int source, int offset, int length, double value, NodeFlags flags = NodeFlags.None)
        => Add(parent, field, source, offset, length, (ulong)BitConverter.DoubleToInt64Bits(value), flags);

    /// <summary>Adds a node whose value is a byte string (strings as their bytes, IPv6, MAC, bytes).</summary>
    public int AddBytes(int parent, FieldDef field, int source, int offset, int length, ReadOnlySpan<byte> value, NodeFlags flags = NodeFlags.None)
    {
        if (Skips(field))
            return StandIn(parent);
        if (Drops(parent, flags))
            return Dropped;
        int start = CopyToArena(value);
        int index = AddKept(parent, field, source, offset, length, 0, flags);
        ref var n = ref _nodes[index];
        n.ArenaStart = start;
        n.ArenaLength = value.Length;
        return index;
    }

    /// <summary>
    /// Adds a node whose value is the bytes it covers in its data source (<paramref name="source"/> at
    /// <paramref name="offset"/>, <paramref name="length"/> bytes), without copying them: strings, byte strings and
    /// addresses read straight from the frame or the reassembled buffer.
    /// </summary>
    public int AddBytesInPlace(int parent, FieldDef field, int source, int offset, int length, NodeFlags flags = NodeFlags.None)
    {
        int index = Add(parent, field, source, offset, length, 0, flags | NodeFlags.ValueInSource);
        if (index >= 0)
        {
            ref var n = ref _nodes[index];
            n.ArenaStart = offset;
            n.ArenaLength = length;
        }
        return index;
    }

    /// <summary>
    /// Like <see cref="AddBytesInPlace(int, FieldDef, int, int, int, NodeFlags)"/>, for a node that covers more than its
    /// value (an HTTP header item spans its whole line, its value is what follows the colon): the value is the
    /// <paramref name="valueLength"/> bytes at <paramref name="valueOffset"/> of the same data source.
    /// </summary>
    public int AddBytesInPlace(int parent, FieldDef field, int source, int offset, int length, int valueOffset, int valueLength,
        NodeFlags flags = NodeFlags.None)
    {
        int index = Add(parent, field, source, offset, length, 0, flags | NodeFlags.ValueInSource);
        if (index >= 0)
        {
            ref var n = ref _nodes[index];
            n.ArenaStart = valueOffset;
            n.ArenaLength = valueLength;
        }
        return index;
    }

    /// <summary>Adds a string node from text (encoded as UTF-8 into the arena).</summary>
    public int AddString(int parent, FieldDef field, int source, int offset, int length, ReadOnlySpan<char> value, NodeFlags flags = NodeFlags.None)
    {
        if (Skips(field))
            return StandIn(parent);
        if (Drops(parent, flags))
            return Dropped;
        int start = EncodeToArena(value);
        int index = AddKept(parent, field, source, offset, length, 0, flags);
        ref var n = ref _nodes[index];
        n.ArenaStart = start;
        n.ArenaLength = _arenaUsed - start;
        return index;
    }

    /// <summary>Adds an expert item under <paramref name="parent"/>; its text defaults to the definition's message.</summary>
    public int AddExpert(int parent, ExpertDef expert, int source, int offset, int length, ReadOnlySpan<char> text = default)
    {
        int index = Add(parent, expert, source, offset, length, 0, NodeFlags.Expert | NodeFlags.Generated);
        if (index >= 0 && !text.IsEmpty && BuildsText)
            SetText(index, text);
        return index;
    }

    /// <summary>The flags that say what kind of text a node's own text is: cleared when text is set anew.</summary>
    private const NodeFlags OwnTextKinds = NodeFlags.ValueText | NodeFlags.AppendedText | NodeFlags.TextInSource;

    /// <summary>Gives a node display text of its own (the tree line), replacing "Name: value" (proto_tree_add_*_format).</summary>
    public void SetText(int index, ReadOnlySpan<char> text) => StoreText(index, text, NodeFlags.None);

    /// <summary><see cref="SetText(int, ReadOnlySpan{char})"/> from an interpolated string, formatted only when text is built.</summary>
    public void SetText(int index, [InterpolatedStringHandlerArgument("")] ref TreeText text)
    {
        if (BuildsText)
            KeepPendingText(index, text.Length, NodeFlags.None);
    }

    /// <summary><see cref="SetValueText(int, ReadOnlySpan{char})"/> from an interpolated string, formatted only when text is built.</summary>
    public void SetValueText(int index, [InterpolatedStringHandlerArgument("")] ref TreeText text)
    {
        if (BuildsText)
            KeepPendingText(index, text.Length, NodeFlags.ValueText);
    }

    /// <summary><see cref="AppendText(int, ReadOnlySpan{char})"/> from an interpolated string, formatted only when text is built.</summary>
    public void AppendText(int index, [InterpolatedStringHandlerArgument("")] ref TreeText text)
    {
        if (!BuildsText || index < 0)
            return;
        int length = text.Length;
        var flags = FlagsOf(index);
        if ((flags & NodeFlags.HasText) == 0)
        {
            KeepPendingText(index, length, NodeFlags.AppendedText);
            return;
        }
        ref var n = ref _nodes[index];
        // The old text goes in front of the new, which moves up to make room (rare: a second append).
        if ((flags & NodeFlags.TextInSource) != 0)
        {
            // A line formatted when read: formatted now, in front of the new text.
            var line = FormatSourceLine(n);
            EnsureArena(line.Length + length);
            _arena.AsSpan(_arenaUsed, length).CopyTo(_arena.AsSpan(_arenaUsed + line.Length));
            line.CopyTo(_arena.AsSpan(_arenaUsed));
            SetFlags(index, flags & ~NodeFlags.TextInSource);
            ref var m = ref _nodes[index];
            m.TextStart = _arenaUsed;
            m.TextLength = line.Length + length;
            _arenaUsed += line.Length + length;
            return;
        }
        int oldStart = n.TextStart, oldLength = n.TextLength;
        EnsureArena(oldLength + length);
        _arena.AsSpan(_arenaUsed, length).CopyTo(_arena.AsSpan(_arenaUsed + oldLength));
        _arena.AsSpan(oldStart, oldLength).CopyTo(_arena.AsSpan(_arenaUsed));
        n.TextStart = _arenaUsed;
        n.TextLength = oldLength + length;
        _arenaUsed += oldLength + length;
    }

    /// <summary>
    /// Room for <paramref name="room"/> more bytes of the text a <see cref="TreeText"/> is writing, after the
    /// <paramref name="written"/> it wrote: at the arena's end, kept by <see cref="KeepPendingText"/> or left to be
    /// overwritten.
    /// </summary>
    internal Span<byte> PendingText(int written, int room)
    {
        EnsureArena(written + room);
        return _arena.AsSpan(_arenaUsed + written);
    }

    /// <summary>Makes the <paramref name="length"/> bytes a <see cref="TreeText"/> wrote node <paramref name="index"/>'s text.</summary>
    private void KeepPendingText(int index, int length, NodeFlags mode)
    {
        if (index < 0)
            return;
        ref var n = ref _nodes[index];
        n.TextStart = _arenaUsed;
        n.TextLength = length;
        SetFlags(index, (FlagsOf(index) & ~OwnTextKinds) | NodeFlags.HasText | mode);
        _arenaUsed += length;
    }

    /// <summary>
    /// Gives a node the text of its value only: the line reads "Name: text", after the bit picture of a bit field
    /// (proto_tree_add_*_format_value).
    /// </summary>
    public void SetValueText(int index, ReadOnlySpan<char> text) => StoreText(index, text, NodeFlags.ValueText);

    /// <summary>
    /// Appends text to a node's line, whatever made it: its own text or the generated "Name: value"
    /// (proto_item_append_text).
    /// </summary>
    public void AppendText(int index, ReadOnlySpan<char> text)
    {
        if (index < 0 || !BuildsText)
            return;
        var flags = FlagsOf(index);
        if ((flags & NodeFlags.HasText) == 0)
        {
            StoreText(index, text, NodeFlags.AppendedText);
            return;
        }
        // The arena only grows: the old text is copied in front of the new one (rare: a second append). A line formatted
        // when read (TextInSource) is formatted now, and is from then on text of the arena.
        ref var n = ref _nodes[index];
        bool line = (flags & NodeFlags.TextInSource) != 0;
        var old = line ? FormatSourceLine(n) : default;
        int oldStart = n.TextStart, oldLength = line ? old.Length : n.TextLength;
        SetFlags(index, flags & ~NodeFlags.TextInSource);
        EnsureArena(oldLength + Encoding.UTF8.GetMaxByteCount(text.Length));
        int start = _arenaUsed;
        if (line)
            old.CopyTo(_arena.AsSpan(start));
        else
            _arena.AsSpan(oldStart, oldLength).CopyTo(_arena.AsSpan(start));
        _arenaUsed += oldLength;
        _arenaUsed += Utf8Narrowing.Encode(text, _arena.AsSpan(_arenaUsed));
        ref var m = ref _nodes[index];
        m.TextStart = start;
        m.TextLength = _arenaUsed - start;
    }

    /// <summary>
    /// Room for up to <paramref name="maxBytes"/> bytes of display text written straight as UTF-8 (no UTF-16 copy on the
    /// way), kept for node <paramref name="index"/> by <see cref="CommitText"/>. Only when <see cref="BuildsText"/> is on.
    /// What is written must be valid UTF-8 (<see cref="TextBytes"/>).
    /// </summary>
    public Span<byte> ReserveText(int maxBytes)
    {
        EnsureArena(maxBytes);
        return _arena.AsSpan(_arenaUsed, maxBytes);
    }

    /// <summary>Makes the first <paramref name="byteCount"/> bytes written into <see cref="ReserveText"/> node <paramref name="index"/>'s own text (<see cref="SetText(int, ReadOnlySpan{char})"/>).</summary>
    public void CommitText(int index, int byteCount)
    {
        if (index < 0 || !BuildsText)
            return;
        ref var n = ref _nodes[index];
        n.TextStart = _arenaUsed;
        n.TextLength = byteCount;
        SetFlags(index, (FlagsOf(index) & ~OwnTextKinds) | NodeFlags.HasText);
        _arenaUsed += byteCount;
    }

    /// <summary>
    /// Makes node <paramref name="index"/>'s own text <paramref name="line"/> as format_text shows it, formatted only when
    /// the text is read (<see cref="TextBytes"/>), when <paramref name="line"/> lies in the node's data source; else false,
    /// having done nothing (the caller formats it now). True without effect when no text is built or the node is a stand-in.
    /// </summary>
    public bool SetSourceLineText(int index, ReadOnlySpan<byte> line)
    {
        if (index < 0 || !BuildsText)
            return true;
        ref var n = ref _nodes[index];
        // The line is the bytes where the node says it is: those very bytes, or the same bytes (a PDU the tree holds a copy of).
        if (line.IsEmpty || (uint)n.Source >= (uint)_sources.Count)
            return false;
        var source = OwnSourceBytes(n.Source);
        int offset = n.Offset;
        if ((uint)offset > (uint)source.Length || line.Length > source.Length - offset)
            return false;
        var at = source.Slice(offset, line.Length);
        if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(at), ref MemoryMarshal.GetReference(line)) && !at.SequenceEqual(line))
            return false;
        n.TextStart = offset;
        n.TextLength = line.Length;
        SetFlags(index, (FlagsOf(index) & ~OwnTextKinds) | NodeFlags.HasText | NodeFlags.TextInSource);
        return true;
    }

    /// <summary><see cref="SetText(int, ReadOnlySpan{char})"/> from UTF-8 (text made once and kept, copied as it is).</summary>
    public void SetTextUtf8(int index, ReadOnlySpan<byte> text) => StoreTextUtf8(index, text, NodeFlags.None);

    /// <summary><see cref="SetValueText(int, ReadOnlySpan{char})"/> from UTF-8.</summary>
    public void SetValueTextUtf8(int index, ReadOnlySpan<byte> text) => StoreTextUtf8(index, text, NodeFlags.ValueText);

    /// <summary><see cref="AppendText(int, ReadOnlySpan{char})"/> from UTF-8 (a literal or text made once and kept).</summary>
    public void AppendTextUtf8(int index, ReadOnlySpan<byte> text)
    {
        if (index < 0 || !BuildsText)
            return;
        var flags = FlagsOf(index);
        if ((flags & NodeFlags.HasText) == 0)
        {
            StoreTextUtf8(index, text, NodeFlags.AppendedText);
            return;
        }
        // A second append (rare): the old text (a source line formatted now) is copied in front of the new.
        ref var n = ref _nodes[index];
        bool line = (flags & NodeFlags.TextInSource) != 0;
        var old = line ? FormatSourceLine(n) : default;
        int oldStart = n.TextStart, oldLength = line ? old.Length : n.TextLength;
        SetFlags(index, flags & ~NodeFlags.TextInSource);
        EnsureArena(oldLength + text.Length);
        int start = _arenaUsed;
        if (line)
            old.CopyTo(_arena.AsSpan(start));
        else
            _arena.AsSpan(oldStart, oldLength).CopyTo(_arena.AsSpan(start));
        text.CopyTo(_arena.AsSpan(start + oldLength));
        _arenaUsed += oldLength + text.Length;
        ref var m = ref _nodes[index];
        m.TextStart = start;
        m.TextLength = oldLength + text.Length;
    }

    private void StoreTextUtf8(int index, ReadOnlySpan<byte> text, NodeFlags mode)
    {
        if (index < 0 || !BuildsText)
            return;
        int start = CopyToArena(text);
        MarkOwnText(index, start, text.Length, mode);
    }

    /// <summary>Points node <paramref name="index"/> at its own text, <paramref name="length"/> bytes of the arena from <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MarkOwnText(int index, int start, int length, NodeFlags mode)
    {
        ref var n = ref _nodes[index];
        n.TextStart = start;
        n.TextLength = length;
        SetFlags(index, (FlagsOf(index) & ~OwnTextKinds) | NodeFlags.HasText | mode);
    }

    // The latest node added and its flags, kept here as well: a dissector sets an item's text right after adding it, and
    // reading the flags back from the node then would wait for the node's stores (a wide store is not forwarded to a
    // narrow load on every core, and the stores wait for a cache line another core may hold).
    private int _lastAdded = -1;
    private NodeFlags _lastAddedFlags;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private NodeFlags FlagsOf(int index) => index == _lastAdded ? _lastAddedFlags : _nodes[index].Flags;

    /// <summary>Sets a node's flags (every change of a node's flags after it was added goes through here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetFlags(int index, NodeFlags flags)
    {
        _nodes[index].Flags = flags;
        if (index == _lastAdded)
            _lastAddedFlags = flags;
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> are the bytes of data source <paramref name="source"/> (as a node added with it
    /// would have it) at <paramref name="offset"/>: those very bytes, or the same bytes (a PDU the tree holds a copy of).
    /// Lines of such a range are added with <see cref="AddSourceLine"/>, checked once instead of once per line.
    /// </summary>
    public bool HoldsSourceBytes(int source, int offset, ReadOnlySpan<byte> bytes)
    {
        int own = source == 0 ? FrameSourceAlias : source;
        if ((uint)own >= (uint)_sources.Count)
            return false;
        var data = OwnSourceBytes(own);
        if ((uint)offset > (uint)data.Length || bytes.Length > data.Length - offset)
            return false;
        var at = data.Slice(offset, bytes.Length);
        return Unsafe.AreSame(ref MemoryMarshal.GetReference(at), ref MemoryMarshal.GetReference(bytes)) || at.SequenceEqual(bytes);
    }

    /// <summary>
    /// Adds a text-only node over a non-empty line of a range <see cref="HoldsSourceBytes"/> found in its data source, its
    /// text that line as format_text shows it, formatted when read (<see cref="SetSourceLineText"/> in one step).
    /// </summary>
    public int AddSourceLine(int parent, FieldDef field, int source, int offset, int length)
    {
        if (Skips(field))
            return StandIn(parent);
        if (Drops(parent, NodeFlags.None))
            return Dropped;
        // The node with its text range and flags in its three stores: no read back of a line just written (a body adds
        // hundreds of these, into memory another core may have read last).
        return BuildsText
            ? AddKept(parent, field, source, offset, length, 0, NodeFlags.HasText | NodeFlags.TextInSource, (uint)offset | (ulong)(uint)length << 32)
            : AddKept(parent, field, source, offset, length, 0, NodeFlags.None);
    }

    private void StoreText(int index, ReadOnlySpan<char> text, NodeFlags mode)
    {
        if (index < 0 || !BuildsText)
            return;
        int start = EncodeToArena(text);
        MarkOwnText(index, start, _arenaUsed - start, mode);
    }

    /// <summary>Replaces a string node's value (for values known only after later layers ran, like frame.protocols).</summary>
    public void SetString(int index, ReadOnlySpan<char> value)
    {
        if (index < 0)
            return;
        int start = EncodeToArena(value);
        ref var n = ref _nodes[index];
        n.ArenaStart = start;
        n.ArenaLength = _arenaUsed - start;
    }

    /// <summary>
    /// Hangs a top-level node under <paramref name="parent"/> (a node added before it): the IP header an ICMP error
    /// quotes belongs under the ICMP item, though the core layers add their items at the top.
    /// </summary>
    public void Reparent(int index, int parent)
    {
        int resolved = Resolve(parent);
        if ((uint)index < (uint)_count && _nodes[index].Parent == -1 && resolved < index)
            _nodes[index].Parent = resolved;
    }

    /// <summary>Changes the length of a node once it is known (a protocol node added before its end was found).</summary>
    public void SetLength(int index, int length)
    {
        if (index >= 0)
            _nodes[index].Length = length;
    }

    // ---- reading ---------------------------------------------------------------------------

    public ReadOnlySpan<byte> ValueBytes(in FieldNode node) => (node.Flags & NodeFlags.ValueInSource) != 0
        ? SourceBytes(node.Source).Slice(node.ArenaStart, node.ArenaLength)
        : _arena.AsSpan(node.ArenaStart, node.ArenaLength);

    /// <summary>
    /// A node's own display text: always valid UTF-8, as every writer of it encodes UTF-16 or writes
    /// <c>DisplayText.FormatLineUtf8</c>'s output (printers copy it without checking).
    /// </summary>
    public ReadOnlySpan<byte> TextBytes(in FieldNode node) => (node.Flags & NodeFlags.TextInSource) == 0
        ? _arena.AsSpan(node.TextStart, node.TextLength)
        : FormatSourceLine(node);

    /// <summary>
    /// With <see cref="NodeFlags.TextInSource"/>: the line of the data source whose format_text is the node's text (a
    /// printer that writes UTF-8 formats it where it goes, <c>DisplayText.FormatLineUtf8</c>).
    /// </summary>
    public ReadOnlySpan<byte> TextSourceLine(in FieldNode node) => OwnSourceBytes(node.Source).Slice(node.TextStart, node.TextLength);

    // Where TextBytes formats a line of a data source: valid until the next such call.
    private byte[] _lineText = [];

    private ReadOnlySpan<byte> FormatSourceLine(in FieldNode node)
    {
        var line = TextSourceLine(node);
        int room = Protocols.TextLines.DisplayText.MaxFormattedLength(line.Length);
        if (_lineText.Length < room)
            _lineText = new byte[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(room, 256))];
        return _lineText.AsSpan(0, Protocols.TextLines.DisplayText.FormatLineUtf8(line, _lineText));
    }

    /// <summary>The bytes of data source <paramref name="source"/> itself (a node's own source, <see cref="FrameSourceAlias"/> already applied).</summary>
    private ReadOnlySpan<byte> OwnSourceBytes(int source)
    {
        ref readonly var s = ref CollectionsMarshal.AsSpan(_sources)[source];
        return s.ArenaStart < 0 ? _frameBytes.Span : _arena.AsSpan(s.ArenaStart, s.Length);
    }

    /// <summary>Index of the first node of <paramref name="field"/>, or -1.</summary>
    public int Find(FieldDef field, int startAt = 0)
    {
        int id = field.Id;
        for (int i = startAt; i < _count; i++)
            if (_nodes[i].FieldId == id)
                return i;
        return -1;
    }

    public bool Contains(FieldDef field) => Find(field) >= 0;

    // ---- internals -------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CopyToArena(ReadOnlySpan<byte> bytes)
    {
        EnsureArena(bytes.Length);
        int start = _arenaUsed;
        bytes.CopyTo(_arena.AsSpan(start));
        _arenaUsed += bytes.Length;
        return start;
    }

    private int EncodeToArena(ReadOnlySpan<char> text)
    {
        EnsureArena(Encoding.UTF8.GetMaxByteCount(text.Length));
        int start = _arenaUsed;
        _arenaUsed += Utf8Narrowing.Encode(text, _arena.AsSpan(start));
        return start;
    }

    private void EnsureArena(int extra)
    {
        if (_arenaUsed + extra <= _arena.Length)
            return;
        int size = Math.Max(_arena.Length * 2, _arenaUsed + extra);
        Array.Resize(ref _arena, size);
    }
}
