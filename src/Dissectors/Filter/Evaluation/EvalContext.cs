using Sniffer.Dissectors.Filter.Types;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// The memory one compiled filter evaluates in: the constants it was compiled with, the tree of the frame being
/// tested, a value stack (Wireshark's registers) and a scratch buffer for bytes computed per frame. Every buffer
/// is kept and reused, so once they have grown to the largest frame, testing a frame allocates nothing.
/// </summary>
internal sealed class EvalContext
{
    private readonly List<byte[]> _constants = new();
    private byte[] _scratch = new byte[256];
    private int _scratchUsed;
    private FValue[] _stack = new FValue[64];
    private char[] _chars = new char[256];

    public FieldTree? Tree;

    public int StackTop;

    public FValue[] Stack => _stack;

    /// <summary>Adds a byte constant; the value points at it.</summary>
    public FValue AddConstant(FtKind type, byte[] bytes)
    {
        _constants.Add(bytes);
        return FValue.OfBytes(type, ByteStore.Constant, _constants.Count - 1, 0, bytes.Length);
    }

    public ReadOnlySpan<byte> Bytes(in FValue v)
    {
        switch (v.Store)
        {
            case ByteStore.TreeValue:
            {
                var tree = Tree!;
                return tree.ValueBytes(tree[v.Index]).Slice(v.Start, v.Length);
            }
            case ByteStore.TreeSource:
                return Tree!.SourceBytes(v.Index).Slice(v.Start, v.Length);
            case ByteStore.Constant:
                return _constants[v.Index].AsSpan(v.Start, v.Length);
            case ByteStore.Scratch:
                return _scratch.AsSpan(v.Start, v.Length);
            default:
                return default;
        }
    }

    /// <summary>A protocol's whole buffer from its start (what contains and matches search).</summary>
    public ReadOnlySpan<byte> FullBytes(in FValue v)
    {
        if (v.Store == ByteStore.TreeSource)
            return Tree!.SourceBytes(v.Index).Slice(v.Start, v.FullLength);
        return Bytes(v);
    }

    /// <summary>Starts a frame: forget the previous frame's values.</summary>
    public void Reset(FieldTree tree)
    {
        Tree = tree;
        StackTop = 0;
        _scratchUsed = 0;
    }

    /// <summary>Reserves <paramref name="length"/> scratch bytes for a value computed now.</summary>
    public Span<byte> AllocateScratch(int length, out int start)
    {
        if (_scratchUsed + length > _scratch.Length)
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchUsed + length));
        start = _scratchUsed;
        _scratchUsed += length;
        return _scratch.AsSpan(start, length);
    }

    /// <summary>Gives back scratch bytes reserved last (a value that turned out shorter).</summary>
    public void TrimScratch(int end) => _scratchUsed = end;

    public int ScratchUsed => _scratchUsed;

    public void Push(in FValue value)
    {
        if (StackTop == _stack.Length)
            Array.Resize(ref _stack, _stack.Length * 2);
        _stack[StackTop++] = value;
    }

    public char[] CharBuffer(int length)
    {
        if (_chars.Length < length)
            _chars = new char[Math.Max(length, _chars.Length * 2)];
        return _chars;
    }
}
