using System.Buffers.Binary;

namespace Sniffer.Tests.Files;

/// <summary>
/// Lays out pcapng blocks byte by byte, straight from the format's field tables, so reader tests do not
/// depend on Sniffer's own writer. Each Section Header Block sets the byte order of the blocks after it.
/// </summary>
internal sealed class PcapngFixture
{
    private readonly List<byte> _bytes = [];
    private bool _bigEndian;

    /// <summary>Start offsets of every block added, in order.</summary>
    public List<int> BlockStarts { get; } = [];

    /// <summary>End offsets of the packet blocks (EPB, PB, SPB) added, in order.</summary>
    public List<int> PacketEnds { get; } = [];

    public int Length => _bytes.Count;

    public byte[] ToArray() => [.. _bytes];

    public PcapngFixture SectionHeader(bool bigEndian = false, ushort major = 1, ushort minor = 0, params PcapngTestOption[] options)
    {
        _bigEndian = bigEndian;
        var body = new List<byte>();
        body.AddRange(U32(0x1A2B3C4D));
        body.AddRange(U16(major));
        body.AddRange(U16(minor));
        body.AddRange(U64(ulong.MaxValue));
        return Block(0x0A0D0D0A, body, options);
    }

    public PcapngFixture InterfaceDescription(ushort linkType = 1, uint snapLength = 0, params PcapngTestOption[] options)
    {
        var body = new List<byte>();
        body.AddRange(U16(linkType));
        body.AddRange(U16(0));
        body.AddRange(U32(snapLength));
        return Block(1, body, options);
    }

    public PcapngFixture EnhancedPacket(uint interfaceId, ulong timestamp, byte[] data, uint? originalLength = null, params PcapngTestOption[] options)
    {
        var body = new List<byte>();
        body.AddRange(U32(interfaceId));
        body.AddRange(SplitTimestamp(timestamp));
        body.AddRange(U32((uint)data.Length));
        body.AddRange(U32(originalLength ?? (uint)data.Length));
        body.AddRange(Padded(data));
        Block(6, body, options);
        PacketEnds.Add(Length);
        return this;
    }

    public PcapngFixture ObsoletePacket(ushort interfaceId, ulong timestamp, byte[] data, uint? originalLength = null, params PcapngTestOption[] options)
    {
        var body = new List<byte>();
        body.AddRange(U16(interfaceId));
        body.AddRange(U16(0));                        // drops count
        body.AddRange(SplitTimestamp(timestamp));
        body.AddRange(U32((uint)data.Length));
        body.AddRange(U32(originalLength ?? (uint)data.Length));
        body.AddRange(Padded(data));
        Block(2, body, options);
        PacketEnds.Add(Length);
        return this;
    }

    public PcapngFixture SimplePacket(uint originalLength, byte[] data)
    {
        var body = new List<byte>();
        body.AddRange(U32(originalLength));
        body.AddRange(Padded(data));
        Block(3, body, []);
        PacketEnds.Add(Length);
        return this;
    }

    /// <summary>A Name Resolution Block; each record is (type, address, names), ended by nrb_record_end.</summary>
    public PcapngFixture NameResolution((ushort Type, byte[] Address, string[] Names)[] records, params PcapngTestOption[] options)
    {
        var body = new List<byte>();
        foreach (var (type, address, names) in records)
        {
            var value = new List<byte>(address);
            foreach (var name in names)
            {
                value.AddRange(System.Text.Encoding.UTF8.GetBytes(name));
                value.Add(0);
            }
            body.AddRange(U16(type));
            body.AddRange(U16((ushort)value.Count));
            body.AddRange(Padded([.. value]));
        }
        body.AddRange(U16(0));
        body.AddRange(U16(0));
        return Block(4, body, options);
    }

    public PcapngFixture InterfaceStatistics(uint interfaceId, ulong timestamp, params PcapngTestOption[] options)
    {
        var body = new List<byte>();
        body.AddRange(U32(interfaceId));
        body.AddRange(SplitTimestamp(timestamp));
        return Block(5, body, options);
    }

    public PcapngFixture DecryptionSecrets(uint secretsType, byte[] secrets, params PcapngTestOption[] options)
    {
        var body = new List<byte>();
        body.AddRange(U32(secretsType));
        body.AddRange(U32((uint)secrets.Length));
        body.AddRange(Padded(secrets));
        return Block(0x0A, body, options);
    }

    /// <summary>Any block type with a body given as is (padded to 32 bits).</summary>
    public PcapngFixture Raw(uint type, byte[] body) => Block(type, [.. Padded(body)], []);

    private PcapngFixture Block(uint type, List<byte> body, PcapngTestOption[] options)
    {
        if (options.Length > 0)
        {
            foreach (var option in options)
            {
                byte[] value = option.Kind switch
                {
                    PcapngTestOption.ValueKind.UInt64 => U64(option.Number),
                    PcapngTestOption.ValueKind.SplitTimestamp => SplitTimestamp(option.Number),
                    _ => option.Bytes,
                };
                body.AddRange(U16(option.Code));
                body.AddRange(U16((ushort)value.Length));
                body.AddRange(Padded(value));
            }
            body.AddRange(U32(0));                    // opt_endofopt
        }
        uint total = (uint)(body.Count + 12);
        BlockStarts.Add(Length);
        _bytes.AddRange(U32(type));
        _bytes.AddRange(U32(total));
        _bytes.AddRange(body);
        _bytes.AddRange(U32(total));
        return this;
    }

    private static byte[] Padded(byte[] data)
    {
        var padded = new byte[(data.Length + 3) & ~3];
        data.CopyTo(padded, 0);
        return padded;
    }

    private byte[] U16(ushort v)
    {
        var b = new byte[2];
        if (_bigEndian) BinaryPrimitives.WriteUInt16BigEndian(b, v); else BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return b;
    }

    private byte[] U32(uint v)
    {
        var b = new byte[4];
        if (_bigEndian) BinaryPrimitives.WriteUInt32BigEndian(b, v); else BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }

    private byte[] U64(ulong v)
    {
        var b = new byte[8];
        if (_bigEndian) BinaryPrimitives.WriteUInt64BigEndian(b, v); else BinaryPrimitives.WriteUInt64LittleEndian(b, v);
        return b;
    }

    private byte[] SplitTimestamp(ulong v) => [.. U32((uint)(v >> 32)), .. U32((uint)v)];
}
