using System.Buffers.Binary;

namespace Sniffer.Tests.Files;

/// <summary>Lays out a classic libpcap file byte by byte: the 24-byte header, then 16-byte record headers and data.</summary>
internal sealed class PcapFixture
{
    public const uint MicrosecondMagic = 0xA1B2C3D4;
    public const uint NanosecondMagic = 0xA1B23C4D;

    private readonly List<byte> _bytes = [];
    private readonly bool _bigEndian;

    public PcapFixture(bool nanoseconds = false, bool bigEndian = false, uint snapLength = 262144, uint network = 1, ushort major = 2, ushort minor = 4)
    {
        _bigEndian = bigEndian;
        _bytes.AddRange(U32(nanoseconds ? NanosecondMagic : MicrosecondMagic));
        _bytes.AddRange(U16(major));
        _bytes.AddRange(U16(minor));
        _bytes.AddRange(U32(0));                      // thiszone
        _bytes.AddRange(U32(0));                      // sigfigs
        _bytes.AddRange(U32(snapLength));
        _bytes.AddRange(U32(network));
        RecordEnds.Add(Length);
    }

    /// <summary>The file header's end, then the end of every record.</summary>
    public List<int> RecordEnds { get; } = [];

    public int Length => _bytes.Count;

    public byte[] ToArray() => [.. _bytes];

    public PcapFixture Record(uint seconds, uint fraction, byte[] data, uint? originalLength = null)
    {
        _bytes.AddRange(U32(seconds));
        _bytes.AddRange(U32(fraction));
        _bytes.AddRange(U32((uint)data.Length));
        _bytes.AddRange(U32(originalLength ?? (uint)data.Length));
        _bytes.AddRange(data);
        RecordEnds.Add(Length);
        return this;
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
}
