using System.Buffers.Binary;

namespace Sniffer.Tests.Streams;

/// <summary>
/// A hand-written TCP conversation for SEQ/ACK analysis tests: every segment's flags, sequence and acknowledgment
/// numbers (relative to each side's ISN, so the script reads as tshark prints it), window, payload length, time
/// and options are given, and the result is a classic pcap (Ethernet, IPv4) tshark and Sniffer both read.
/// </summary>
public sealed class TcpScenario
{
    private const uint ClientIsn = 1_000_000, ServerIsn = 7_000_000;
    private const long FirstSecond = 1_700_000_000;
    private readonly List<(byte[] Packet, long Micros)> _packets = new();

    public TcpScenario(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;

    /// <summary>A segment from the client ("C") or server ("S") with flags from "SAFRPU", at <paramref name="ms"/> milliseconds.</summary>
    public TcpScenario Seg(char from, string flags, uint seq, uint ack, int len, double ms, ushort window = 1000, byte[]? options = null)
    {
        bool client = from == 'C';
        uint rawSeq = (client ? ClientIsn : ServerIsn) + seq;
        uint rawAck = flags.Contains('A') ? (client ? ServerIsn : ClientIsn) + ack : 0;
        options ??= [];
        int tcpLength = 20 + options.Length;
        var p = new byte[14 + 20 + tcpLength + len];
        p[5] = client ? (byte)2 : (byte)1;
        p[11] = client ? (byte)1 : (byte)2;
        p[12] = 0x08;
        var ip = p.AsSpan(14, 20);
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(20 + tcpLength + len));
        BinaryPrimitives.WriteUInt16BigEndian(ip[4..], (ushort)(_packets.Count + 1));
        ip[8] = 64;
        ip[9] = 6;
        byte[] c = [10, 0, 0, 1], s = [10, 0, 0, 2];
        (client ? c : s).CopyTo(ip[12..]);
        (client ? s : c).CopyTo(ip[16..]);
        uint sum = 0;
        for (int i = 0; i < 20; i += 2)
            sum += BinaryPrimitives.ReadUInt16BigEndian(ip[i..]);
        while (sum > 0xFFFF)
            sum = (sum & 0xFFFF) + (sum >> 16);
        BinaryPrimitives.WriteUInt16BigEndian(ip[10..], (ushort)~sum);
        var tcp = p.AsSpan(34, tcpLength);
        BinaryPrimitives.WriteUInt16BigEndian(tcp, client ? (ushort)40000 : (ushort)33333);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], client ? (ushort)33333 : (ushort)40000);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], rawSeq);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], rawAck);
        tcp[12] = (byte)(tcpLength / 4 << 4);
        byte f = 0;
        foreach (char ch in flags)
            f |= ch switch { 'F' => 0x01, 'S' => 0x02, 'R' => 0x04, 'P' => 0x08, 'A' => 0x10, 'U' => 0x20, _ => 0 };
        tcp[13] = f;
        BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], window);
        options.CopyTo(tcp[20..]);
        for (int i = 0; i < len; i++)
            p[34 + tcpLength + i] = (byte)('a' + i % 26);
        _packets.Add((p, (long)Math.Round(ms * 1000)));
        return this;
    }

    /// <summary>The usual three-way handshake at 0, 10 and 20 ms (an initial RTT of 20 ms).</summary>
    public TcpScenario Handshake(ushort window = 1000, byte[]? clientOptions = null, byte[]? serverOptions = null) =>
        Seg('C', "S", 0, 0, 0, 0, window, clientOptions).Seg('S', "SA", 0, 1, 0, 10, window, serverOptions).Seg('C', "A", 1, 1, 0, 20, window);

    public static byte[] WindowScale(byte shift) => [1, 3, 3, shift];

    public static byte[] Sack(uint left, uint right)
    {
        var o = new byte[12];
        o[0] = 1;
        o[1] = 1;
        o[2] = 5;
        o[3] = 10;
        BinaryPrimitives.WriteUInt32BigEndian(o.AsSpan(4), left);
        BinaryPrimitives.WriteUInt32BigEndian(o.AsSpan(8), right);
        return o;
    }

    /// <summary>SACK edges relative to the server's ISN (for a SACK the client sends about server data).</summary>
    public static byte[] SackOfServerData(uint left, uint right) => Sack(ServerIsn + left, ServerIsn + right);

    public byte[] ToPcap()
    {
        using var stream = new MemoryStream();
        var header = new byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xA1B2C3D4);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), 262144);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), 1);
        stream.Write(header);
        var record = new byte[16];
        foreach (var (packet, micros) in _packets)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)(FirstSecond + micros / 1_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), (uint)(micros % 1_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(8), (uint)packet.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(12), (uint)packet.Length);
            stream.Write(record);
            stream.Write(packet);
        }
        return stream.ToArray();
    }
}
