using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Protocols.Ftp;
using Sniffer.Dissectors.Protocols.Imf;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Pop;

/// <summary>
/// POP3 as packet-pop.c dissects it: each TCP segment is one message. A client line is a command and its parameter, a
/// server line starting +OK or -ERR a reply (indicator and description), the other lines of either follow as data. Any
/// other server segment is a DATA fragment of the message a RETR or TOP asked for: the fragments are put together until
/// the length the +OK reply announced is reached, and the message goes to the Internet Message Format dissector.
/// </summary>
public sealed class PopDissector(ServicePorts ports) : IStreamDissector
{
    /// <summary>Most DATA bytes held for one message; past it the fragments are let go unshown (memory stays bounded).</summary>
    public const int MaxMessageBytes = 32 << 20;

    public ProtocolDef Protocol => PopFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => false;

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream) => PduBoundary.Complete(pending.Length);

    /// <summary>
    /// packet-pop.c's test for RETR, TOP, USER and PASS lines: the line starts with the word, in any case. For tshark's
    /// credentials list, the parameter of a connection's first USER is the user name and each PASS with a parameter after
    /// it is a credential; a line with a command token starts with it, so the command is tested the same way.
    /// </summary>
    public static bool LineStartsWith(ReadOnlySpan<byte> line, ReadOnlySpan<byte> word)
        => line.Length >= word.Length && Ascii.EqualsIgnoreCase(line[..word.Length], word);

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int at = side.PduSourceOffset;
        var state = side.Conversation.GetState(this, () => new PopConversation());
        bool isRequest = ports.IsRequest(packet, side);
        LineScanner.TryReadLine(pdu, 0, atEnd: true, out var first);
        var line = pdu[..first.Length];
        bool isContinuation = !isRequest && !line.StartsWith("+OK"u8) && !line.StartsWith("-ERR"u8);

        packet.Columns.Protocol = Protocol.ShortName;
        packet.AddProtocolName(Protocol.Abbrev);
        var info = packet.Columns.Info;
        if (info.Enabled)
        {
            if (isContinuation)
            {
                info.Set("S: DATA fragment, ");
                info.Append(pdu.Length);
                info.Append(pdu.Length == 1 ? " byte" : " bytes");
            }
            else
            {
                FtpDissector.SetInfo(info, isRequest ? "C: " : "S: ", line);
            }
        }
        int pop = tree.AddNode(-1, Protocol, source, at, pdu.Length);

        if (isContinuation)
        {
            AddFragment(pdu, side, packet, source, at, pop, state);
            return;
        }

        var lineField = isRequest ? PopFields.Request : PopFields.Response;
        int reqresp = tree.AddString(pop, lineField, source, at, first.FullLength, "");
        TextTree.SetFormattedText(tree, reqresp, pdu[..first.FullLength]);

        int space = line.IndexOf((byte)' ');
        int tokenLength = space < 0 ? line.Length : space;
        int nextToken = tokenLength;
        while (nextToken < line.Length && line[nextToken] == ' ')
            nextToken++;
        if (tokenLength != 0)
        {
            TextTree.AddAsciiValue(tree, reqresp, isRequest ? PopFields.RequestCommand : PopFields.ResponseIndicator, source, at, line[..tokenLength]);
            if (isRequest)
            {
                if (LineStartsWith(line, "RETR"u8) || LineStartsWith(line, "TOP"u8))
                    state.MessageRequested = true;
            }
            else if (state.MessageRequested)
            {
                if (LineStartsWith(line, "+OK "u8) && line.Length > 4)
                {
                    state.MessageReadLength = 0;
                    state.MessageTotalLength = 0;
                    if (TryReadLength(line, out uint total))
                        state.MessageTotalLength = total;
                    else
                        tree.AddExpert(reqresp, PopFields.TotalLengthInvalid, source, at, first.FullLength);
                }
                state.MessageRequested = false;
            }
        }
        else
        {
            nextToken = 0;
        }

        var rest = line[nextToken..];
        if (!rest.IsEmpty)
        {
            TextTree.AddAsciiValue(tree, reqresp, isRequest ? PopFields.RequestParameter : PopFields.ResponseDescription, source, at + nextToken, rest);
        }

        var dataField = isRequest ? PopFields.RequestData : PopFields.ResponseData;
        int offset = first.Next;
        while (offset < pdu.Length && LineScanner.TryReadLine(pdu, offset, atEnd: true, out var next) == LineStatus.Complete)
        {
            int item = tree.AddString(pop, dataField, source, at + offset, next.FullLength, "");
            TextTree.SetFormattedText(tree, item, pdu.Slice(offset, next.FullLength));
            offset = next.Next;
        }
    }

    /// <summary>sscanf(line, "%*s %u %*s"): the number after the first word.</summary>
    private static bool TryReadLength(ReadOnlySpan<byte> line, out uint total)
    {
        total = 0;
        int i = 0;
        while (i < line.Length && IsSpace(line[i]))
            i++;
        while (i < line.Length && !IsSpace(line[i]))
            i++;
        while (i < line.Length && IsSpace(line[i]))
            i++;
        bool negative = false;
        if (i < line.Length && (line[i] == '+' || line[i] == '-'))
            negative = line[i++] == '-';
        if (i >= line.Length || line[i] is < (byte)'0' or > (byte)'9')
            return false;
        ulong value = 0;
        while (i < line.Length && line[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = Math.Min(value * 10 + (ulong)(line[i] - '0'), uint.MaxValue);
            i++;
        }
        total = negative ? unchecked((uint)-(long)value) : (uint)value;
        return true;
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';

    /// <summary>
    /// fragment_add_seq_next: the segment joins the message being put together; when the announced length is reached
    /// (or none was announced) the message is complete, shown with the list of its fragments, and handed to IMF.
    /// </summary>
    private static void AddFragment(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source, int at, int pop, PopConversation state)
    {
        var tree = packet.Tree;
        state.MessageReadLength += pdu.Length;
        bool more = state.MessageReadLength < state.MessageTotalLength;
        if (state.FragmentBytes.Length + pdu.Length > MaxMessageBytes)
        {
            // A message larger than any mailbox holds: let it go rather than hold it.
            state.Fragments.Clear();
            state.FragmentBytes.SetLength(0);
            state.MessageReadLength = state.MessageTotalLength = 0;
            return;
        }
        if (more || state.Fragments.Count > 0)
        {
            state.Fragments.Add((side.CurrentFrame, pdu.Length));
            state.FragmentBytes.Write(pdu);
        }
        if (more)
        {
            // process_reassembled_data in a second pass (-2): a fragment of a message completed later links to it.
            if (packet.Annotations is { FirstPassEnded: true } notes && notes.TryGet(side.CurrentFrame, PopFields.DataReassembledIn, out ulong completedIn))
                tree.Add(pop, PopFields.DataReassembledIn, source, at, 0, completedIn, NodeFlags.Generated);
            return;
        }

        int messageSource = source, messageOffset = at;
        ReadOnlySpan<byte> message = pdu;
        if (state.Fragments.Count > 1)
        {
            message = state.FragmentBytes.GetBuffer().AsSpan(0, (int)state.FragmentBytes.Length);
            messageSource = tree.AddDataSource("Reassembled DATA", message);
            messageOffset = 0;
            WriteFragments(tree, pop, messageSource, message.Length, state.Fragments);
            if (packet.Annotations is { FirstPassEnded: false } notes)
                foreach (var (frame, _) in state.Fragments)
                    if (frame != side.CurrentFrame)
                        notes.Note(frame, PopFields.DataReassembledIn, (ulong)side.CurrentFrame);
        }
        state.Fragments.Clear();
        state.MessageReadLength = state.MessageTotalLength = 0;
        ImfDissector.Dissect(packet, messageSource, messageOffset, message);
        state.FragmentBytes.SetLength(0);
    }

    /// <summary>show_fragment_seq_tree with POP's DATA fragment fields, under the POP item.</summary>
    private static void WriteFragments(FieldTree tree, int parent, int source, int length, List<(long Frame, int Length)> fragments)
    {
        int node = tree.AddNode(parent, PopFields.DataFragments, source, 0, length, NodeFlags.Generated);
        var label = tree.BuildsText ? new StringBuilder() : null;
        label?.Append(fragments.Count).Append(" DATA fragments (").Append(length).Append(length == 1 ? " byte): " : " bytes): ");
        int position = 0;
        for (int i = 0; i < fragments.Count; i++)
        {
            var (frame, used) = fragments[i];
            int item = tree.Add(node, PopFields.DataFragment, source, position, used, (ulong)frame, NodeFlags.Generated);
            if (label is not null)
            {
                label.Append(i > 0 ? ", #" : "#").Append(frame).Append('(').Append(used).Append(')');
                tree.SetText(item, $"Frame: {frame}, payload: {position}-{position + used - 1} ({used} byte{(used == 1 ? "" : "s")})");
            }
            position += used;
        }
        if (label is not null && node >= 0)
            tree.SetText(node, label.ToString());
        tree.Add(node, PopFields.DataFragmentCount, source, 0, 0, (ulong)fragments.Count, NodeFlags.Generated);
        tree.Add(node, PopFields.DataReassembledLength, source, 0, 0, (ulong)length, NodeFlags.Generated);
    }
}
