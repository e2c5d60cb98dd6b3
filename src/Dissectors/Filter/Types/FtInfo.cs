using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// One field type as Wireshark 4.0 registers it (epan/ftypes): its names for messages, its wire size (what
/// <c>len()</c> reports for fixed-size types) and the operations it supports.
/// </summary>
internal sealed class FtInfo
{
    private const FtOps Int = FtOps.FromLiteral | FtOps.FromCharConst | FtOps.ToUInt64 | FtOps.ToSInt64 | FtOps.Compare
        | FtOps.IsZero | FtOps.IsNegative | FtOps.BitwiseAnd | FtOps.UnaryMinus | FtOps.Add | FtOps.Subtract
        | FtOps.Multiply | FtOps.Divide | FtOps.Modulo;
    private const FtOps Str = FtOps.FromLiteral | FtOps.FromString | FtOps.FromCharConst | FtOps.Compare | FtOps.Contains
        | FtOps.Matches | FtOps.IsZero | FtOps.Length | FtOps.Slice;
    private const FtOps ByteArray = FtOps.FromLiteral | FtOps.Compare | FtOps.Contains | FtOps.IsZero | FtOps.Length
        | FtOps.Slice | FtOps.BitwiseAnd;

    private static readonly FtInfo[] Table = Build();

    private FtInfo(FtKind kind, string name, string prettyName, int wireSize, FtStorage storage, FtOps ops)
    {
        Kind = kind;
        Name = name;
        PrettyName = prettyName;
        WireSize = wireSize;
        Storage = storage;
        Ops = ops;
    }

    public FtKind Kind { get; }
    /// <summary>"FT_UINT16".</summary>
    public string Name { get; }
    /// <summary>"Unsigned integer (2 bytes)".</summary>
    public string PrettyName { get; }
    public int WireSize { get; }
    public FtStorage Storage { get; }
    public FtOps Ops { get; }

    public bool Can(FtOps op) => (Ops & op) == op;

    public static FtInfo Of(FtKind kind) => Table[(int)kind];

    public bool IsString => Storage == FtStorage.String;

    /// <summary>Wireshark's is_bytes_type(): the types a slice compares with directly.</summary>
    public bool IsBytesType => Kind is FtKind.Ax25 or FtKind.Vines or FtKind.FcWwn or FtKind.Ether or FtKind.Bytes
        or FtKind.UIntBytes or FtKind.Ipv6 or FtKind.Guid or FtKind.Oid or FtKind.RelOid or FtKind.SystemId;

    /// <summary>Sniffer's field types as Wireshark's.</summary>
    public static FtKind FromFieldType(FieldType type) => type switch
    {
        FieldType.None => FtKind.None,
        FieldType.Protocol => FtKind.Protocol,
        FieldType.Boolean => FtKind.Boolean,
        FieldType.UInt8 => FtKind.UInt8,
        FieldType.UInt16 => FtKind.UInt16,
        FieldType.UInt24 => FtKind.UInt24,
        FieldType.UInt32 => FtKind.UInt32,
        FieldType.UInt48 => FtKind.UInt48,
        FieldType.UInt64 => FtKind.UInt64,
        FieldType.Int8 => FtKind.Int8,
        FieldType.Int16 => FtKind.Int16,
        FieldType.Int24 => FtKind.Int24,
        FieldType.Int32 => FtKind.Int32,
        FieldType.Int64 => FtKind.Int64,
        FieldType.FrameNum => FtKind.FrameNum,
        FieldType.Double => FtKind.Double,
        FieldType.Float => FtKind.Float,
        FieldType.AbsoluteTime => FtKind.AbsoluteTime,
        FieldType.RelativeTime => FtKind.RelativeTime,
        FieldType.String => FtKind.String,
        FieldType.StringZ => FtKind.StringZ,
        FieldType.Oid => FtKind.Oid,
        FieldType.Bytes => FtKind.Bytes,
        FieldType.Ipv4 => FtKind.Ipv4,
        FieldType.Ipv6 => FtKind.Ipv6,
        FieldType.Ether => FtKind.Ether,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "a field type display filters do not know yet"),
    };

    /// <summary>Parses "FT_UINT16" (or "UINT16") as <c>tshark -G fields</c> prints it.</summary>
    public static bool TryParseName(string name, out FtKind kind)
    {
        if (!name.StartsWith("FT_", StringComparison.Ordinal))
            name = "FT_" + name;
        foreach (var info in Table)
        {
            if (info.Name == name)
            {
                kind = info.Kind;
                return true;
            }
        }
        kind = FtKind.None;
        return false;
    }

    private static FtInfo[] Build()
    {
        var t = new FtInfo[(int)FtKind.StringZTrunc + 1];
        void Add(FtKind k, string name, string pretty, int size, FtStorage storage, FtOps ops) => t[(int)k] = new FtInfo(k, name, pretty, size, storage, ops);

        Add(FtKind.None, "FT_NONE", "Label", 0, FtStorage.None, FtOps.None);
        Add(FtKind.Protocol, "FT_PROTOCOL", "Protocol", 0, FtStorage.Protocol, Str);
        Add(FtKind.Boolean, "FT_BOOLEAN", "Boolean", 0, FtStorage.Boolean,
            FtOps.FromLiteral | FtOps.FromCharConst | FtOps.ToUInt64 | FtOps.ToSInt64 | FtOps.Compare | FtOps.IsZero | FtOps.IsNegative);
        Add(FtKind.Char, "FT_CHAR", "Character (1 byte)", 1, FtStorage.Unsigned32, Int);
        Add(FtKind.UInt8, "FT_UINT8", "Unsigned integer (1 byte)", 1, FtStorage.Unsigned32, Int);
        Add(FtKind.UInt16, "FT_UINT16", "Unsigned integer (2 bytes)", 2, FtStorage.Unsigned32, Int);
        Add(FtKind.UInt24, "FT_UINT24", "Unsigned integer (3 bytes)", 3, FtStorage.Unsigned32, Int);
        Add(FtKind.UInt32, "FT_UINT32", "Unsigned integer (4 bytes)", 4, FtStorage.Unsigned32, Int);
        Add(FtKind.UInt40, "FT_UINT40", "Unsigned integer (5 bytes)", 5, FtStorage.Unsigned64, Int);
        Add(FtKind.UInt48, "FT_UINT48", "Unsigned integer (6 bytes)", 6, FtStorage.Unsigned64, Int);
        Add(FtKind.UInt56, "FT_UINT56", "Unsigned integer (7 bytes)", 7, FtStorage.Unsigned64, Int);
        Add(FtKind.UInt64, "FT_UINT64", "Unsigned integer (8 bytes)", 8, FtStorage.Unsigned64, Int);
        Add(FtKind.Int8, "FT_INT8", "Signed integer (1 byte)", 1, FtStorage.Signed32, Int);
        Add(FtKind.Int16, "FT_INT16", "Signed integer (2 bytes)", 2, FtStorage.Signed32, Int);
        Add(FtKind.Int24, "FT_INT24", "Signed integer (3 bytes)", 3, FtStorage.Signed32, Int);
        Add(FtKind.Int32, "FT_INT32", "Signed integer (4 bytes)", 4, FtStorage.Signed32, Int);
        Add(FtKind.Int40, "FT_INT40", "Signed integer (5 bytes)", 5, FtStorage.Signed64, Int);
        Add(FtKind.Int48, "FT_INT48", "Signed integer (6 bytes)", 6, FtStorage.Signed64, Int);
        Add(FtKind.Int56, "FT_INT56", "Signed integer (7 bytes)", 7, FtStorage.Signed64, Int);
        Add(FtKind.Int64, "FT_INT64", "Signed integer (8 bytes)", 8, FtStorage.Signed64, Int);
        Add(FtKind.Ieee11073SFloat, "FT_IEEE_11073_SFLOAT", "IEEE-11073 floating point (16-bit)", 2, FtStorage.Ieee11073,
            FtOps.FromLiteral | FtOps.Compare | FtOps.IsZero);
        Add(FtKind.Ieee11073Float, "FT_IEEE_11073_FLOAT", "IEEE-11073 Floating point (32-bit)", 4, FtStorage.Ieee11073,
            FtOps.FromLiteral | FtOps.Compare | FtOps.IsZero);
        const FtOps floating = FtOps.FromLiteral | FtOps.Compare | FtOps.IsZero | FtOps.IsNegative | FtOps.UnaryMinus
            | FtOps.Add | FtOps.Subtract | FtOps.Multiply | FtOps.Divide;
        Add(FtKind.Float, "FT_FLOAT", "Floating point (single-precision)", 0, FtStorage.Floating, floating);
        Add(FtKind.Double, "FT_DOUBLE", "Floating point (double-precision)", 0, FtStorage.Floating, floating);
        Add(FtKind.AbsoluteTime, "FT_ABSOLUTE_TIME", "Date and time", 0, FtStorage.Time,
            FtOps.FromLiteral | FtOps.FromString | FtOps.Compare | FtOps.IsZero);
        Add(FtKind.RelativeTime, "FT_RELATIVE_TIME", "Time offset", 0, FtStorage.Time,
            FtOps.FromLiteral | FtOps.Compare | FtOps.IsZero | FtOps.IsNegative | FtOps.UnaryMinus | FtOps.Add | FtOps.Subtract);
        Add(FtKind.String, "FT_STRING", "Character string", 0, FtStorage.String, Str);
        Add(FtKind.StringZ, "FT_STRINGZ", "Character string", 0, FtStorage.String, Str);
        Add(FtKind.UIntString, "FT_UINT_STRING", "Character string", 0, FtStorage.String, Str);
        Add(FtKind.Ether, "FT_ETHER", "Ethernet or other MAC address", 6, FtStorage.Bytes, ByteArray | FtOps.Matches);
        Add(FtKind.Bytes, "FT_BYTES", "Byte sequence", 0, FtStorage.Bytes, ByteArray | FtOps.Matches | FtOps.FromString | FtOps.FromCharConst);
        Add(FtKind.UIntBytes, "FT_UINT_BYTES", "Byte sequence", 0, FtStorage.Bytes, ByteArray);
        Add(FtKind.Ipv4, "FT_IPv4", "IPv4 address", 4, FtStorage.Ipv4,
            FtOps.FromLiteral | FtOps.Compare | FtOps.IsZero | FtOps.Slice | FtOps.BitwiseAnd);
        Add(FtKind.Ipv6, "FT_IPv6", "IPv6 address", 16, FtStorage.Ipv6,
            FtOps.FromLiteral | FtOps.Compare | FtOps.IsZero | FtOps.Slice | FtOps.BitwiseAnd);
        Add(FtKind.IpxNet, "FT_IPXNET", "IPX network number", 4, FtStorage.Unsigned32,
            FtOps.FromLiteral | FtOps.ToUInt64 | FtOps.ToSInt64 | FtOps.Compare | FtOps.IsZero | FtOps.IsNegative | FtOps.BitwiseAnd | FtOps.UnaryMinus);
        Add(FtKind.FrameNum, "FT_FRAMENUM", "Frame number", 4, FtStorage.Unsigned32, Int);
        Add(FtKind.Guid, "FT_GUID", "Globally Unique Identifier", 16, FtStorage.Guid, FtOps.FromLiteral | FtOps.Compare);
        Add(FtKind.Oid, "FT_OID", "ASN.1 object identifier", 0, FtStorage.Bytes, ByteArray);
        Add(FtKind.Eui64, "FT_EUI64", "EUI64 address", 8, FtStorage.Unsigned64,
            FtOps.FromLiteral | FtOps.ToUInt64 | FtOps.ToSInt64 | FtOps.Compare | FtOps.IsZero | FtOps.IsNegative | FtOps.BitwiseAnd
            | FtOps.UnaryMinus | FtOps.Add | FtOps.Subtract);
        Add(FtKind.Ax25, "FT_AX25", "AX.25 address", 7, FtStorage.Bytes, ByteArray | FtOps.Matches);
        Add(FtKind.Vines, "FT_VINES", "VINES address", 6, FtStorage.Bytes, ByteArray | FtOps.Matches);
        Add(FtKind.RelOid, "FT_REL_OID", "ASN.1 relative object identifier", 0, FtStorage.Bytes, ByteArray);
        Add(FtKind.SystemId, "FT_SYSTEM_ID", "OSI System-ID", 0, FtStorage.Bytes, ByteArray);
        Add(FtKind.StringZPad, "FT_STRINGZPAD", "Character string", 0, FtStorage.String, Str);
        Add(FtKind.FcWwn, "FT_FCWWN", "Fibre Channel WWN", 8, FtStorage.Bytes, ByteArray | FtOps.Matches);
        Add(FtKind.StringZTrunc, "FT_STRINGZTRUNC", "Character string", 0, FtStorage.String, Str);
        return t;
    }
}
