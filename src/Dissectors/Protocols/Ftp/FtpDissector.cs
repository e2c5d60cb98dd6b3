using System.Buffers;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Protocols.TextLines;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>
/// FTP's control connection as packet-ftp.c dissects it: each TCP segment is one message (no reassembly), its first line
/// is the request (command and argument) or the reply (code and text), the other lines follow as text. PASV, EPSV, PORT
/// and EPRT announce the data connections, handed to <see cref="FtpDataDissector"/> through the run's expected
/// conversations; replies to CWD, CDUP and PWD follow the working directory.
/// </summary>
public sealed class FtpDissector(FtpDataDissector data, ExpectedConversations expected, ServicePorts ports) : IStreamDissector
{
    private const int StackChars = 256;

    public ProtocolDef Protocol => FtpFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction) => false;

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream) => PduBoundary.Complete(pending.Length);

    /// <summary>
    /// What a request's command token means for tshark's credentials list: packet-ftp.c tests PORT, EPRT, USER and PASS
    /// in that order with <see cref="CommandIs"/>, so a token that is the start of PORT is never a USER or PASS.
    /// The user name is the argument of the connection's first USER that has one; a PASS after it is a credential.
    /// </summary>
    public static FtpLogin Login(ReadOnlySpan<byte> token)
    {
        if (CommandIs(token, "PORT"u8) || CommandIs(token, "EPRT"u8))
            return FtpLogin.None;
        if (CommandIs(token, "USER"u8))
            return FtpLogin.User;
        return CommandIs(token, "PASS"u8) ? FtpLogin.Pass : FtpLogin.None;
    }

    /// <summary>
    /// Whether a request's first token names <paramref name="command"/> as packet-ftp.c compares them (tvb_strneql over the
    /// token's length: case-sensitive, and a token that is the start of the command matches too).
    /// </summary>
    public static bool CommandIs(ReadOnlySpan<byte> token, ReadOnlySpan<byte> command)
        => !token.IsEmpty && token.Length <= command.Length && command.StartsWith(token);

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var tree = packet.Tree;
        int at = side.PduSourceOffset;
        var conversation = side.Conversation.GetState(this, () => new FtpConversation());
        bool isRequest = ports.IsRequest(packet, side);
        long frame = side.CurrentFrame;
        // A second pass (-2) reads what the first pass recorded, as packet-ftp.c's visited frames do.
        var notes = packet.Annotations;
        bool secondPass = notes is { FirstPassEnded: true };

        LineScanner.TryReadLine(pdu, 0, atEnd: true, out var first);
        int lineLength = first.Length;
        int nextOffset = first.Next;
        var line = pdu[..lineLength];

        packet.Columns.Protocol = Protocol.ShortName;
        packet.AddProtocolName(Protocol.Abbrev);
        if (packet.Columns.Info.Enabled)
            SetInfo(packet.Columns.Info, isRequest ? "Request: " : "Response: ", line);

        int ftp = tree.AddNode(-1, Protocol, source, at, pdu.Length);
        tree.Add(ftp, FtpFields.Request, source, at, 0, isRequest ? 1UL : 0UL, NodeFlags.Hidden);
        tree.Add(ftp, FtpFields.Response, source, at, 0, isRequest ? 0UL : 1UL, NodeFlags.Hidden);
        int reqresp = TextTree.AddTextLine(tree, ftp, source, at, pdu[..nextOffset]);

        int tokenLength = 0;
        int nextToken;
        bool isPort = false, isEprt = false, isPasv = false, isEpsv = false;
        if (isRequest)
        {
            int space = line.IndexOf((byte)' ');
            tokenLength = space < 0 ? lineLength : space;
            nextToken = space < 0 ? lineLength : space + 1;
            var token = line[..tokenLength];
            if (tokenLength != 0)
            {
                AddText(tree, reqresp, FtpFields.RequestCommand, source, at, token);
                isPort = CommandIs(token, "PORT"u8);
                isEprt = !isPort && CommandIs(token, "EPRT"u8);
            }
            string command = Encoding.UTF8.GetString(line);
            conversation.LastCommand = command;
            conversation.LastCommandFrame = frame;
            // tshark 4.0 gives the data connection announced last the first request after it, whatever the command.
            if (!secondPass && conversation.CurrentData is { Command: null } current)
            {
                current.Command = command;
                current.CommandFrame = frame;
                // ftp_command_to_data_hash: the command frame and the announcing frame show the data connection's
                // summary and the command in a second pass, as the first pass ends it.
                notes?.NoteRecord(frame, FtpFields.CommandFrame, current);
                notes?.NoteRecord(conversation.CurrentDataSetupFrame, FtpFields.CommandFrame, current);
            }
            else if (secondPass && notes!.TryGetConversationRecord(side.Conversation.StreamIndex, FtpFields.SetupFrame, out FtpDataConversation? last)
                && last.Command is null)
            {
                // The second pass starts from the data connection the first pass announced last (packet-ftp.c makes
                // none when visited) and, having no guard there, gives it this request if the first pass gave it none:
                // the request's frame, the announcing frame and that connection's FTP-DATA then show it.
                last.Command = command;
                last.CommandFrame = frame;
                notes.NoteRecord(frame, FtpFields.CommandFrame, last, inSecondPass: true);
                notes.NoteRecord(last.SetupFrame, FtpFields.CommandFrame, last, inSecondPass: true);
            }
        }
        else if (lineLength >= 3 && IsDigit(line[0]) && IsDigit(line[1]) && IsDigit(line[2]))
        {
            uint code = (uint)((line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0'));
            int codeNode = tree.Add(reqresp, FtpFields.ResponseCode, source, at, 3, code);
            isPasv = code == 227;
            isEpsv = code == 229;
            if (code == 250 && conversation.LastCommand is { } last)
            {
                if (last.StartsWith("CWD ", StringComparison.Ordinal))
                    FtpDirectories.ChangeDirectory(conversation, last[4..]);
                else if (last.StartsWith("CDUP", StringComparison.Ordinal))
                    FtpDirectories.ChangeDirectory(conversation, "..");
            }
            if (code == 257 && lineLength >= 4)
            {
                if (FtpDirectories.TryReadQuotedPath(line[4..], out string path))
                    conversation.WorkingDirectory = new FtpPath(path);
                else if (!secondPass) // process_pwd_success runs in the first pass only, and with it its expert
                    tree.AddExpert(codeNode, FtpExperts.PwdResponseInvalid, source, at, 3);
            }
            nextToken = lineLength >= 4 ? 4 : lineLength;
        }
        else
        {
            nextToken = 0; // a line in the middle of a multi-line reply
        }

        int offset = nextToken;
        var rest = line[offset..];
        if (!rest.IsEmpty)
            AddText(tree, reqresp, isRequest ? FtpFields.RequestArg : FtpFields.ResponseArg, source, at + offset, rest);

        var sourceAddress = packet.NetworkSource;
        var destinationAddress = packet.NetworkDestination;
        bool v4 = packet.NetworkKind == AddressKind.Ipv4;
        if (isPort && FtpArguments.TryParsePortPasv(rest, out uint ip, out ushort port, out int position, out int ipLength, out int portLength))
        {
            tree.Add(reqresp, FtpFields.ActiveIp, source, at + position + tokenLength + 1, ipLength, ip);
            tree.Add(reqresp, FtpFields.ActivePort, source, at + position + 1 + tokenLength + 1 + ipLength, portLength, port);
            Span<byte> announced = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(announced, ip);
            if (!v4 || !sourceAddress.SequenceEqual(announced))
                tree.Add(reqresp, FtpFields.ActiveNat, source, at, 0, 1);
            Announce(conversation, notes, side, "PORT", destinationAddress, 20, announced, 0);
        }
        if (isPasv && !rest.IsEmpty && FtpArguments.TryParsePortPasv(rest, out ip, out port, out position, out ipLength, out portLength))
        {
            tree.Add(reqresp, FtpFields.PassiveIp, source, at + position + 4, ipLength, ip);
            tree.Add(reqresp, FtpFields.PassivePort, source, at + position + 4 + 1 + ipLength, portLength, port);
            Span<byte> announced = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(announced, ip);
            if (!v4 || !sourceAddress.SequenceEqual(announced))
                tree.Add(reqresp, FtpFields.PassiveNat, source, at, 0, 1);
            Announce(conversation, notes, side, "PASV", announced, port, destinationAddress, 0);
        }
        if (isEprt)
        {
            if (FtpArguments.TryParseEprt(rest, out uint family, out byte[] address, out port, out int addressLength, out portLength))
            {
                int eprt = tokenLength + 1 + 1;
                tree.Add(reqresp, FtpFields.EprtAddressFamily, source, at + eprt, 1, family);
                eprt += 2;
                if (family == 1)
                    tree.Add(reqresp, FtpFields.EprtIp, source, at + eprt, addressLength, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(address));
                else
                    tree.AddBytes(reqresp, FtpFields.EprtIpv6, source, at + eprt, addressLength, address);
                eprt += addressLength + 1;
                tree.Add(reqresp, FtpFields.EprtPort, source, at + eprt, portLength, port);
                Announce(conversation, notes, side, "EPRT", sourceAddress, port, address, 0);
            }
            else
            {
                AddArgumentExpert(tree, reqresp, FtpExperts.EprtArgsInvalid, source, at, pdu.Length, offset, rest.Length);
            }
        }
        if (isEpsv && !rest.IsEmpty)
        {
            if (FtpArguments.TryParseEpsv(rest, out port, out position, out portLength))
            {
                if (v4)
                    tree.Add(reqresp, FtpFields.EpsvIp, source, at, 0, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(sourceAddress), NodeFlags.Generated);
                else
                    tree.AddBytes(reqresp, FtpFields.EpsvIpv6, source, at, 0, sourceAddress, NodeFlags.Generated);
                tree.Add(reqresp, FtpFields.EpsvPort, source, at + position + 4, portLength, port);
                Announce(conversation, notes, side, "EPASV", sourceAddress, port, destinationAddress, 0);
            }
            else
            {
                AddArgumentExpert(tree, reqresp, FtpExperts.EpsvArgsInvalid, source, at, pdu.Length, offset, rest.Length);
            }
        }

        // The other lines of the message, as text.
        offset = nextOffset;
        while (offset < pdu.Length && LineScanner.TryReadLine(pdu, offset, atEnd: true, out var next) == LineStatus.Complete)
        {
            TextTree.AddTextLine(tree, ftp, source, at + offset, pdu.Slice(offset, next.FullLength));
            offset = next.Next;
        }

        tree.AddString(-1, FtpFields.CurrentWorkingDirectory, source, at, 0, conversation.WorkingDirectory.Value, NodeFlags.Generated);

        if (secondPass && notes!.TryGetRecord(frame, FtpFields.CommandFrame, out FtpDataConversation? answered))
            AddDataSummary(tree, source, at, pdu.Length, frame, answered);
    }

    /// <summary>
    /// What a second pass shows of the data connection a command frame or an announcing frame belongs to: on the command
    /// frame the frames and bytes the connection carried in the first pass (with its duration and bitrate when more than
    /// one frame) and the frame that announced it as the data connection saw it (0 when it carried nothing); on that
    /// announcing frame the command and its frame.
    /// </summary>
    private static void AddDataSummary(FieldTree tree, int source, int at, int length, long frame, FtpDataConversation data)
    {
        if (frame == data.CommandFrame)
        {
            tree.Add(-1, FtpFields.ResponseFrames, source, at, 0, (uint)data.FramesSeen, NodeFlags.Generated);
            tree.Add(-1, FtpFields.ResponseBytes, source, at, 0, (uint)data.BytesSeen, NodeFlags.Generated);
            tree.Add(-1, FtpFields.ResponseFirstFrame, source, at, 0, (ulong)data.FirstFrame, NodeFlags.Generated);
            tree.Add(-1, FtpFields.ResponseLastFrame, source, at, 0, (ulong)data.LastFrame, NodeFlags.Generated);
            if (data.FramesSeen > 1)
            {
                int gapMs = DurationMilliseconds(data.FirstTime, data.LastTime);
                tree.Add(-1, FtpFields.ResponseDuration, source, at, 0, (uint)gapMs, NodeFlags.Generated);
                tree.Add(-1, FtpFields.ResponseBitrate, source, at + length, 0, Kbps((uint)data.BytesSeen, gapMs), NodeFlags.Generated);
            }
            tree.Add(-1, FtpFields.SetupFrame, source, at, 0, (ulong)data.SetupFrameSeen, NodeFlags.Generated);
        }
        if (frame == data.SetupFrameSeen)
        {
            tree.AddString(-1, FtpFields.Command, source, at, 0, data.Command ?? "", NodeFlags.Generated);
            tree.Add(-1, FtpFields.CommandFrame, source, at, 0, (ulong)data.CommandFrame, NodeFlags.Generated);
        }
    }

    /// <summary>
    /// The time from the first to the last frame in milliseconds as packet-ftp.c rounds it: whole seconds times 1000 plus
    /// the nanoseconds' difference rounded half up, with C's division (towards zero) when that difference is negative.
    /// </summary>
    public static int DurationMilliseconds(long firstNs, long lastNs)
    {
        long firstSeconds = Math.DivRem(firstNs, 1_000_000_000L, out long firstNanos);
        if (firstNanos < 0) { firstSeconds--; firstNanos += 1_000_000_000L; }
        long lastSeconds = Math.DivRem(lastNs, 1_000_000_000L, out long lastNanos);
        if (lastNanos < 0) { lastSeconds--; lastNanos += 1_000_000_000L; }
        int seconds = (int)(lastSeconds - firstSeconds);
        int nanoseconds = (int)(lastNanos - firstNanos);
        return seconds * 1000 + (nanoseconds + 500_000) / 1_000_000;
    }

    /// <summary>
    /// The bitrate packet-ftp.c shows, bytes*8 / (ms/1000) / 1000 in doubles converted to an unsigned int as x86-64 does:
    /// through a 64-bit integer, whose out-of-range (and infinite or NaN, as for a 0 ms transfer) value is 2^63, so 0.
    /// </summary>
    public static uint Kbps(uint bytes, int gapMs)
    {
        double kbps = bytes * 8.0 / (gapMs / 1000.0) / 1000;
        if (double.IsNaN(kbps) || kbps >= 9.2233720368547758e18 || kbps < -9.2233720368547758e18)
            return 0;
        return (uint)(long)kbps;
    }

    /// <summary>create_and_link_data_conversation: the connection A:portA to B:portB (0 for any) will be FTP-DATA.</summary>
    /// <remarks>
    /// In a second pass the connection takes the record the first pass announced in this frame (tshark's second pass
    /// finds the conversation its first pass made), so FTP-DATA shows the command as the first pass ended it.
    /// </remarks>
    private void Announce(FtpConversation conversation, FrameAnnotations? notes, StreamSide side, string method, ReadOnlySpan<byte> addressA,
        ushort portA, ReadOnlySpan<byte> addressB, ushort portB)
    {
        long frame = side.CurrentFrame;
        FtpDataConversation? announced = null;
        if (notes is { FirstPassEnded: true })
            notes.TryGetRecord(frame, FtpFields.DataSetupFrame, out announced);
        if (announced is null)
        {
            announced = new FtpDataConversation(method, frame, conversation.WorkingDirectory);
            notes?.NoteRecord(frame, FtpFields.DataSetupFrame, announced);
            notes?.NoteConversationRecord(side.Conversation.StreamIndex, FtpFields.SetupFrame, announced);
        }
        expected.Expect(addressA, portA, addressB, portB, data, announced);
        conversation.CurrentData = announced;
        conversation.CurrentDataSetupFrame = frame;
    }

    /// <summary>
    /// proto_tree_add_expert for a bad EPRT/EPSV argument: an item of its own whose line is the message, with the expert
    /// under it. tshark 4.0 places it one byte into the argument, as long as the argument (clipped to the message).
    /// </summary>
    private static void AddArgumentExpert(FieldTree tree, int parent, ExpertDef expert, int source, int at, int pduLength, int argumentOffset, int length)
    {
        int start = Math.Min(argumentOffset + 1, pduLength);
        length = Math.Min(length, pduLength - start);
        int item = TextTree.AddLabel(tree, parent, source, at + start, length, expert.Name);
        tree.AddExpert(item, expert, source, at + start, 0);
    }

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    /// <summary>A string field as tshark 4.0's FTP adds it (ENC_ASCII: each byte above 0x7F shows as U+FFFD).</summary>
    private static int AddText(FieldTree tree, int parent, FieldDef field, int source, int offset, ReadOnlySpan<byte> value)
        => TextTree.AddAsciiValue(tree, parent, field, source, offset, value);

    /// <summary>Info as col_add_fstr("%s: %s") with the line as format_text shows it.</summary>
    internal static void SetInfo(InfoColumn info, ReadOnlySpan<char> prefix, ReadOnlySpan<byte> line)
    {
        int needed = prefix.Length + DisplayText.MaxFormattedLength(line.Length);
        char[]? rented = null;
        Span<char> chars = needed <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(needed));
        prefix.CopyTo(chars);
        int count = prefix.Length + DisplayText.FormatLine(line, chars[prefix.Length..]);
        info.Set(chars[..count]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
    }
}
