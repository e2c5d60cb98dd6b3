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
            if (conversation.CurrentData is { } current
                && (current.Command is null || (!AnswersOnDataConnection(current.Command) && AnswersOnDataConnection(command))))
            {
                current.Command = command;
                current.CommandFrame = frame;
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
                else
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
            Announce(conversation, frame, "PORT", destinationAddress, 20, announced, 0);
        }
        if (isPasv && !rest.IsEmpty && FtpArguments.TryParsePortPasv(rest, out ip, out port, out position, out ipLength, out portLength))
        {
            tree.Add(reqresp, FtpFields.PassiveIp, source, at + position + 4, ipLength, ip);
            tree.Add(reqresp, FtpFields.PassivePort, source, at + position + 4 + 1 + ipLength, portLength, port);
            Span<byte> announced = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(announced, ip);
            if (!v4 || !sourceAddress.SequenceEqual(announced))
                tree.Add(reqresp, FtpFields.PassiveNat, source, at, 0, 1);
            Announce(conversation, frame, "PASV", announced, port, destinationAddress, 0);
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
                Announce(conversation, frame, "EPRT", sourceAddress, port, address, 0);
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
                Announce(conversation, frame, "EPASV", sourceAddress, port, destinationAddress, 0);
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
    }

    /// <summary>create_and_link_data_conversation: the connection A:portA to B:portB (0 for any) will be FTP-DATA.</summary>
    private void Announce(FtpConversation conversation, long frame, string method, ReadOnlySpan<byte> addressA, ushort portA,
        ReadOnlySpan<byte> addressB, ushort portB)
    {
        var announced = new FtpDataConversation(method, frame, conversation.WorkingDirectory);
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

    /// <summary>cmd_resp_is_data: the commands whose answer comes on the data connection.</summary>
    private static bool AnswersOnDataConnection(string command)
        => command.StartsWith("RETR", StringComparison.Ordinal) || command.StartsWith("STOR", StringComparison.Ordinal)
        || command.StartsWith("STOU", StringComparison.Ordinal) || command.StartsWith("APPE", StringComparison.Ordinal)
        || command.StartsWith("LIST", StringComparison.Ordinal) || command.StartsWith("NLST", StringComparison.Ordinal)
        || command.StartsWith("MLSD", StringComparison.Ordinal);

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
