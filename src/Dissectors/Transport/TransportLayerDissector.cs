using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Network;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Transport;

/// <summary>
/// Hands an IP payload to TCP, UDP (and on to the datagram protocol its ports or heuristics name), or to the dissector
/// the registry's ip.proto table names; what no dissector takes is shown as data under its protocol's name.
/// </summary>
public sealed class TransportLayerDissector
{
    private const int UdpHeader = 8;
    private readonly TcpDissector _tcp;
    private readonly DissectorRegistry _registry;
    private readonly DatagramContext _datagram = new();

    public TransportLayerDissector(TcpDissector tcp, DissectorRegistry registry)
    {
        _tcp = tcp;
        _registry = registry;
    }

    /// <summary>UDP conversations (udp.stream numbers and the state of the protocols on them).</summary>
    public UdpConversationTable UdpConversations { get; } = new();

    /// <param name="captured">Bytes of the IP payload present in the frame.</param>
    /// <param name="declared">Bytes the IP header says the payload has.</param>
    public void Dissect(PacketContext packet, ReadOnlySpan<byte> frame, byte protocol, int offset, int captured, int declared)
    {
        switch (protocol)
        {
            case IpProtocols.Tcp:
                _tcp.Dissect(packet, frame, offset, captured, declared);
                break;
            case IpProtocols.Udp:
                DissectUdp(packet, frame, offset, captured, declared);
                break;
            default:
                if (_registry.IpProtocols.Find(protocol) is { } plugin)
                {
                    plugin.Dissect(packet, frame, offset, captured, declared);
                    break;
                }
                string name = IpProtocols.Names.TryGetValue(protocol, out var n) ? n : $"IP protocol {protocol}";
                packet.Columns.Protocol = protocol switch
                {
                    IpProtocols.Icmp => "ICMP",
                    IpProtocols.Icmpv6 => "ICMPv6",
                    IpProtocols.Esp => "ESP",
                    IpProtocols.Ah => "AH",
                    _ => packet.Columns.Protocol,
                };
                packet.Columns.Info.Set($"{name} (not decoded)");
                if (captured > 0)
                    CommonFields.AddData(packet, 0, offset, frame.Slice(offset, captured));
                break;
        }
    }

    private void DissectUdp(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        var b = frame.Slice(offset, captured);
        if (!CommonFields.TryBeginLayer(packet, UdpFields.Protocol, "udp", offset, b.Length, UdpHeader, out int node))
            return;
        ushort src = BinaryPrimitives.ReadUInt16BigEndian(b), dst = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
        int length = BinaryPrimitives.ReadUInt16BigEndian(b[4..]);
        packet.SourcePort = src;
        packet.DestinationPort = dst;
        tree.Add(node, UdpFields.SrcPort, 0, offset, 2, src);
        tree.Add(node, UdpFields.DstPort, 0, offset + 2, 2, dst);
        tree.Add(node, UdpFields.Port, 0, offset, 2, src, NodeFlags.Hidden);
        tree.Add(node, UdpFields.Port, 0, offset + 2, 2, dst, NodeFlags.Hidden);
        tree.Add(node, UdpFields.Length, 0, offset + 4, 2, (ulong)length);
        tree.Add(node, UdpFields.Checksum, 0, offset + 6, 2, BinaryPrimitives.ReadUInt16BigEndian(b[6..]));
        ushort checksum = BinaryPrimitives.ReadUInt16BigEndian(b[6..]);
        tree.Add(node, UdpFields.ChecksumStatus, 0, offset + 6, 0, checksum == 0 ? ChecksumStatuses.NotPresent : ChecksumStatuses.Unverified, NodeFlags.Generated);
        var (stream, state) = UdpConversations.Lookup(packet.NetworkSource, src, packet.NetworkDestination, dst, packet.Frame.Timestamp);
        tree.Add(node, UdpFields.Stream, 0, offset, 0, (ulong)stream, NodeFlags.Generated);
        int payloadLength = length - UdpHeader;
        if (length < UdpHeader || length > declared)
        {
            tree.AddExpert(node, UdpFields.BadLength, 0, offset + 4, 2,
                $"Bad length value {length} {(length < UdpHeader ? "<" : ">")} IP payload length");
            payloadLength = declared - UdpHeader;
        }
        var info = packet.Columns.Info;
        info.Set("");
        packet.AppendPort(info, src, udp: true);
        info.Append(" \u2192 ");
        packet.AppendPort(info, dst, udp: true);
        info.Append(" Len=");
        info.Append(payloadLength);
        int capturedPayload = Math.Min(payloadLength, b.Length - UdpHeader);
        if (capturedPayload > 0)
        {
            var payload = b.Slice(UdpHeader, capturedPayload);
            tree.AddBytesInPlace(node, UdpFields.Payload, 0, offset + UdpHeader, capturedPayload);
            _datagram.Set(src, dst, stream, state, packet.Frame.Number, packet.Frame.Timestamp, inError: packet.InErrorPacket);
            var dissector = _registry.ChooseForUdp(src, dst, payload, _datagram);
            if (dissector is null || !dissector.Dissect(payload, _datagram, packet, 0, offset + UdpHeader))
                CommonFields.AddData(packet, 0, offset + UdpHeader, payload);
        }
    }
}
