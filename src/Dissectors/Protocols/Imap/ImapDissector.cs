using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Protocols.Ftp;
using Sniffer.Dissectors.Protocols.Imf;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Imap;

/// <summary>
/// IMAP4 as packet-imap.c dissects it: whole lines only (a segment that ends inside a line waits for the next), each
/// line shown with its tag, command or status; untagged "*" lines as they are, except a FETCH reply carrying a message
/// literal ({size}), which waits until the literal and its closing parenthesis are there and hands the message to IMF.
/// LOGIN's user name and password are items of their own; a tagged reply names the request with its tag.
/// </summary>
public sealed class ImapDissector(ServicePorts ports) : IStreamDissector
{
    public ProtocolDef Protocol => ImapFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => false;

    /// <summary>The lines that are complete, up to the first that is not (or a FETCH whose literal has not all come).</summary>
    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        // What tshark's tvb holds when it dissects these lines: the IMAP item covers it all, the incomplete tail too.
        side.Scan.Value1 = pending.Length;
        // Linear in the bytes: tshark asks for one more segment each time, so a long line or literal is looked at again
        // only where new bytes could change the answer (a line end after what was examined, the literal's known length).
        if (side.Scan.Phase == WaitingForLineEnd && pending[Math.Max(0, side.Scan.Examined - 1)..].IndexOfAny(TextBytes.Cr, TextBytes.Lf) < 0)
        {
            side.Scan.Examined = pending.Length;
            return PduBoundary.NeedMore();
        }
        if (side.Scan.Phase == WaitingForLiteral && pending.Length < side.Scan.Value2)
            return PduBoundary.NeedMore();
        if (side.Scan.Phase == WaitingForFetch && pending[Math.Max(0, side.Scan.Examined - 1)..].IndexOfAny("(){}\r\n"u8) < 0)
        {
            side.Scan.Examined = pending.Length;
            return PduBoundary.NeedMore();
        }
        int offset = 0;
        while (offset < pending.Length)
        {
            if (LineScanner.TryReadLine(pending, offset, atEnd: false, out var line) != LineStatus.Complete)
            {
                if (offset > 0)
                    return PduBoundary.Complete(offset);
                side.Scan.Phase = WaitingForLineEnd;
                side.Scan.Examined = pending.Length;
                return PduBoundary.NeedMore();
            }
            int next = line.Next;
            if (pending[offset] == '*')
            {
                var fetch = ExamineFetch(pending, offset, next);
                if (fetch.NeedMore)
                {
                    if (offset > 0)
                        return PduBoundary.Complete(offset);
                    side.Scan.Phase = fetch.LiteralLength > 0 ? WaitingForLiteral : WaitingForFetch;
                    side.Scan.Value2 = fetch.LiteralLength > 0 ? fetch.Next : 0;
                    side.Scan.Examined = pending.Length;
                    return PduBoundary.NeedMore();
                }
                next = fetch.Next;
            }
            offset = next;
        }
        return PduBoundary.Complete(pending.Length);
    }

    private const int WaitingForLineEnd = 1, WaitingForLiteral = 2, WaitingForFetch = 3;

    /// <summary>
    /// A PDU still waiting for its end: tshark has already added the IMAP item (with its hidden direction) before it asked
    /// for more, unless lines this segment completed put one there. The item covers what it was given.
    /// </summary>
    public void DescribeIncomplete(ReadOnlySpan<byte> pending, StreamSide side, PacketContext packet)
    {
        var tree = packet.Tree;
        if (tree.Contains(Protocol) || LineScanner.TryReadLine(pending, 0, atEnd: false, out _) != LineStatus.Complete)
            return;
        packet.AddProtocolName(Protocol.Abbrev);
        var frame = tree.SourceBytes(0);
        bool inFrame = frame.EndsWith(pending);
        int at = inFrame ? frame.Length - pending.Length : 0;
        var flags = !inFrame && pending.Length > frame.Length ? NodeFlags.NoSource : NodeFlags.None;
        int imap = tree.AddNode(-1, Protocol, 0, at, pending.Length, flags);
        tree.Add(imap, ImapFields.IsRequest, 0, at, 0, ports.IsRequest(packet, side) ? 1UL : 0UL, NodeFlags.Hidden | flags);
    }

    /// <summary>What dissect_imap_fetch decides about an untagged line.</summary>
    private readonly record struct FetchLine(bool IsFetch, bool NeedMore, int Next, int LiteralStart, int LiteralLength);

    /// <summary>
    /// An untagged line whose first three tokens include FETCH (compared as packet-imap.c does, over the token's length):
    /// complete when the '(' has either a {size} literal followed by a ')' or no literal and a line end.
    /// </summary>
    private static FetchLine ExamineFetch(ReadOnlySpan<byte> data, int offset, int lineNext)
    {
        int next = offset, count = 0;
        Span<(int Start, int End)> tokens = stackalloc (int, int)[3];
        do
        {
            int start = next + 1;
            if (start > lineNext)
                break;
            int ws = data[start..lineNext].IndexOfAny(" \t\r\n"u8);
            next = ws < 0 ? -1 : start + ws;
            if (next > start)
                tokens[count++] = (start, next);
        }
        while (next != -1 && count < 3);
        if (count < 2)
            return new FetchLine(false, false, lineNext, 0, 0);
        for (int t = 0; t < count; t++)
        {
            var token = data[tokens[t].Start..tokens[t].End];
            if (token.Length > 5 || !Ascii.EqualsIgnoreCase(token, "FETCH"u8[..token.Length]))
                continue;
            return Fetch(data, tokens[t].End, lineNext);
        }
        return new FetchLine(false, false, lineNext, 0, 0);
    }

    private static FetchLine Fetch(ReadOnlySpan<byte> data, int fetchOffset, int lineNext)
    {
        var needMore = new FetchLine(true, true, lineNext, 0, 0);
        int open = data[fetchOffset..].IndexOf((byte)'(');
        if (open < 0)
            return needMore;
        open += fetchOffset;
        int remaining = data.Length - (open + 1);
        if (remaining <= 0)
            return needMore;
        int sizeStart = data.Slice(open, Math.Min(remaining, data.Length - open)).IndexOf((byte)'{');
        if (sizeStart >= 0)
        {
            sizeStart += open;
            int searchLength = Math.Min(remaining - (sizeStart - open), data.Length - (sizeStart + 1));
            if (searchLength <= 0)
                return needMore;
            int sizeEnd = data.Slice(sizeStart + 1, searchLength).IndexOf((byte)'}');
            if (sizeEnd < 0)
                return needMore;
            sizeEnd += sizeStart + 1;
            if (!TryParseSize(data[(sizeStart + 1)..sizeEnd], out uint size))
                return needMore;
            long after = (long)sizeEnd + size;
            long literalEnd = lineNext + (long)size;
            // Nothing can complete before both the byte after "}" + size and the literal's end are there.
            var waitForLiteral = new FetchLine(true, true, (int)Math.Min(int.MaxValue, Math.Max(after + 1, literalEnd)), lineNext, (int)Math.Min(size, int.MaxValue));
            if (after >= data.Length || literalEnd > data.Length)
                return waitForLiteral;
            if (data[(int)after..].IndexOf((byte)')') < 0)
                return needMore;
            return new FetchLine(true, false, (int)literalEnd, lineNext, (int)size);
        }
        // No literal: the line ends (from the parenthesis on) where it ends.
        if (LineScanner.TryReadLine(data, open, atEnd: false, out var line) != LineStatus.Complete)
            return needMore;
        return new FetchLine(true, false, line.Next, 0, -1);
    }

    /// <summary>ws_strtou32: decimal digits only, no sign, no overflow.</summary>
    private static bool TryParseSize(ReadOnlySpan<byte> text, out uint size)
    {
        size = 0;
        if (text.IsEmpty)
            return false;
        ulong v = 0;
        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
                return false;
            v = v * 10 + (ulong)(b - '0');
            if (v > uint.MaxValue)
                return false;
        }
        size = (uint)v;
        return true;
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int at = side.PduSourceOffset;
        var state = side.Conversation.GetState(this, () => new ImapConversation());
        bool isRequest = ports.IsRequest(packet, side);
        packet.Columns.Protocol = Protocol.ShortName;
        packet.AddProtocolName(Protocol.Abbrev);
        int itemLength = pdu.Length;
        if (side.Scan.Value1 > pdu.Length && at + side.Scan.Value1 <= tree.SourceBytes(source).Length)
            itemLength = (int)side.Scan.Value1;
        int imap = tree.AddNode(-1, Protocol, source, at, itemLength);
        tree.Add(imap, ImapFields.IsRequest, source, at, 0, isRequest ? 1UL : 0UL, NodeFlags.Hidden);

        bool firstLine = true;
        int offset = 0, lastLineLength = 0;
        while (offset < pdu.Length)
        {
            LineScanner.TryReadLine(pdu, offset, atEnd: true, out var line);
            int lineLength = line.Length;
            int next = line.Next;
            lastLineLength = lineLength;
            if (pdu[offset] == '*')
            {
                bool showLine = true;
                var fetch = ExamineFetch(pdu, offset, next);
                if (fetch.IsFetch && !fetch.NeedMore)
                {
                    showLine = false;
                    TextTree.AddAsciiValue(tree, imap, ImapFields.Line, source, at + offset, pdu[offset..next]);
                    if (fetch.LiteralLength >= 0)
                    {
                        firstLine = false;
                        ImfDissector.Dissect(packet, source, at + fetch.LiteralStart, pdu.Slice(fetch.LiteralStart, fetch.LiteralLength));
                    }
                    next = fetch.Next;
                }
                if (showLine)
                    TextTree.AddAsciiValue(tree, imap, ImapFields.Line, source, at + offset, pdu[offset..next]);
                offset = next;
                continue;
            }

            if (firstLine)
            {
                if (packet.Columns.Info.Enabled)
                    FtpDissector.SetInfo(packet.Columns.Info, isRequest ? "Request: " : "Response: ", pdu.Slice(offset, lineLength));
                firstLine = false;
            }
            if (!DissectLine(pdu, offset, lineLength, next, isRequest, side, packet, source, at, imap, state))
                return;
            offset = next;
        }
        if (firstLine && packet.Columns.Info.Enabled)
            FtpDissector.SetInfo(packet.Columns.Info, isRequest ? "Request: " : "Response: ", pdu[..Math.Min(lastLineLength, pdu.Length)]);
    }

    /// <summary>A tagged (or continuation) line: tag, command or status, and what the command's arguments name.</summary>
    private static bool DissectLine(ReadOnlySpan<byte> pdu, int offset, int lineLength, int next, bool isRequest, StreamSide side,
        PacketContext packet, int source, int at, int imap, ImapConversation state)
    {
        var tree = packet.Tree;
        int reqresp = TextTree.AddAsciiValue(tree, imap, ImapFields.Line, source, at + offset, pdu[offset..next]);
        if (lineLength != 0)
            TextTree.AddAsciiValue(tree, reqresp, isRequest ? ImapFields.Request : ImapFields.Response, source, at + offset, pdu.Slice(offset, lineLength));

        string? tag = null;
        int tokenLength = Token(pdu, offset, lineLength, out int nextToken);
        if (tokenLength != 0)
        {
            var tagBytes = pdu.Slice(offset, tokenLength);
            tag = AsciiText(tagBytes).ToLowerInvariant();
            TextTree.AddAsciiValue(tree, reqresp, isRequest ? ImapFields.RequestTag : ImapFields.ResponseTag, source, at + offset, tagBytes);
            TextTree.AddAsciiValue(tree, reqresp, ImapFields.Tag, source, at + offset, tagBytes, NodeFlags.Hidden);
            lineLength -= nextToken - offset;
            offset = nextToken;
        }

        tokenLength = Token(pdu, offset, lineLength, out nextToken);
        if (tokenLength != 0)
        {
            var token = pdu.Slice(offset, tokenLength);
            string? command = null;
            int folderOffset = 0, folderLength = 0, folderNext = 0;
            if (isRequest && tokenLength <= 3 && Ascii.EqualsIgnoreCase(token, "UID"u8[..tokenLength]))
            {
                tree.Add(reqresp, ImapFields.RequestUid, source, at + offset, tokenLength, BigEndianValue(token) != 0 ? 1UL : 0UL);
                int uidLength = lineLength - (nextToken - offset);
                int uidOffset = nextToken;
                int uidTokenLength = Token(pdu, nextToken, uidLength, out int uidNext);
                if (uidTokenLength != 0)
                {
                    TextTree.AddAsciiValue(tree, reqresp, ImapFields.RequestCommand, source, at + uidOffset, pdu.Slice(uidOffset, uidTokenLength));
                    TextTree.AddAsciiValue(tree, reqresp, ImapFields.Command, source, at + offset, token, NodeFlags.Hidden);
                    command = AsciiText(pdu.Slice(nextToken, uidTokenLength)).ToLowerInvariant();
                    folderOffset = uidNext;
                    folderLength = Token(pdu, uidNext, lineLength - (uidNext - offset), out folderNext);
                }
            }
            else
            {
                TextTree.AddAsciiValue(tree, reqresp, isRequest ? ImapFields.RequestCommand : ImapFields.ResponseStatus, source, at + offset, token);
                if (isRequest)
                {
                    TextTree.AddAsciiValue(tree, reqresp, ImapFields.Command, source, at + offset, token, NodeFlags.Hidden);
                    command = AsciiText(token).ToLowerInvariant();
                    folderOffset = nextToken;
                    folderLength = Token(pdu, nextToken, lineLength - (nextToken - offset), out folderNext);
                }
            }

            if (!string.IsNullOrEmpty(command))
            {
                if (CommandIsOneOf(command, "select", "examine", "create", "delete", "rename", "subscribe", "unsubscribe", "status", "append", "search"))
                {
                    if (folderLength != 0)
                        TextTree.AddAsciiValue(tree, reqresp, ImapFields.RequestFolder, source, at + folderOffset, pdu.Slice(folderOffset, folderLength));
                }
                else if (lineLength > 0 && CommandIsOneOf(command, "copy"))
                {
                    folderOffset = folderNext;
                    folderLength = Token(pdu, folderOffset, lineLength - (folderOffset - offset), out folderNext);
                    if (folderLength != 0)
                        TextTree.AddAsciiValue(tree, reqresp, ImapFields.RequestFolder, source, at + folderOffset, pdu.Slice(folderOffset, folderLength));
                }
                else if (CommandIsOneOf(command, "login"))
                {
                    int userOffset = nextToken;
                    int userLength = Token(pdu, nextToken, lineLength - (nextToken - offset), out int userNext);
                    TextTree.AddAsciiValue(tree, reqresp, ImapFields.RequestUsername, source, at + userOffset, pdu.Slice(userOffset, userLength));
                    int passwordOffset = userNext;
                    int passwordLength = Token(pdu, userNext, lineLength - (userNext - offset), out _);
                    // packet-imap.c takes the password as quoted: one character off each end. A token shorter than the
                    // quotes asks tvb_get_string_enc for a negative length, an exception: the packet is malformed.
                    int valueLength = passwordLength - 2;
                    if (valueLength < 0 || passwordOffset + 1 + valueLength > pdu.Length)
                    {
                        CommonFields.MarkMalformed(packet, ImapFields.Protocol);
                        return false;
                    }
                    var value = pdu.Slice(passwordOffset + 1, valueLength);
                    TextTree.AddAsciiString(tree, reqresp, ImapFields.RequestPassword, source, at + passwordOffset, passwordLength, value);
                }
            }

            if (!isRequest)
            {
                int commandOffset = nextToken;
                int commandLength = Token(pdu, nextToken, lineLength - (nextToken - offset), out _);
                if (commandLength > 0)
                {
                    var responseCommand = pdu.Slice(commandOffset, commandLength);
                    TextTree.AddAsciiValue(tree, reqresp, ImapFields.ResponseCommand, source, at + commandOffset, responseCommand);
                    TextTree.AddAsciiValue(tree, reqresp, ImapFields.Command, source, at + commandOffset, responseCommand, NodeFlags.Hidden);
                }
            }
        }

        if (tag is not null)
            MatchRequest(tree, reqresp, state, tag, isRequest, side, packet.Annotations);
        return true;
    }

    /// <summary>
    /// imap_match_request: a request is noted; a reply names the latest request with its tag. In a two-pass read (-2) the
    /// first pass notes the reply's frame on the request, which the second pass shows (imap.response_in).
    /// </summary>
    private static void MatchRequest(FieldTree tree, int reqresp, ImapConversation state, string tag, bool isRequest, StreamSide side,
        FrameAnnotations? notes)
    {
        if (isRequest)
        {
            int index = state.AddRequest(tag, side.CurrentFrame, side.CurrentTime);
            if (notes is { FirstPassEnded: true } && notes.TryGet(NoteKey(side.CurrentFrame, index), ImapFields.ResponseIn, out ulong responseFrame))
                tree.Add(reqresp, ImapFields.ResponseIn, 0, 0, 0, responseFrame, NodeFlags.Generated | NodeFlags.NoSource);
            return;
        }
        var request = state.Find(tag, side.CurrentFrame);
        if (request is null)
            return;
        request.ResponseFrame = side.CurrentFrame;
        notes?.Note(NoteKey(request.Frame, request.IndexInFrame), ImapFields.ResponseIn, (ulong)side.CurrentFrame);
        tree.Add(reqresp, ImapFields.ResponseTo, 0, 0, 0, (ulong)request.Frame, NodeFlags.Generated | NodeFlags.NoSource);
        tree.Add(reqresp, ImapFields.Time, 0, 0, 0, unchecked((ulong)(side.CurrentTime - request.Time)), NodeFlags.Generated | NodeFlags.NoSource);
    }

    /// <summary>
    /// Where a request's reply is noted: a frame may hold several requests, each with its own reply, so the key is the
    /// frame and the request's place in it (imap.response_in is noted under no other key).
    /// </summary>
    private static long NoteKey(long frame, int indexInFrame) => frame * 64 + Math.Min(indexInFrame, 63);

    /// <summary>strncmp(command, name, commandlen) == 0: the command is the start of one of the names.</summary>
    private static bool CommandIsOneOf(string command, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            if (command.Length <= name.Length && string.CompareOrdinal(name, 0, command, 0, command.Length) == 0)
                return true;
        return false;
    }

    /// <summary>tvb_get_token_len: the token up to the first space within the line; the next token starts after that space.</summary>
    private static int Token(ReadOnlySpan<byte> data, int offset, int length, out int nextToken)
    {
        if (length <= 0 || offset >= data.Length)
        {
            nextToken = offset;
            return 0;
        }
        length = Math.Min(length, data.Length - offset);
        int space = data.Slice(offset, length).IndexOf((byte)' ');
        if (space < 0)
        {
            nextToken = offset + length;
            return length;
        }
        nextToken = offset + space + 1;
        return space;
    }

    private static ulong BigEndianValue(ReadOnlySpan<byte> bytes)
    {
        ulong v = 0;
        foreach (byte b in bytes[..Math.Min(bytes.Length, 8)])
            v = (v << 8) | b;
        return v;
    }

    private static string AsciiText(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '\uFFFD';
        return new string(chars);
    }
}
