using System.Buffers.Binary;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

/// <summary>
/// Builds a small classic pcap of one TCP connection (Ethernet, IPv4, a three-way handshake, data segments
/// and FINs with consistent sequence numbers), so tshark can dissect exactly the segments a
/// <see cref="StreamHarness"/> replays with the same frame numbers and times.
/// </summary>
public sealed class TcpCaptureBuilder
{
    private const byte FlagFin = 0x01, FlagSyn = 0x02, FlagPsh = 0x08, FlagAck = 0x10;
    private static readonly byte[] ClientAddress = [10, 0, 0, 1];
    private static readonly byte[] ServerAddress = [10, 0, 0, 2];
    private const long FirstSecond = 1_700_000_000;

    private readonly List<byte[]> _packets = new();
    private readonly List<long> _times = new();
    private uint _clientSeq = 1000, _serverSeq = 5000;

    public TcpCaptureBuilder(ushort clientPort = 40000, ushort serverPort = 80)
    {
        ClientPort = clientPort;
        ServerPort = serverPort;
        Add(StreamDirection.ClientToServer, FlagSyn, []);
        Add(StreamDirection.ServerToClient, FlagSyn | FlagAck, []);
        Add(StreamDirection.ClientToServer, FlagAck, []);
    }

    public ushort ClientPort { get; }
    public ushort ServerPort { get; }

    /// <summary>The data and FIN segments after the handshake, with the frame numbers they get.</summary>
    public List<CapturedSegment> Segments { get; } = new();

    public TcpCaptureBuilder Request(string ascii) => Send(StreamDirection.ClientToServer, System.Text.Encoding.Latin1.GetBytes(ascii));

    public TcpCaptureBuilder Response(string ascii) => Send(StreamDirection.ServerToClient, System.Text.Encoding.Latin1.GetBytes(ascii));

    public TcpCaptureBuilder Send(StreamDirection direction, byte[] payload)
    {
        long frame = Add(direction, FlagPsh | FlagAck, payload);
        Segments.Add(new CapturedSegment(frame, direction, payload, Fin: false, _times[^1]));
        return this;
    }

    /// <summary>Sends <paramref name="text"/> as segments cut at the given lengths (the rest goes in a last segment).</summary>
    public TcpCaptureBuilder SendInPieces(StreamDirection direction, string text, params int[] pieceLengths)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        int at = 0;
        foreach (int length in pieceLengths)
        {
            Send(direction, bytes[at..(at + length)]);
            at += length;
        }
        if (at < bytes.Length)
            Send(direction, bytes[at..]);
        return this;
    }

    public TcpCaptureBuilder Fin(StreamDirection direction)
    {
        long frame = Add(direction, FlagFin | FlagAck, []);
        Segments.Add(new CapturedSegment(frame, direction, [], Fin: true, _times[^1]));
        return this;
    }

    /// <summary>Plays the segments through a harness with the capture's frame numbers and times.</summary>
    public StreamHarness Replay(IStreamDissector dissector)
    {
        var harness = new StreamHarness(dissector, ClientPort, ServerPort);
        foreach (var s in Segments)
        {
            if (s.Fin)
                harness.Fin(s.Direction, s.Frame, s.Time);
            else
                harness.Send(s.Direction, s.Payload, s.Frame, s.Time);
        }
        return harness;
    }

    /// <summary>The packets as frames in memory (Ethernet, microsecond times), numbered from 1.</summary>
    public List<Sniffer.Dissectors.Model.Frame> ToFrames()
    {
        var frames = new List<Sniffer.Dissectors.Model.Frame>(_packets.Count);
        for (int i = 0; i < _packets.Count; i++)
            frames.Add(new Sniffer.Dissectors.Model.Frame(i + 1, _times[i] / 1000 * 1000, 6, 0, Sniffer.Dissectors.Model.LinkType.Ethernet,
                _packets[i].Length, _packets[i], InterfaceDescribed: false));
        return frames;
    }

    public byte[] ToPcap()
    {
        using var stream = new MemoryStream();
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xA1B2C3D4);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 262144);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1);
        stream.Write(header);
        Span<byte> record = stackalloc byte[16];
        for (int i = 0; i < _packets.Count; i++)
        {
            long ns = _times[i];
            BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)(ns / 1_000_000_000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)(ns % 1_000_000_000 / 1000));
            BinaryPrimitives.WriteUInt32LittleEndian(record[8..], (uint)_packets[i].Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)_packets[i].Length);
            stream.Write(record);
            stream.Write(_packets[i]);
        }
        return stream.ToArray();
    }

    /// <summary>Writes the capture to a temporary file and returns its path (the caller deletes it).</summary>
    public string WriteTemporaryPcap()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-http-{Guid.NewGuid():N}.pcap");
        File.WriteAllBytes(path, ToPcap());
        return path;
    }

    private long Add(StreamDirection direction, byte flags, byte[] payload)
    {
        bool fromClient = direction == StreamDirection.ClientToServer;
        uint seq = fromClient ? _clientSeq : _serverSeq;
        uint ack = fromClient ? _serverSeq : _clientSeq;
        if ((flags & FlagAck) == 0)
            ack = 0;
        int length = 14 + 20 + 20 + payload.Length;
        var p = new byte[length];
        p[5] = fromClient ? (byte)2 : (byte)1;
        p[11] = fromClient ? (byte)1 : (byte)2;
        p[12] = 0x08;
        var ip = p.AsSpan(14, 20);
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(20 + 20 + payload.Length));
        BinaryPrimitives.WriteUInt16BigEndian(ip[4..], (ushort)(_packets.Count + 1));
        ip[8] = 64;
        ip[9] = 6;
        (fromClient ? ClientAddress : ServerAddress).CopyTo(ip[12..]);
        (fromClient ? ServerAddress : ClientAddress).CopyTo(ip[16..]);
        BinaryPrimitives.WriteUInt16BigEndian(ip[10..], Ipv4Checksum(ip));
        var tcp = p.AsSpan(34, 20);
        BinaryPrimitives.WriteUInt16BigEndian(tcp, fromClient ? ClientPort : ServerPort);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], fromClient ? ServerPort : ClientPort);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], seq);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], ack);
        tcp[12] = 5 << 4;
        tcp[13] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], 65535);
        payload.CopyTo(p, 54);
        uint advance = (uint)payload.Length + ((flags & (FlagSyn | FlagFin)) != 0 ? 1u : 0u);
        if (fromClient)
            _clientSeq += advance;
        else
            _serverSeq += advance;
        _packets.Add(p);
        _times.Add((FirstSecond + _packets.Count) * 1_000_000_000L + _packets.Count * 1000L);
        return _packets.Count;
    }

    private static ushort Ipv4Checksum(ReadOnlySpan<byte> header)
    {
        uint sum = 0;
        for (int i = 0; i < header.Length; i += 2)
            sum += BinaryPrimitives.ReadUInt16BigEndian(header[i..]);
        while (sum > 0xFFFF)
            sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)~sum;
    }
}
