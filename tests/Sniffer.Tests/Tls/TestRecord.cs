using System.Buffers.Binary;

namespace Sniffer.Tests.Tls;

/// <summary>One TLS record cut from a test stream: its type and version and the whole record (header included).</summary>
internal sealed record TestRecord(byte ContentType, ushort Version, byte[] Bytes)
{
    public const byte ChangeCipherSpec = 20, Alert = 21, Handshake = 22, ApplicationData = 23;

    public ReadOnlySpan<byte> Fragment => Bytes.AsSpan(5);

    /// <summary>Cuts a direction's byte stream into records; the test streams end on a record boundary.</summary>
    public static List<TestRecord> Split(byte[] stream)
    {
        var records = new List<TestRecord>();
        for (int at = 0; at + 5 <= stream.Length;)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(stream.AsSpan(at + 3));
            records.Add(new TestRecord(stream[at], BinaryPrimitives.ReadUInt16BigEndian(stream.AsSpan(at + 1)), stream[at..(at + 5 + length)]));
            at += 5 + length;
        }
        return records;
    }
}
