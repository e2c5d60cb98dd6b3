using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>
/// The TLS record layer (RFC 5246 §6.2, RFC 8446 §5) over TCP: one PDU per record, several records per
/// segment and records across segments included. Handshake messages are parsed, change_cipher_spec and
/// the TLS 1.3 ServerHello mark where encryption starts in each direction.
/// </summary>
public sealed class TlsDissector : IStreamDissector
{
    private const int RecordHeader = 5;
    /// <summary>RFC 8446 §5.2: 2^14 + 256 for ciphertext; TLS 1.2 allows 2^14 + 2048. Longer is not TLS.</summary>
    private const int MaxRecordPayload = (1 << 14) + 2048;

    public static readonly TlsDissector Instance = new();

    public ProtocolDef Protocol => TlsFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction)
        => firstBytes.Length >= RecordHeader && IsPlausibleHeader(firstBytes);

    private static bool IsPlausibleHeader(ReadOnlySpan<byte> b)
    {
        byte type = b[0];
        if (type is < TlsNames.ChangeCipherSpec or > TlsNames.Heartbeat)
            return false;
        if (b[1] != 3 || b[2] > 4)
            return false;
        int length = BinaryPrimitives.ReadUInt16BigEndian(b[3..]);
        return length is > 0 and <= MaxRecordPayload;
    }

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        if (pending.Length < RecordHeader)
            return pending.Length >= 3 && (pending[0] is < TlsNames.ChangeCipherSpec or > TlsNames.Heartbeat || pending[1] != 3)
                ? PduBoundary.NotMine
                : PduBoundary.NeedMore(RecordHeader);
        if (!IsPlausibleHeader(pending))
            return PduBoundary.NotMine;
        int length = RecordHeader + BinaryPrimitives.ReadUInt16BigEndian(pending[3..]);
        return pending.Length >= length ? PduBoundary.Complete(length) : PduBoundary.NeedMore(length);
    }

    public void DescribeIncomplete(ReadOnlySpan<byte> pending, StreamSide side, PacketContext packet)
    {
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        var session = side.Conversation.GetState(this, static () => new TlsSession());
        var tree = packet.Tree;
        int direction = (int)side.Direction;
        int offset = side.PduSourceOffset;
        byte contentType = pdu[0];
        ushort recordVersion = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        int length = pdu.Length - RecordHeader;
        var fragment = pdu[RecordHeader..];

        bool firstRecordOfFrame = session.NodeFrame != packet.Frame.Number;
        if (firstRecordOfFrame)
        {
            session.NodeFrame = packet.Frame.Number;
            session.Node = tree.AddNode(-1, TlsFields.Protocol, source, offset, pdu.Length);
            packet.AddProtocolName("tls");
            packet.Columns.Info.Clear();
        }
        int record = tree.AddNode(session.Node, TlsFields.Record, source, offset, pdu.Length);
        // A TLS 1.3 record protected by the traffic keys carries an opaque outer type (RFC 8446 §5.2);
        // Wireshark shows it as tls.record.opaque_type and the inner type only once decrypted.
        bool opaque = session.IsTls13 && session.ServerHelloSeen && contentType == TlsNames.ApplicationData;
        tree.Add(record, opaque ? TlsFields.RecordOpaqueType : TlsFields.RecordContentType, source, offset, 1, contentType);
        tree.Add(record, TlsFields.RecordVersion, source, offset + 1, 2, recordVersion);
        tree.Add(record, TlsFields.RecordLength, source, offset + 3, 2, (ulong)length);

        bool encrypted = session.Encrypting[direction] && contentType != TlsNames.ChangeCipherSpec;
        string description;
        switch (contentType)
        {
            case TlsNames.ChangeCipherSpec:
                tree.AddNode(record, TlsFields.ChangeCipherSpec, source, offset + RecordHeader, length);
                description = "Change Cipher Spec";
                if (!session.IsTls13)
                    session.Encrypting[direction] = true;
                break;
            case TlsNames.Alert:
                description = encrypted || length != 2 ? "Encrypted Alert" : DescribeAlert(tree, record, source, offset + RecordHeader, fragment);
                break;
            case TlsNames.Handshake:
                description = encrypted
                    ? "Encrypted Handshake Message"
                    : TlsHandshakeDissector.Dissect(session, direction, tree, record, source, offset + RecordHeader, fragment);
                break;
            case TlsNames.ApplicationData:
                tree.AddBytes(record, TlsFields.AppData, source, offset + RecordHeader, length, fragment);
                description = "Application Data";
                break;
            default:
                description = "Heartbeat";
                break;
        }

        // After a TLS 1.3 ServerHello everything but change_cipher_spec is encrypted, both ways.
        if (session.IsTls13 && session.ServerHelloSeen)
        {
            session.Encrypting[0] = true;
            session.Encrypting[1] = true;
        }

        packet.Columns.Protocol = TlsNames.ColumnName(session.Version != 0 ? session.Version : recordVersion);
        if (firstRecordOfFrame)
            packet.Columns.Info.Set(description);
        else
            packet.Columns.Info.AppendSeparated(", ", description);
    }

    private static string DescribeAlert(FieldTree tree, int record, int source, int offset, ReadOnlySpan<byte> fragment)
    {
        int node = tree.AddNode(record, TlsFields.AlertMessage, source, offset, 2);
        tree.Add(node, TlsFields.AlertLevel, source, offset, 1, fragment[0]);
        tree.Add(node, TlsFields.AlertDescription, source, offset + 1, 1, fragment[1]);
        string level = TlsNames.AlertLevels.TryGetValue(fragment[0], out var l) ? l : $"Unknown ({fragment[0]})";
        string desc = TlsNames.AlertDescriptions.TryGetValue(fragment[1], out var d) ? d : $"Unknown ({fragment[1]})";
        return $"Alert (Level: {level}, Description: {desc})";
    }
}
