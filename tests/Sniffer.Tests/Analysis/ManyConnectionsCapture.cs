using System.Buffers.Binary;
using System.Text;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// Writes a classic pcap (Ethernet, IPv4) of <c>count</c> HTTP/1.1 connections one after another, each a handshake,
/// a GET, a 200 with Content-Length, and FINs both ways — eight frames, seven flow-graph arrows. Client ports cycle
/// through a range so that, past it, later connections reuse the ports of earlier ones. Sequence numbers and times
/// are consistent, so tshark and Sniffer do real TCP analysis on it.
/// </summary>
internal static class ManyConnectionsCapture
{
    public const int FramesPerConnection = 8;
    public const int ArrowsPerConnection = 7;

    public static string Write(string path, int count, int portRange = 30000, int gapMicroseconds = 2_000_000)
    {
        using var file = File.Create(path);
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xa1b2c3d4);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 65535);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1);
        file.Write(header);
        long time = 1_700_000_000L * 1_000_000;
        for (int i = 0; i < count; i++)
        {
            ushort clientPort = (ushort)(20000 + i % portRange);
            uint c = (uint)(1000 + i * 7), s = (uint)(500000 + i * 11);
            var request = Encoding.ASCII.GetBytes($"GET /page{i}.html HTTP/1.1\r\nHost: 10.1.0.2\r\n\r\n");
            var response = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello");
            const byte Syn = 2, Ack = 16, Psh = 8, Fin = 1;
            void Send(bool fromClient, uint seq, uint ack, byte flags, byte[] payload)
            {
                time += 100;
                Packet(file, time, fromClient, clientPort, seq, ack, flags, payload);
            }
            Send(true, c, 0, Syn, []);
            Send(false, s, c + 1, Syn | Ack, []);
            Send(true, c + 1, s + 1, Ack, []);
            Send(true, c + 1, s + 1, Psh | Ack, request);
            Send(false, s + 1, c + 1 + (uint)request.Length, Psh | Ack, response);
            uint cEnd = c + 1 + (uint)request.Length, sEnd = s + 1 + (uint)response.Length;
            Send(true, cEnd, sEnd, Fin | Ack, []);
            Send(false, sEnd, cEnd + 1, Fin | Ack, []);
            Send(true, cEnd + 1, sEnd + 1, Ack, []);
            time += gapMicroseconds;
        }
        return path;
    }

    private static void Packet(Stream file, long micros, bool fromClient, ushort clientPort, uint seq, uint ack, byte flags, byte[] payload)
    {
        int length = 14 + 20 + 20 + payload.Length;
        var p = new byte[16 + length];
        BinaryPrimitives.WriteUInt32LittleEndian(p, (uint)(micros / 1_000_000));
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(4), (uint)(micros % 1_000_000));
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(8), (uint)length);
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(12), (uint)length);
        var f = p.AsSpan(16);
        f[12] = 0x08;
        var ip = f[14..];
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(20 + 20 + payload.Length));
        ip[6] = 0x40;
        ip[8] = 64;
        ip[9] = 6;
        byte[] client = [10, 1, 0, 1], server = [10, 1, 0, 2];
        (fromClient ? client : server).CopyTo(ip[12..]);
        (fromClient ? server : client).CopyTo(ip[16..]);
        var tcp = ip[20..];
        BinaryPrimitives.WriteUInt16BigEndian(tcp, fromClient ? clientPort : (ushort)80);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], fromClient ? (ushort)80 : clientPort);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], seq);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], ack);
        tcp[12] = 5 << 4;
        tcp[13] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], 65535);
        payload.CopyTo(tcp[20..]);
        file.Write(p);
    }
}
