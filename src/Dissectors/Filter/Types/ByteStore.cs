namespace Sniffer.Dissectors.Filter.Types;

/// <summary>Where the bytes of a byte-valued <see cref="FValue"/> live.</summary>
internal enum ByteStore : byte
{
    /// <summary>No bytes (an empty value).</summary>
    Empty,
    /// <summary>A node's value in the field tree's arena (<see cref="FValue.Index"/> is the node).</summary>
    TreeValue,
    /// <summary>A range of one of the tree's data sources (<see cref="FValue.Index"/> is the source).</summary>
    TreeSource,
    /// <summary>A constant compiled into the filter (<see cref="FValue.Index"/> is the constant).</summary>
    Constant,
    /// <summary>The evaluator's scratch buffer, for values computed per frame (slices, upper(), string()).</summary>
    Scratch,
}
