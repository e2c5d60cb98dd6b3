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
        if (tree.BuildsText)
            tree.AppendText(node, string.Create(System.Globalization.CultureInfo.InvariantCulture, $", Src Port: {src}, Dst Port: {dst}"));
        int srcNode = tree.Add(node, UdpFields.SrcPort, 0, offset, 2, src);
        int dstNode = tree.Add(node, UdpFields.DstPort, 0, offset + 2, 2, dst);
        tree.Add(node, UdpFields.Port, 0, offset, 2, src, NodeFlags.Hidden);
        tree.Add(node, UdpFields.Port, 0, offset + 2, 2, dst, NodeFlags.Hidden);
        NoteTraceroute(tree, srcNode, src, offset);
        NoteTraceroute(tree, dstNode, dst, offset + 2);
        int lengthNode = tree.Add(node, UdpFields.Length, 0, offset + 4, 2, (ulong)length);
        int payloadLength = length - UdpHeader;
        if (length < UdpHeader)
        {
            tree.AppendText(lengthNode, " (bogus, must be >= 8)");
            int e = tree.AddExpert(lengthNode, UdpFields.BadLength, 0, offset + 4, 2);
            if (tree.BuildsText)
                tree.SetText(e, $"Bad length value {length} < 8");
            packet.Columns.Info.Set($"{src} \u2192 {dst} [BAD UDP LENGTH {length} < 8]");
            return;
        }
        if (length > declared)
        {
            if (tree.BuildsText)
            {
                tree.AppendText(lengthNode, $" (bogus, payload length {declared})");
                tree.SetText(tree.AddExpert(lengthNode, UdpFields.BadLength, 0, offset + 4, 2), $"Bad length value {length} > IP payload length");
            }
            else
            {
                tree.AddExpert(lengthNode, UdpFields.BadLength, 0, offset + 4, 2);
            }
            payloadLength = declared - UdpHeader;
        }
        ushort checksumValue = BinaryPrimitives.ReadUInt16BigEndian(b[6..]);
        int checksum = tree.Add(node, UdpFields.Checksum, 0, offset + 6, 2, checksumValue);
        if (checksumValue == 0 && (packet.NetworkKind == AddressKind.Ipv4 || packet.InErrorPacket))
        {
            // A zero checksum over IPv4 means "none" (packet-udp.c: " [zero-value ignored]", status under the checksum).
            tree.AppendText(checksum, " [zero-value ignored]");
            tree.Add(checksum, UdpFields.ChecksumStatus, 0, offset + 6, 2, ChecksumStatuses.NotPresent, NodeFlags.Generated);
        }
        else
        {
            tree.AppendText(checksum, " [unverified]");
            tree.Add(node, UdpFields.ChecksumStatus, 0, offset + 6, 0, ChecksumStatuses.Unverified, NodeFlags.Generated);
        }
        var (stream, state) = UdpConversations.Lookup(packet.NetworkSource, src, packet.NetworkDestination, dst, packet.Frame.Timestamp,
            out long firstTime, out long previousTime);
        tree.Add(node, UdpFields.Stream, 0, offset + UdpHeader, 0, (ulong)stream, NodeFlags.Generated);
        // Ports by name when -N t asked for names (packet.AppendPort), as tshark's Info column.
        var info = packet.Columns.Info;
        info.Set("");
        packet.AppendPort(info, src, udp: true);
        info.Append(" \u2192 ");
        packet.AppendPort(info, dst, udp: true);
        info.Append(" Len=");
        if (length > declared)
        {
            info.Append(length - UdpHeader);
            info.Append(" [BAD UDP LENGTH ");
            info.Append(length);
            info.Append(" > IP PAYLOAD LENGTH]");
        }
        else
        {
            info.Append(payloadLength);
        }
        if (length == UdpHeader)
            return;
        if (!packet.InErrorPacket)
        {
            // A datagram quoted in an ICMP error gets no timestamps (packet-udp.c: not in_error_pkt).
            long time = packet.Frame.Timestamp;
            // At the UDP header's offset, where packet-udp.c's zero-length items sit (PDML and EK show the position).
            int timestamps = tree.AddNode(node, TextItem.Field, 0, offset, 0, NodeFlags.Generated);
            tree.SetText(timestamps, "Timestamps");
            tree.Add(timestamps, UdpFields.TimeRelative, 0, offset, 0, (ulong)(time - firstTime), NodeFlags.Generated);
            tree.Add(timestamps, UdpFields.TimeDelta, 0, offset, 0, (ulong)(time - previousTime), NodeFlags.Generated);
        }
        int capturedPayload = Math.Max(0, Math.Min(payloadLength, b.Length - UdpHeader));
        // A quoted datagram whose payload the ICMP error cut off has no payload item.
        int payloadNode = capturedPayload > 0 || !packet.InErrorPacket
            ? tree.AddBytesInPlace(node, UdpFields.Payload, 0, offset + UdpHeader, capturedPayload) : -1;
        if (tree.BuildsText && payloadNode >= 0)
            tree.SetText(payloadNode, string.Concat("UDP payload (", capturedPayload.ToString(System.Globalization.CultureInfo.InvariantCulture),
                capturedPayload == 1 ? " byte)" : " bytes)"));
        if (capturedPayload > 0)
        {
            var payload = b.Slice(UdpHeader, capturedPayload);
            _datagram.Set(src, dst, stream, state, packet.Frame.Number, packet.Frame.Timestamp, inError: packet.InErrorPacket);
            var dissector = _registry.ChooseForUdp(src, dst, payload, _datagram);
            if (dissector is null || !dissector.Dissect(payload, _datagram, packet, 0, offset + UdpHeader))
                CommonFields.AddData(packet, 0, offset + UdpHeader, payload);
        }
    }

    /// <summary>Ports 33435-33464 are traceroute's probes: "Possible traceroute: hop #N, attempt #M" (packet-udp.c).</summary>
    private static void NoteTraceroute(FieldTree tree, int portNode, ushort port, int offset)
    {
        if (port <= 32768 + 666 || port > 32768 + 666 + 30)
            return;
        int probe = port - 32768 - 666 - 1;
        int e = tree.AddExpert(portNode, UdpFields.PossibleTraceroute, 0, offset, 2);
        if (tree.BuildsText)
            tree.SetText(e, $"Possible traceroute: hop #{probe / 3 + 1}, attempt #{probe % 3 + 1}");
    }
}
