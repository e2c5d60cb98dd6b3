using System.Buffers.Binary;

namespace Sniffer.Tests.Tls;

/// <summary>
/// A deliberately crude reader for the small corpus captures, for the TLS crypto tests only (the real readers
/// and reassembler live elsewhere): pcap or pcapng; Ethernet, NULL/Loopback; IPv4/IPv6 without extension
/// headers; TCP. It joins each direction's payload in sequence order and keeps any Decryption Secrets Blocks.
/// These captures have no loss; a gap fails the test that reads them.
/// </summary>
internal sealed class TestCapture
{
    private const uint PcapMagicMicros = 0xA1B2C3D4, PcapMagicNanos = 0xA1B23C4D;
    private const uint SectionHeaderBlock = 0x0A0D0D0A, InterfaceDescriptionBlock = 1, EnhancedPacketBlock = 6,
        DecryptionSecretsBlock = 0x0000000A;
    private const uint ByteOrderMagic = 0x1A2B3C4D;
    private const int LinkNull = 0, LinkEthernet = 1, LinkLoop = 108;
    private const ushort EtherTypeIPv4 = 0x0800, EtherTypeIPv6 = 0x86DD, EtherTypeVlan = 0x8100;
    private const byte ProtocolTcp = 6;
    private const byte TcpSyn = 0x02, TcpAck = 0x10;

    private readonly Dictionary<string, TestConversation> _byKey = [];

    public List<TestConversation> Conversations { get; } = [];

    /// <summary>The payload of each Decryption Secrets Block, with its secrets type.</summary>
    public List<(uint Type, byte[] Data)> DecryptionSecrets { get; } = [];

    public static TestCapture Read(string path)
    {
        var capture = new TestCapture();
        byte[] file = File.ReadAllBytes(path);
        if (BinaryPrimitives.ReadUInt32LittleEndian(file) == SectionHeaderBlock)
            capture.ReadPcapng(file);
        else
            capture.ReadPcap(file);
        foreach (var conversation in capture.Conversations)
            conversation.Reassemble();
        return capture;
    }

    private void ReadPcap(byte[] file)
    {
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(file);
        bool little = magic is PcapMagicMicros or PcapMagicNanos;
        int linkType = (int)U32(file.AsSpan(20), little);
        for (int at = 24; at + 16 <= file.Length;)
        {
            int captured = (int)U32(file.AsSpan(at + 8), little);
            Packet(linkType, file.AsSpan(at + 16, captured));
            at += 16 + captured;
        }
    }

    private void ReadPcapng(byte[] file)
    {
        bool little = true;
        var linkTypes = new List<int>();
        for (int at = 0; at + 12 <= file.Length;)
        {
            var block = file.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(block) == SectionHeaderBlock)
            {
                little = BinaryPrimitives.ReadUInt32LittleEndian(block[8..]) == ByteOrderMagic;
                linkTypes.Clear();
            }
            uint type = U32(block, little);
            int length = (int)U32(block[4..], little);
            var body = block[8..(length - 4)];
            switch (type)
            {
                case InterfaceDescriptionBlock:
                    linkTypes.Add(little ? BinaryPrimitives.ReadUInt16LittleEndian(body) : BinaryPrimitives.ReadUInt16BigEndian(body));
                    break;
                case EnhancedPacketBlock:
                    int captured = (int)U32(body[12..], little);
                    Packet(linkTypes[(int)U32(body, little)], body.Slice(20, captured));
                    break;
                case DecryptionSecretsBlock:
                    int secretsLength = (int)U32(body[4..], little);
                    DecryptionSecrets.Add((U32(body, little), body.Slice(8, secretsLength).ToArray()));
                    break;
            }
            at += length;
        }
    }

    private void Packet(int linkType, ReadOnlySpan<byte> frame)
    {
        ReadOnlySpan<byte> ip;
        if (linkType == LinkEthernet)
        {
            int at = 12;
            ushort etherType = BinaryPrimitives.ReadUInt16BigEndian(frame[at..]);
            if (etherType == EtherTypeVlan)
                etherType = BinaryPrimitives.ReadUInt16BigEndian(frame[(at += 4)..]);
            if (etherType is not (EtherTypeIPv4 or EtherTypeIPv6))
                return;
            ip = frame[(at + 2)..];
        }
        else if (linkType is LinkNull or LinkLoop)
            ip = frame[4..];                                     // the family word's byte order varies; the IP version nibble says enough
        else
            throw new NotSupportedException($"link type {linkType} is not needed by these tests");

        ReadOnlySpan<byte> source, destination, tcp;
        if (ip[0] >> 4 == 4)
        {
            if (ip[9] != ProtocolTcp)
                return;
            int headerLength = (ip[0] & 0x0F) * 4;
            int total = BinaryPrimitives.ReadUInt16BigEndian(ip[2..]);
            source = ip.Slice(12, 4);
            destination = ip.Slice(16, 4);
            tcp = ip[headerLength..total];
        }
        else
        {
            if (ip[6] != ProtocolTcp)
                return;
            int payload = BinaryPrimitives.ReadUInt16BigEndian(ip[4..]);
            source = ip.Slice(8, 16);
            destination = ip.Slice(24, 16);
            tcp = ip.Slice(40, payload);
        }

        ushort sourcePort = BinaryPrimitives.ReadUInt16BigEndian(tcp), destinationPort = BinaryPrimitives.ReadUInt16BigEndian(tcp[2..]);
        uint sequence = BinaryPrimitives.ReadUInt32BigEndian(tcp[4..]);
        int dataOffset = (tcp[12] >> 4) * 4;
        byte flags = tcp[13];
        string from = $"{Convert.ToHexString(source)}:{sourcePort}", to = $"{Convert.ToHexString(destination)}:{destinationPort}";
        string key = string.CompareOrdinal(from, to) < 0 ? from + "-" + to : to + "-" + from;
        if (!_byKey.TryGetValue(key, out var conversation))
        {
            // The SYN's sender is the client; without a SYN (not in these captures) the first sender is.
            conversation = new TestConversation(clientEndpoint: (flags & (TcpSyn | TcpAck)) == (TcpSyn | TcpAck) ? to : from);
            _byKey.Add(key, conversation);
            Conversations.Add(conversation);
        }
        conversation.Add(fromClient: from == conversation.ClientEndpoint, sequence, syn: (flags & TcpSyn) != 0, tcp[dataOffset..].ToArray());
    }

    private static uint U32(ReadOnlySpan<byte> bytes, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
}
