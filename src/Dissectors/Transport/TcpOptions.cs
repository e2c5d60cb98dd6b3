using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Transport;

/// <summary>TCP's options (tcp_dissect_options): their items, their Info column notes, and what SACK and timestamps tell the analysis.</summary>
internal static class TcpOptions
{
    /// <summary>
    /// The options, as tcp_dissect_options: "Options: (N bytes)" with each option's short name appended, one protocol item per
    /// option with its kind, length and values; the Info column gets MSS=, WS=, SACK_PERM, SLE=/SRE=, TSval=/TSecr=.
    /// </summary>
    internal static void Dissect(FieldTree tree, int node, ReadOnlySpan<byte> options, int offset, InfoColumn info, TcpHalf? fwd, TcpHalf rev,
        int flags, uint ack)
    {
        int opts = tree.AddBytesInPlace(node, TcpFields.Options, 0, offset, options.Length);
        bool text = tree.BuildsText;
        if (text)
            tree.SetText(opts, $"Options: ({options.Length} bytes)");
        int i = 0;
        int nopCount = 0;
        bool eolSeen = false, mssSeen = false;
        while (i < options.Length)
        {
            byte kind = options[i];
            int at = offset + i;
            if (eolSeen && kind != TcpOptionKinds.EndOfList)
            {
                int e = tree.AddExpert(opts, TcpFields.NonZeroBytesAfterEol, 0, at, options.Length - i);
                tree.SetText(e, "Non-zero header padding");
                return;
            }
            if (kind is TcpOptionKinds.EndOfList or TcpOptionKinds.NoOperation)
            {
                var protocol = kind == TcpOptionKinds.EndOfList ? TcpFields.OptionEol : TcpFields.OptionNop;
                if (kind == TcpOptionKinds.NoOperation)
                {
                    // packet-tcp.c tests the alignment within the TCP header (its tvb), not within the frame.
                    if (nopCount == 0 || (TcpHeaderView.MinHeaderLength + i) % 4 != 0)
                    {
                        if (++nopCount == 4)
                            tree.AddExpert(opts, TcpFields.FourNops, 0, 0, 0);
                    }
                    else
                    {
                        nopCount = 0;
                    }
                }
                int item = tree.AddBytesInPlace(opts, protocol, 0, at, 1);
                tree.Add(item, TcpFields.OptionKind, 0, at, 1, kind);
                if (text)
                    tree.AppendText(opts, $", {protocol.ShortName}");
                if (kind == TcpOptionKinds.EndOfList)
                    eolSeen = true;
                i++;
                continue;
            }
            var optionProtocol = kind switch
            {
                TcpOptionKinds.MaximumSegmentSize => TcpFields.OptionMss,
                TcpOptionKinds.WindowScale => TcpFields.OptionWindowScale,
                TcpOptionKinds.SackPermitted => TcpFields.OptionSackPerm,
                TcpOptionKinds.Sack => TcpFields.OptionSack,
                TcpOptionKinds.Timestamps => TcpFields.OptionTimestamp,
                _ => TcpFields.OptionUnknown,
            };
            string name = optionProtocol == TcpFields.OptionUnknown ? $"Unknown (0x{kind:x2})" : optionProtocol.ColumnName;
            int remaining = options.Length - i - 1;
            if (remaining == 0)
            {
                int e = tree.AddExpert(opts, TcpFields.OptionLengthInvalid, 0, at, 1);
                if (text)
                    tree.SetText(e, name + " (length byte past end of options)");
                return;
            }
            int len = options[i + 1];
            if (len < 2)
            {
                int e = tree.AddExpert(opts, TcpFields.OptionLengthInvalid, 0, at, 2);
                if (text)
                    tree.SetText(e, $"{name} (with too-short option length = {len} byte{(len == 1 ? "" : "s")})");
                return;
            }
            if (len - 2 > remaining - 1)
            {
                int e = tree.AddExpert(opts, TcpFields.OptionLengthInvalid, 0, at, remaining);
                if (text)
                    tree.SetText(e, $"{name} (option length = {len} byte{(len == 1 ? "" : "s")} says option goes past end of options)");
                return;
            }
            var o = options.Slice(i, len);
            int n = tree.AddBytesInPlace(opts, optionProtocol, 0, at, len);
            tree.Add(n, TcpFields.OptionKind, 0, at, 1, kind);
            int lengthNode = tree.Add(n, TcpFields.OptionLen, 0, at + 1, 1, (ulong)len);
            switch (kind)
            {
                case TcpOptionKinds.MaximumSegmentSize:
                    mssSeen = true;
                    if ((flags & TcpFlagBits.Syn) == 0)
                        tree.AddExpert(n, TcpFields.OptionMssPresent, 0, at, len);
                    if (!CheckOptionLength(tree, lengthNode, len, 4))
                        break;
                    {
                        ushort mss = BinaryPrimitives.ReadUInt16BigEndian(o[2..]);
                        tree.Add(n, TcpFields.OptionMssValue, 0, at + 2, 2, mss);
                        if (text)
                            tree.AppendText(n, $": {mss} bytes");
                        info.Append(" MSS=");
                        info.Append(mss);
                    }
                    break;
                case TcpOptionKinds.WindowScale:
                    if (!CheckOptionLength(tree, lengthNode, len, 3))
                        break;
                    {
                        byte shift = o[2];
                        int shiftNode = tree.Add(n, TcpFields.OptionWindowScaleShift, 0, at + 2, 1, shift);
                        int used = shift;
                        if (shift > 14)
                        {
                            used = 14;
                            tree.AddExpert(shiftNode, TcpFields.OptionWindowScaleShiftInvalid, 0, at + 2, 1);
                        }
                        tree.Add(n, TcpFields.OptionWindowScaleMultiplier, 0, at + 2, 1, 1UL << used, NodeFlags.Generated);
                        if (text)
                            tree.AppendText(n, $": {shift} (multiply by {1 << used})");
                        info.Append(" WS=");
                        info.Append(1L << used);
                    }
                    break;
                case TcpOptionKinds.SackPermitted:
                    info.Append(" SACK_PERM");
                    CheckOptionLength(tree, lengthNode, len, 2);
                    break;
                case TcpOptionKinds.Sack:
                    DissectSack(tree, n, o, at, info, fwd, rev, ack);
                    break;
                case TcpOptionKinds.Timestamps:
                    if (!CheckOptionLength(tree, lengthNode, len, 10))
                        break;
                    {
                        uint tsval = BinaryPrimitives.ReadUInt32BigEndian(o[2..]);
                        uint tsecr = BinaryPrimitives.ReadUInt32BigEndian(o[6..]);
                        tree.Add(n, TcpFields.OptionTsval, 0, at + 2, 4, tsval);
                        tree.Add(n, TcpFields.OptionTsecr, 0, at + 6, 4, tsecr);
                        if (text)
                            tree.AppendText(n, $": TSval {tsval}, TSecr {tsecr}");
                        info.Append(" TSval=");
                        info.Append(tsval);
                        info.Append(" TSecr=");
                        info.Append(tsecr);
                    }
                    break;
                default:
                    if (len > 2)
                        tree.AddBytesInPlace(n, TcpFields.OptionUnknownPayload, 0, at + 2, len - 2);
                    break;
            }
            if (text)
                tree.AppendText(opts, $", {name}");
            i += len;
        }
        if ((flags & TcpFlagBits.Syn) != 0 && !mssSeen)
            tree.AddExpert(opts, TcpFields.OptionMssAbsent, 0, 0, 0);
    }

    /// <summary>tcp_option_len_check: a wrong length is an expert note on the Length item, and the option's values are skipped.</summary>
    private static bool CheckOptionLength(FieldTree tree, int lengthNode, int length, int expected)
    {
        if (length == expected)
            return true;
        int e = tree.AddExpert(lengthNode, TcpFields.OptionLengthInvalid, 0, 0, 0);
        if (tree.BuildsText)
            tree.SetText(e, $"option length should be {expected}");
        return false;
    }

    /// <summary>The SACK blocks; <paramref name="fwd"/>, when given, keeps their raw edges for the peer's bytes in flight (SACKed bytes have arrived).</summary>
    private static void DissectSack(FieldTree tree, int n, ReadOnlySpan<byte> o, int at, InfoColumn info, TcpHalf? fwd, TcpHalf rev, uint ack)
    {
        uint baseSeq = rev.BaseSeqSet ? rev.BaseSeq : 0;
        bool text = tree.BuildsText;
        int ranges = 0;
        uint firstRight = 0, secondLeft = 0, secondRight = 0;
        int e = 2;
        while (e < o.Length)
        {
            if (o.Length - e < 4)
            {
                tree.AddExpert(n, TcpFields.SuboptionMalformed, 0, at + e, o.Length - e);
                break;
            }
            uint left = BinaryPrimitives.ReadUInt32BigEndian(o[e..]) - baseSeq;
            int le = tree.Add(n, TcpFields.OptionSackLeftEdge, 0, at + e, 4, left);
            if (text)
                tree.SetText(le, $"left edge = {left} (relative)");
            if (o.Length - e - 4 < 4)
            {
                tree.AddExpert(n, TcpFields.SuboptionMalformed, 0, at + e, o.Length - e - 4);
                break;
            }
            uint right = BinaryPrimitives.ReadUInt32BigEndian(o[(e + 4)..]) - baseSeq;
            if (fwd is not null && fwd.SackCount < SackEdges.Length)
            {
                fwd.SackLeft[fwd.SackCount] = left + baseSeq;
                fwd.SackRight[fwd.SackCount++] = right + baseSeq;
            }
            int re = tree.Add(n, TcpFields.OptionSackRightEdge, 0, at + e + 4, 4, right);
            if (text)
            {
                tree.SetText(re, $"right edge = {right} (relative)");
                tree.AppendText(n, $" {left}-{right}");
            }
            info.Append(" SLE=");
            info.Append(left);
            info.Append(" SRE=");
            info.Append(right);
            if (ranges == 0)
                firstRight = right;
            else if (ranges == 1)
            {
                secondLeft = left;
                secondRight = right;
            }
            ranges++;
            e += 8;
        }
        tree.Add(n, TcpFields.OptionSackCount, 0, 0, 0, (ulong)ranges, NodeFlags.Generated);
        uint relativeAck = ack - (rev.BaseSeqSet ? rev.BaseSeq : 0);
        // RFC 2883 D-SACK: the first block is already acknowledged, or lies inside the second.
        if (ranges > 0 && (!SeqNumber.GreaterThan(firstRight, relativeAck)
            || (ranges > 1 && SeqNumber.LessThan(secondLeft, firstRight) && !SeqNumber.LessThan(secondRight, firstRight))))
        {
            uint left = BinaryPrimitives.ReadUInt32BigEndian(o[2..]) - baseSeq;
            uint right = BinaryPrimitives.ReadUInt32BigEndian(o[6..]) - baseSeq;
            int dl = tree.Add(n, TcpFields.OptionDsackLeftEdge, 0, at + 2, 4, left, NodeFlags.Generated);
            int dr = tree.Add(n, TcpFields.OptionDsackRightEdge, 0, at + 6, 4, right, NodeFlags.Generated);
            if (text)
            {
                tree.SetText(dl, $"D-SACK Left Edge = {left} (relative)");
                tree.SetText(dr, $"D-SACK Right Edge = {right} (relative)");
            }
            // packet-tcp.c hangs the note under a "D-SACK Sequence" text item over the first block.
            int sequence = tree.AddNode(n, TextItem.Field, 0, at + 2, 8);
            if (text)
                tree.SetText(sequence, "D-SACK Sequence");
            tree.AddExpert(sequence, TcpFields.OptionDsack, 0, at + 2, 8);
        }
    }
}
