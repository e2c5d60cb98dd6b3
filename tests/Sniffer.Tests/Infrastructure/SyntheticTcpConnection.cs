using System.Buffers.Binary;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Infrastructure;

/// <summary>
/// One TCP connection fed frame by frame straight into a <see cref="PacketDissector"/>, no capture file between:
/// Ethernet, IPv4 and TCP headers with consistent sequence numbers, built in one reused buffer (the dissector keeps no
/// reference to a frame's bytes), so a test can push a million segments through the whole stack cheaply.
/// </summary>
internal sealed class SyntheticTcpConnection
{
    private const byte Fin = 0x01, Syn = 0x02, Psh = 0x08, Ack = 0x10;
    public const int MaxPayload = 65535 - 40;

    private readonly PacketDissector _dissector;
    private readonly byte[] _buffer = new byte[14 + 20 + 20 + MaxPayload];
    private readonly ushort _clientPort, _serverPort;
    private uint _clientSeq = 1000, _serverSeq = 5000;
    private long _frame;

    public SyntheticTcpConnection(PacketDissector dissector, ushort clientPort = 40000, ushort serverPort = 80)
    {
        _dissector = dissector;
        _clientPort = clientPort;
        _serverPort = serverPort;
        Send(StreamDirection.ClientToServer, [], Syn);
        Send(StreamDirection.ServerToClient, [], Syn | Ack);
        Send(StreamDirection.ClientToServer, [], Ack);
    }

    public long Frames => _frame;

    /// <summary>A data segment; the returned context is valid until the next call.</summary>
    public PacketContext Send(StreamDirection direction, ReadOnlySpan<byte> payload) => Send(direction, payload, Psh | Ack);

    public PacketContext Close(StreamDirection direction) => Send(direction, [], Fin | Ack);

    /// <summary>Sends <paramref name="bytes"/> in segments of the given sizes, cycling through them; calls <paramref name="each"/> after each.</summary>
    public void SendInSegments(StreamDirection direction, ReadOnlySpan<byte> bytes, ReadOnlySpan<int> sizes, Action<PacketContext>? each = null)
    {
        int at = 0, k = 0;
        while (at < bytes.Length)
        {
            int length = Math.Min(Math.Min(sizes[k++ % sizes.Length], MaxPayload), bytes.Length - at);
            var packet = Send(direction, bytes.Slice(at, length));
            each?.Invoke(packet);
            at += length;
        }
    }

    private PacketContext Send(StreamDirection direction, ReadOnlySpan<byte> payload, byte flags)
    {
        bool fromClient = direction == StreamDirection.ClientToServer;
        int length = 54 + payload.Length;
        var p = _buffer.AsSpan(0, length);
        p[..54].Clear();
        p[5] = fromClient ? (byte)2 : (byte)1;
        p[11] = fromClient ? (byte)1 : (byte)2;
        p[12] = 0x08;
        var ip = p.Slice(14, 20);
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(40 + payload.Length));
        ip[8] = 64;
        ip[9] = 6;
        ip[12] = 10;
        ip[15] = fromClient ? (byte)1 : (byte)2;
        ip[16] = 10;
        ip[19] = fromClient ? (byte)2 : (byte)1;
        var tcp = p.Slice(34, 20);
        BinaryPrimitives.WriteUInt16BigEndian(tcp, fromClient ? _clientPort : _serverPort);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], fromClient ? _serverPort : _clientPort);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], fromClient ? _clientSeq : _serverSeq);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], (flags & Ack) != 0 ? (fromClient ? _serverSeq : _clientSeq) : 0);
        tcp[12] = 5 << 4;
        tcp[13] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], 65535);
        payload.CopyTo(p[54..]);
        uint advance = (uint)payload.Length + ((flags & (Syn | Fin)) != 0 ? 1u : 0u);
        if (fromClient)
            _clientSeq += advance;
        else
            _serverSeq += advance;
        _frame++;
        var frame = new Frame(_frame, 1_700_000_000_000_000_000L + _frame * 1000, 9, 0, LinkType.Ethernet, length, new ReadOnlyMemory<byte>(_buffer, 0, length));
        return _dissector.Dissect(frame);
    }
}
