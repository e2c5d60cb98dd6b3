namespace Sniffer.Dissectors.Filter.Types;

/// <summary>How a value of a field type is held and compared (the family of ftype functions it uses).</summary>
internal enum FtStorage : byte
{
    /// <summary>FT_NONE: a label, no value.</summary>
    None,
    /// <summary>A protocol's bytes (FT_PROTOCOL).</summary>
    Protocol,
    Boolean,
    /// <summary>32-bit unsigned integers (FT_CHAR, FT_UINT8..32, FT_IPXNET, FT_FRAMENUM).</summary>
    Unsigned32,
    /// <summary>64-bit unsigned integers (FT_UINT40..64, FT_EUI64).</summary>
    Unsigned64,
    /// <summary>32-bit signed integers (FT_INT8..32).</summary>
    Signed32,
    /// <summary>64-bit signed integers (FT_INT40..64).</summary>
    Signed64,
    /// <summary>FT_FLOAT and FT_DOUBLE.</summary>
    Floating,
    /// <summary>FT_ABSOLUTE_TIME and FT_RELATIVE_TIME: seconds and nanoseconds.</summary>
    Time,
    /// <summary>The string types: bytes compared like strcmp with lengths.</summary>
    String,
    /// <summary>The byte-array types: compared by length first, then content.</summary>
    Bytes,
    Ipv4,
    Ipv6,
    Guid,
    /// <summary>The IEEE-11073 floats (only ever constants here).</summary>
    Ieee11073,
}
