using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Arp;

/// <summary>
/// ARP (RFC 826) as tshark 4.0 shows it: requests, replies, gratuitous ARP, probes and announcements, and its
/// duplicate-address detection (a sender IP seen earlier with another MAC address: "duplicate use of … detected!").
/// One instance per pipeline: the IP→MAC table spans frames and is bounded.
/// </summary>
public sealed class ArpDissector : IPacketDissector
{
    private const int HeaderLength = 8;
    private const int MaxAddresses = 65_536;
    private const ushort Request = 1, Reply = 2;

    private readonly Dictionary<uint, Binding> _bindings = new();

    private sealed class Binding
    {
        public ulong Mac;
        public long Frame;
        public long Seconds;
    }

    public ProtocolDef Protocol => ArpFields.Protocol;

    public int Dissect(PacketContext packet, ReadOnlySpan<byte> frame, int offset, int captured, int declared)
    {
        var tree = packet.Tree;
        var info = packet.Columns.Info;
        packet.AddProtocolName("arp");
        packet.Columns.Protocol = "ARP";
        info.Clear();
        var b = frame.Slice(offset, captured);
        if (b.Length < HeaderLength)
        {
            // tshark shows the header fields that are there, then the exception.
            int top = tree.AddNode(-1, ArpFields.Protocol, 0, offset, b.Length);
            if (b.Length >= 2) tree.Add(top, ArpFields.HwType, 0, offset, 2, BinaryPrimitives.ReadUInt16BigEndian(b));
            if (b.Length >= 4) tree.Add(top, ArpFields.ProtoType, 0, offset + 2, 2, BinaryPrimitives.ReadUInt16BigEndian(b[2..]));
            if (b.Length >= 5) tree.Add(top, ArpFields.HwSize, 0, offset + 4, 1, b[4]);
            if (b.Length >= 6) tree.Add(top, ArpFields.ProtoSize, 0, offset + 5, 1, b[5]);
            CommonFields.MarkTooShort(packet, "ARP");
            return offset + b.Length;
        }
        ushort hrd = BinaryPrimitives.ReadUInt16BigEndian(b), pro = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
        int hln = b[4], pln = b[5];
        ushort op = BinaryPrimitives.ReadUInt16BigEndian(b[6..]);
        int total = HeaderLength + 2 * hln + 2 * pln;
        packet.Columns.Protocol = op switch
        {
            3 or 4 => "RARP",
            5 or 6 or 7 => "DRARP",
            8 or 9 => "Inverse ARP",
            >= 11 and <= 22 => "MARS",
            23 => "MAPOS",
            _ => "ARP",
        };
        int sha = HeaderLength, spa = sha + hln, tha = spa + pln, tpa = tha + hln;
        if (b.Length < total)
        {
            int top = tree.AddNode(-1, ArpFields.Protocol, 0, offset, b.Length);
            AddHeader(tree, top, offset, hrd, pro, hln, pln, op);
            CommonFields.MarkTooShort(packet, packet.Columns.Protocol);
            return offset + b.Length;
        }
        bool ether = (hrd == 1 || hrd == 6) && hln == 6;
        bool ipv4 = (pro == 0x0800 || pro == 0xCC) && pln == 4;

        uint duplicateIp = 0;
        bool duplicate = false;
        _pendingReports.Clear();
        if ((op == Request || op == Reply) && ether && ipv4)
        {
            uint ip = BinaryPrimitives.ReadUInt32BigEndian(b[spa..]);
            var mac = b.Slice(sha, 6);
            if ((mac[0] & 1) == 0 && mac.IndexOfAnyExcept((byte)0) >= 0 && ip != 0)
                duplicate = CheckDuplicate(packet, mac, ip, ref duplicateIp);
            ip = BinaryPrimitives.ReadUInt32BigEndian(b[tpa..]);
            mac = b.Slice(tha, 6);
            if ((mac[0] & 1) == 0 && mac.IndexOfAnyExcept((byte)0) >= 0 && ip != 0 && op != Request && duplicateIp != ip)
                duplicate = CheckDuplicate(packet, mac, ip, ref duplicateIp);
        }

        bool gratuitous = false, probe = false, announcement = false;
        if (op is Request or Reply && b.Slice(spa, pln).SequenceEqual(b.Slice(tpa, pln)))
        {
            gratuitous = true;
            announcement = op == Request && hln >= 6 && b.Slice(tha, 6).IndexOfAnyExcept((byte)0) < 0;
        }
        else if (op == Request && hln >= 6 && b.Slice(tha, 6).IndexOfAnyExcept((byte)0) < 0 && pln >= 4 && BinaryPrimitives.ReadUInt32BigEndian(b[spa..]) == 0)
        {
            probe = true;
        }

        if (info.Enabled)
            SetInfo(packet, b, op, hrd, pro, hln, pln, sha, spa, tha, tpa, gratuitous, probe, announcement);

        int node = tree.AddNode(-1, ArpFields.Protocol, 0, offset, total);
        if (tree.BuildsText)
        {
            string? opName = ArpFields.Opcodes.TryGetValue(op, out var n) ? n : null;
            if (opName is not null)
            {
                if (gratuitous && op == Request) opName = "request/gratuitous ARP";
                if (gratuitous && op == Reply) opName = "reply/gratuitous ARP";
                if (probe) opName = "ARP Probe";
                if (announcement) opName = "ARP Announcement";
                tree.SetText(node, $"Address Resolution Protocol ({opName})");
            }
            else
            {
                tree.SetText(node, $"Address Resolution Protocol (opcode 0x{op:x4})");
            }
        }
        AddHeader(tree, node, offset, hrd, pro, hln, pln, op);
        if (gratuitous)
            tree.Add(node, ArpFields.IsGratuitous, 0, offset, 0, 1, NodeFlags.Generated);
        if (probe)
            tree.Add(node, ArpFields.IsProbe, 0, offset, 0, 1, NodeFlags.Generated);
        if (announcement)
            tree.Add(node, ArpFields.IsAnnouncement, 0, offset, 0, 1, NodeFlags.Generated);
        if (hln != 0)
            tree.AddBytesInPlace(node, ether ? ArpFields.SrcHwMac : ArpFields.SrcHw, 0, offset + sha, hln);
        if (pln != 0)
            AddProtocolAddress(tree, node, ipv4 ? ArpFields.SrcProtoIpv4 : ArpFields.SrcProto, offset + spa, b.Slice(spa, pln), ipv4);
        if (hln != 0)
            tree.AddBytesInPlace(node, ether ? ArpFields.DstHwMac : ArpFields.DstHw, 0, offset + tha, hln);
        if (pln != 0 && op != 7)
            AddProtocolAddress(tree, node, ipv4 ? ArpFields.DstProtoIpv4 : ArpFields.DstProto, offset + tpa, b.Slice(tpa, pln), ipv4);

        // tshark adds the duplicate-address subtree after the ARP item (the protocol hierarchy shows it under arp).
        foreach (var report in _pendingReports)
            AddDuplicateReport(packet, offset, report);
        if (duplicate)
        {
            info.Append(" (duplicate use of ");
            if (info.Enabled)
                info.Append(AddressText.Ipv4(duplicateIp));
            info.Append(" detected!)");
        }
        return offset + total;
    }

    private static void AddHeader(FieldTree tree, int node, int offset, ushort hrd, ushort pro, int hln, int pln, ushort op)
    {
        tree.Add(node, ArpFields.HwType, 0, offset, 2, hrd);
        tree.Add(node, ArpFields.ProtoType, 0, offset + 2, 2, pro);
        tree.Add(node, ArpFields.HwSize, 0, offset + 4, 1, (ulong)hln);
        tree.Add(node, ArpFields.ProtoSize, 0, offset + 5, 1, (ulong)pln);
        tree.Add(node, ArpFields.Opcode, 0, offset + 6, 2, op);
    }

    private static void AddProtocolAddress(FieldTree tree, int node, FieldDef field, int offset, ReadOnlySpan<byte> address, bool ipv4)
    {
        if (ipv4)
            tree.Add(node, field, 0, offset, 4, BinaryPrimitives.ReadUInt32BigEndian(address));
        else
            tree.AddBytesInPlace(node, field, 0, offset, address.Length);
    }

    private static void SetInfo(PacketContext packet, ReadOnlySpan<byte> b, ushort op, ushort hrd, ushort pro, int hln, int pln,
        int sha, int spa, int tha, int tpa, bool gratuitous, bool probe, bool announcement)
    {
        string spaText = ProtocolAddress(b.Slice(spa, pln), pro), tpaText = ProtocolAddress(b.Slice(tpa, pln), pro);
        string shaText = AddressText.Mac(b.Slice(sha, hln)), thaText = AddressText.Mac(b.Slice(tha, hln));
        string Proto(int at) => at == spa ? spaText : tpaText;
        string Hw(int at) => at == sha ? shaText : thaText;
        var info = packet.Columns.Info;
        string text = op switch
        {
            Request when gratuitous && announcement => $"ARP Announcement for {Proto(tpa)}",
            Request when gratuitous => $"Gratuitous ARP for {Proto(tpa)} (Request)",
            Request when probe => $"Who has {Proto(tpa)}? (ARP Probe)",
            Request => $"Who has {Proto(tpa)}? Tell {Proto(spa)}",
            Reply when gratuitous => $"Gratuitous ARP for {Proto(spa)} (Reply)",
            Reply => $"{Proto(spa)} is at {Hw(sha)}",
            3 or 8 or 5 => $"Who is {Hw(tha)}? Tell {Hw(sha)}",
            4 or 6 => $"{Hw(tha)} is at {Proto(tpa)}",
            7 => "DRARP Error",
            9 => $"{Hw(sha)} is at {Proto(spa)}",
            10 => "ARP NAK",
            24 => $"Experimental 1 ( opcode {op} )",
            25 => $"Experimental 2 ( opcode {op} )",
            0 or 65535 => $"Reserved opcode {op}",
            _ => $"Unknown ARP opcode 0x{op:x4}",
        };
        _ = hrd;
        info.Set(text);
    }

    /// <summary>tvb_arpproaddr_to_str: IPv4 dotted, anything else as hex bytes.</summary>
    private static string ProtocolAddress(ReadOnlySpan<byte> address, ushort pro)
    {
        if (address.Length == 4 && (pro == 0x0800 || pro == 0xCC))
            return AddressText.Ipv4(address);
        return address.Length == 0 ? "<No address>" : Convert.ToHexStringLower(address);
    }

    /// <summary>
    /// packet-arp.c's check_for_duplicate_addresses: the first binding of an IP address is kept (refreshed by the same MAC);
    /// another MAC reports the earlier frame and how long ago it was.
    /// </summary>
    private bool CheckDuplicate(PacketContext packet, ReadOnlySpan<byte> mac, uint ip, ref uint duplicateIp)
    {
        ulong key = 0;
        foreach (byte x in mac)
            key = (key << 8) | x;
        long frame = packet.Frame.Number;
        long seconds = Math.DivRem(packet.Frame.Timestamp, 1_000_000_000, out long ns);
        if (ns < 0)
            seconds--;
        if (!_bindings.TryGetValue(ip, out var binding))
        {
            if (_bindings.Count >= MaxAddresses)
                _bindings.Clear();
            _bindings[ip] = new Binding { Mac = key, Frame = frame, Seconds = seconds };
            return false;
        }
        if (frame <= binding.Frame)
            return false;
        if (binding.Mac == key)
        {
            binding.Frame = frame;
            binding.Seconds = seconds;
            return false;
        }
        _pendingReports.Add(new DuplicateReport(ip, key, binding.Mac, binding.Frame, (uint)(seconds - binding.Seconds)));
        duplicateIp = ip;
        return true;
    }

    private readonly record struct DuplicateReport(uint Ip, ulong Mac, ulong EarlierMac, long EarlierFrame, uint Seconds);

    private readonly List<DuplicateReport> _pendingReports = new(2);

    private static void AddDuplicateReport(PacketContext packet, int offset, in DuplicateReport r)
    {
        var tree = packet.Tree;
        int sub = tree.AddNode(-1, TextItem.Field, 0, offset, 0, NodeFlags.Generated);
        if (tree.BuildsText)
            tree.SetText(sub, $"Duplicate IP address detected for {AddressText.Ipv4(r.Ip)} ({MacText(r.Mac)}) - also in use by {MacText(r.EarlierMac)} (frame {r.EarlierFrame})");
        int item = tree.Add(sub, ArpFields.DuplicateAddressFrame, 0, offset, 0, (ulong)r.EarlierFrame, NodeFlags.Generated);
        tree.AddExpert(item, ArpFields.DuplicateAddressDetected, 0, offset, 0,
            tree.BuildsText ? $"Duplicate IP address configured ({AddressText.Ipv4(r.Ip)})" : default);
        tree.Add(sub, ArpFields.SecondsSinceDuplicateAddressFrame, 0, offset, 0, r.Seconds, NodeFlags.Generated);
    }

    private static string MacText(ulong mac)
    {
        Span<byte> bytes = stackalloc byte[6];
        for (int i = 0; i < 6; i++)
            bytes[i] = (byte)(mac >> (40 - 8 * i));
        return AddressText.Mac(bytes);
    }
}
