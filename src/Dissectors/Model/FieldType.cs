namespace Sniffer.Dissectors.Model;

/// <summary>Value types of fields, named after Wireshark's FT_ types so the Lua export maps one to one.</summary>
public enum FieldType : byte
{
    /// <summary>A label or subtree with no value of its own (FT_NONE).</summary>
    None,
    /// <summary>A protocol's own node (FT_PROTOCOL): "tcp", "http".</summary>
    Protocol,
    Boolean,
    UInt8,
    UInt16,
    UInt24,
    UInt32,
    /// <summary>A 6-byte unsigned integer (FT_UINT48): 802.11ax HE MAC capabilities.</summary>
    UInt48,
    UInt64,
    Int8,
    Int16,
    Int24,
    Int32,
    Int64,
    /// <summary>A reference to another frame's number (FT_FRAMENUM).</summary>
    FrameNum,
    /// <summary>Seconds as a double (FT_DOUBLE).</summary>
    Double,
    /// <summary>A single-precision number (FT_FLOAT), kept as a double of the float's value.</summary>
    Float,
    /// <summary>Nanoseconds since the epoch (FT_ABSOLUTE_TIME).</summary>
    AbsoluteTime,
    /// <summary>Nanoseconds, signed (FT_RELATIVE_TIME).</summary>
    RelativeTime,
    String,
    /// <summary>A string that ends at a NUL in the packet (FT_STRINGZ); shown as <see cref="String"/>.</summary>
    StringZ,
    Bytes,
    Ipv4,
    Ipv6,
    Ether,
    /// <summary>An ASN.1 OBJECT IDENTIFIER (FT_OID): the encoded bytes, shown in dotted form.</summary>
    Oid,
}

/// <summary>How an integer field is written (Wireshark's BASE_).</summary>
public enum FieldBase : byte
{
    None,
    Dec,
    Hex,
    DecHex,
    HexDec,
    Oct,
    /// <summary>An IEEE OUI, shown with its vendor (BASE_OUI).</summary>
    Oui,
    /// <summary>A TCP port, shown as a number when names are not resolved (BASE_PT_TCP).</summary>
    PortTcp,
    /// <summary>A UDP port (BASE_PT_UDP).</summary>
    PortUdp,
    /// <summary>Written by the dissector itself (BASE_CUSTOM): the node carries its value text.</summary>
    Custom,
    /// <summary>An absolute time shown in UTC rather than the local zone (ABSOLUTE_TIME_UTC).</summary>
    Utc,
}

public static class FieldTypeExtensions
{
    public static bool IsInteger(this FieldType type) => type is FieldType.UInt8 or FieldType.UInt16 or FieldType.UInt24
        or FieldType.UInt32 or FieldType.UInt48 or FieldType.UInt64 or FieldType.Int8 or FieldType.Int16 or FieldType.Int24 or FieldType.Int32 or FieldType.Int64 or FieldType.FrameNum;

    /// <summary>True for types whose value lives in the tree's byte arena rather than in the number slot.</summary>
    public static bool StoresBytes(this FieldType type) => type is FieldType.String or FieldType.StringZ or FieldType.Bytes or FieldType.Oid
        or FieldType.Ipv6 or FieldType.Ether;
}
