using System.Security.Cryptography;
using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>
/// The TLS record layer (RFC 5246 §6.2, RFC 8446 §5) over TCP: one PDU per record, several records per
/// segment and records across segments included. Handshake messages are parsed, change_cipher_spec and
/// the TLS 1.3 ServerHello mark where encryption starts in each direction. With a key log, protected records
/// are decrypted (the tag always verified), decrypted handshake messages are parsed, and decrypted application
/// data goes, as a byte stream per direction, to the protocol chosen by ALPN or heuristic (HTTP), on the frame
/// whose record completes each of its PDUs.
/// </summary>
public sealed class TlsDissector : IStreamDissector, IPduCarrier
{
    private const int RecordHeader = 5;
    /// <summary>RFC 8446 §5.2: 2^14 + 256 for ciphertext; TLS 1.2 allows 2^14 + 2048. Longer is not TLS.</summary>
    private const int MaxRecordPayload = (1 << 14) + 2048;

    private readonly DissectorRegistry _registry;
    /// <summary>One plaintext buffer for every session: records are decrypted one at a time and copied into the tree.</summary>
    private byte[] _plaintext = new byte[(1 << 14) + 2048 + 256];

    public TlsDissector(DissectorRegistry registry, KeyLog? keys, TlsRsaKeys? rsaKeys = null)
    {
        _registry = registry;
        Keys = keys;
        RsaKeys = rsaKeys;
    }

    /// <summary>Servers' RSA private keys (-o uat:rsa_keys / tls.keys_list), or null when none was given.</summary>
    public TlsRsaKeys? RsaKeys { get; }

    /// <summary>The key log in use; a pipeline may add secrets to it while reading (Decryption Secrets Blocks).</summary>
    public KeyLog? Keys { get; }

    public ProtocolDef Protocol => TlsFields.Protocol;

    public bool LooksLikeMine(ReadOnlySpan<byte> firstBytes, StreamDirection direction)
        => firstBytes.Length >= RecordHeader && IsPlausibleHeader(firstBytes);

    /// <summary>
    /// packet-tls.c's heuristic (is_sslv3_or_tls): a Handshake or Application Data record of SSL 3.0 to TLS 1.2 (TLS 1.3
    /// sends 0x0301 or 0x0303 on the wire) whose length is neither 0 nor 2^14 + 2048 or more. A stream caught mid-way
    /// whose first bytes are a Change Cipher Spec or an Alert stays data until a segment that passes comes.
    /// </summary>
    private static bool IsPlausibleHeader(ReadOnlySpan<byte> b)
    {
        if (b[0] is not (TlsNames.Handshake or TlsNames.ApplicationData))
            return false;
        if (b[1] != 3 || b[2] > 3)
            return false;
        int length = BinaryPrimitives.ReadUInt16BigEndian(b[3..]);
        return length is > 0 and < MaxRecordPayload;
    }

    public PduBoundary FindPdu(ReadOnlySpan<byte> pending, StreamSide side, bool endOfStream)
    {
        // dissect_ssl refuses a segment that opens with four printable ASCII characters (text, not TLS: a stream caught
        // in the middle of a certificate's names); TCP shows it as data and the next segment is TLS's again.
        if (side.AtSegmentStart && pending.Length > 4 && IsPrintableAscii(pending[..4]))
            return PduBoundary.NotMine;
        if (pending.Length < RecordHeader)
            return pending.Length >= 3 && (pending[0] is < TlsNames.ChangeCipherSpec or > TlsNames.Heartbeat || pending[1] != 3)
                ? PduBoundary.NotMine
                : PduBoundary.NeedMore(RecordHeader);
        // On a TLS conversation any content type and version tshark knows starts a record, whatever its length (one
        // longer than TLS allows is dissected with an expert note, as tshark does); only the heuristic is strict.
        if (pending[0] is < TlsNames.ChangeCipherSpec or > TlsNames.Heartbeat)
        {
            // No content type: packet-tls.c takes the rest of the segment, as an ignored unknown record or as
            // "Continuation Data" (a stream caught mid-record, as a capture started during a download begins).
            return PduBoundary.Complete(pending.Length);
        }
        if (pending[1] != 3 || pending[2] > 4)
            return PduBoundary.NotMine;
        int length = RecordHeader + BinaryPrimitives.ReadUInt16BigEndian(pending[3..]);
        return pending.Length >= length ? PduBoundary.Complete(length) : PduBoundary.NeedMore(length);
    }

    /// <summary>g_ascii_isprint for each byte.</summary>
    private static bool IsPrintableAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
            if (b is < 0x20 or > 0x7E)
                return false;
        return true;
    }

    /// <summary>
    /// Bytes that start no record (dissect_ssl3_record): in a TLS 1.0–1.2 session an "Ignored Unknown Record" item with
    /// its expert under the frame's "Transport Layer Security" item; in a session of another or unknown version, that
    /// item alone with "Continuation Data" in Info and the version's short name ("SSL" while unknown) as the protocol.
    /// A two-pass read knows the version the session ended with from the start.
    /// </summary>
    private static void WriteUnknownRecord(TlsSession session, PacketContext packet, int source, int offset, int length, bool firstRecordOfFrame)
    {
        var tree = packet.Tree;
        if (firstRecordOfFrame || session.NodeSource != source)
        {
            session.NodeFrame = packet.Frame.Number;
            session.NodeSource = source;
            session.Node = tree.AddNode(-1, TlsFields.Protocol, source, offset, length);
            packet.AddProtocolName("tls");
            if (firstRecordOfFrame)
                packet.Columns.Info.Clear();
        }
        ushort version = session.Version != 0 ? session.Version : session.NegotiatedBeforehand;
        if (version is TlsVersions.Tls10 or TlsVersions.Tls11 or TlsVersions.Tls12)
        {
            int item = Protocols.TextLines.TextTree.AddLabel(tree, session.Node, source, offset, length, TlsFields.IgnoredUnknownRecord.Message);
            tree.AddExpert(item, TlsFields.IgnoredUnknownRecord, source, offset, length);
            if (!firstRecordOfFrame)
                packet.Columns.Info.Append(", ");
            packet.Columns.Info.Append("Ignored Unknown Record");
        }
        else
        {
            packet.Columns.Info.Append("Continuation Data");
        }
        packet.Columns.Protocol = version != 0 ? TlsNames.ColumnName(version) : "SSL";
    }

    /// <summary>
    /// tshark's TLS clears the Info column (up to TCP's fence) each time TCP hands it data: a frame whose first record
    /// is still incomplete reads only "[TCP segment of a reassembled PDU]", after any TCP analysis note. packet-tls.c
    /// has added its "Transport Layer Security" item by then (before it finds the record cut): an empty item over the
    /// rest of the segment, and tls in frame.protocols (so `tls` selects the frame, as in tshark).
    /// </summary>
    public void DescribeIncomplete(ReadOnlySpan<byte> pending, StreamSide side, PacketContext packet)
    {
        bool recordOfThisFrame = side.Conversation.TryGetState<TlsSession>(this, out var session) && session!.NodeFrame == packet.Frame.Number;
        if (!recordOfThisFrame)
            packet.Columns.Info.Clear();
        else if (session!.NodeSource == side.IncompleteSource)
        {
            // A record of this frame, in the same buffer, already made the item and wrote the column. packet-tls.c's item
            // runs to the end of the buffer, so the head of the record still to come is under it too.
            var tree = packet.Tree;
            int end = side.PduSourceOffset + pending.Length;
            if (session.Node >= 0 && tree[session.Node].Source == side.IncompleteSource && end > tree[session.Node].Offset + tree[session.Node].Length)
                tree.SetLength(session.Node, end - tree[session.Node].Offset);
            return;
        }
        if (side.IncompleteSource >= 0)
        {
            packet.Tree.AddNode(-1, TlsFields.Protocol, side.IncompleteSource, side.PduSourceOffset, pending.Length);
            packet.AddProtocolName("tls");
        }
    }

    public void Dissect(ReadOnlySpan<byte> pdu, StreamSide side, PacketContext packet, int source)
    {
        if (!side.Conversation.TryGetState<TlsSession>(this, out var session))
            session = StartSession(side, packet);
        var tree = packet.Tree;
        int offset = side.PduSourceOffset;
        byte contentType = pdu[0];
        ushort recordVersion = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        int length = pdu.Length - RecordHeader;
        var fragment = pdu[RecordHeader..];
        if (contentType == TlsNames.Handshake && IsClientHello(fragment))
            session.ClientHelloSide = (int)side.Direction;
        int direction = SenderSide(session, side, packet);

        bool firstRecordOfFrame = session.NodeFrame != packet.Frame.Number;
        if (contentType is < TlsNames.ChangeCipherSpec or > TlsNames.Heartbeat)
        {
            WriteUnknownRecord(session, packet, source, offset, pdu.Length, firstRecordOfFrame);
            return;
        }
        // packet-tls.c adds one item per buffer TCP hands it: the records of a reassembled PDU, then those that follow in
        // the segment itself, are two "Transport Layer Security" items (and tls twice in frame.protocols).
        if (firstRecordOfFrame || session.NodeSource != source)
        {
            session.NodeFrame = packet.Frame.Number;
            session.NodeSource = source;
            session.Node = tree.AddNode(-1, TlsFields.Protocol, source, offset, pdu.Length);
            packet.AddProtocolName("tls");
            if (firstRecordOfFrame)
                packet.Columns.Info.Clear();
        }
        else if (session.Node >= 0 && tree[session.Node].Source == source && offset + pdu.Length > tree[session.Node].Offset + tree[session.Node].Length)
        {
            // One "Transport Layer Security" item covers every record of the frame, as packet-tls.c's does.
            tree.SetLength(session.Node, offset + pdu.Length - tree[session.Node].Offset);
        }
        int record = tree.AddNode(session.Node, TlsFields.Record, source, offset, pdu.Length);
        // The version the record line names: the session's as known before this record, else the record's own.
        // A ClientHello offering early data makes tshark take the session for TLS 1.3 before the ServerHello says so.
        bool earlyOfferedBefore = session.EarlyDataOffered;
        ushort versionShown = session.Version != 0 ? session.Version : session.NegotiatedBeforehand != 0 ? session.NegotiatedBeforehand
            : earlyOfferedBefore ? TlsVersions.Tls13 : recordVersion;
        // A TLS 1.3 record protected by the traffic keys carries an opaque outer type (RFC 8446 §5.2);
        // Wireshark shows it as tls.record.opaque_type and the inner type only once decrypted.
        // 0-RTT: after a ClientHello with early_data the client's application-data records are TLS 1.3 records
        // protected by the early traffic secret, until its EndOfEarlyData (or until they stop decrypting so).
        bool earlyPossible = direction == (int)StreamDirection.ClientToServer && contentType == TlsNames.ApplicationData
            && session.EarlyDataOffered && !session.EarlyDataEnded && !session.UsingApplicationKeys[direction];
        // ssl_try_set_version: a session whose version nothing stated yet takes it from the first record that may state
        // it (any but a ClientHello: a stream caught after its hello, whose CertificateVerify then has a signature
        // algorithm, and whose earlier stray bytes a two-pass read shows as an ignored record of that version).
        if (session.Version == 0 && !earlyOfferedBefore && recordVersion is >= TlsVersions.Ssl30 and <= TlsVersions.Tls12
            && (contentType != TlsNames.Handshake || length > 0 && fragment[0] != TlsNames.ClientHello && TlsNames.HandshakeTypes.ContainsKey(fragment[0])))
            session.Version = recordVersion;
        bool opaque = (session.IsTls13 && session.ServerHelloSeen || earlyPossible) && contentType == TlsNames.ApplicationData;
        tree.Add(record, opaque ? TlsFields.RecordOpaqueType : TlsFields.RecordContentType, source, offset, 1, contentType);
        tree.Add(record, TlsFields.RecordVersion, source, offset + 1, 2, recordVersion);
        tree.Add(record, TlsFields.RecordLength, source, offset + 3, 2, (ulong)length);
        if (length > MaxRecordPayload)
            tree.AddExpert(record, TlsFields.RecordLengthInvalid, source, offset + 3, 2, "TLSCiphertext length MUST NOT exceed 2^14 + 2048");

        bool encrypted = session.Encrypting[direction] && contentType != TlsNames.ChangeCipherSpec;
        string description;
        int plainLength = 0;
        byte innerType = contentType;
        bool decryptedRecord = false;
        bool early = earlyPossible && TryDecryptEarly(session, contentType, recordVersion, fragment, out plainLength, out innerType);
        if (early || encrypted && TryDecrypt(session, direction, contentType, recordVersion, fragment, out plainLength, out innerType))
        {
            decryptedRecord = true;
            var plaintext = _plaintext.AsSpan(0, plainLength);
            int plain = tree.AddDataSource("Decrypted TLS", plaintext);
            packet.AddDecryptedRecord(new DecryptedRecord(plain, side.Conversation.StreamIndex, innerType));
            if (opaque)
                tree.Add(record, TlsFields.RecordContentType, source, offset, 1, innerType, NodeFlags.Generated);
            description = DissectContent(session, direction, side, packet, record, innerType, plain, 0, plaintext, fragment, source, offset + RecordHeader, decrypted: true);
            AfterDecryptedRecord(session, direction);
        }
        else if (encrypted || earlyPossible)
        {
            description = contentType switch
            {
                TlsNames.Alert => "Encrypted Alert",
                TlsNames.Handshake => "Encrypted Handshake Message",
                TlsNames.ApplicationData => "Application Data",
                _ => TlsNames.ContentTypes.TryGetValue(contentType, out var n) ? n : "Unknown Record",
            };
            if (contentType == TlsNames.ApplicationData)
            {
                tree.AddBytes(record, TlsFields.AppData, source, offset + RecordHeader, length, fragment);
                AddAppDataProtocol(session, packet, record, source);
            }
            else if (contentType == TlsNames.Handshake)
                tree.SetText(tree.AddNode(record, TlsFields.Handshake, source, offset + RecordHeader, length), "Handshake Protocol: Encrypted Handshake Message");
            else if (contentType == TlsNames.Alert)
                tree.SetText(tree.AddNode(record, TlsFields.AlertMessage, source, offset + RecordHeader, length), "Alert Message: Encrypted Alert");
        }
        else
        {
            description = DissectContent(session, direction, side, packet, record, contentType, source, offset + RecordHeader, fragment, fragment, source, offset + RecordHeader, decrypted: false);
        }

        if (tree.BuildsText)
            SetRecordText(tree, record, versionShown, decryptedRecord ? innerType : contentType, description,
                TlsAppProtocols.For(session.Alpn, packet.SourcePort, packet.DestinationPort));

        // After a TLS 1.3 ServerHello everything but change_cipher_spec is encrypted, both ways.
        if (session.IsTls13 && session.ServerHelloSeen)
        {
            session.Encrypting[0] = true;
            session.Encrypting[1] = true;
        }

        if (ReferenceEquals(description, SegmentOfReassembledPdu))
        {
            // tshark's col_set_str: the note replaces what follows the Info fence — TCP's, or the one left after the
            // text of a PDU a protocol inside TLS completed earlier in this frame (then it follows that text directly).
            // Two records of one frame that both continue a PDU therefore show it once.
            if (session.ProtocolWroteColumns == packet.Frame.Number)
                packet.Columns.Info.SetFence();
            if (_segmentClearsInfo)
                packet.Columns.Info.Clear();
            else
                packet.Columns.Info.Set(description);
            if (session.ProtocolWroteRecord || _segmentKeepsProtocol && session.ProtocolWroteColumns == packet.Frame.Number)
                return; // the protocol that completed a PDU in this very record (or, in a second pass, in this frame) keeps the Protocol column
            packet.Columns.Protocol = TlsNames.ColumnName(session.Version != 0 ? session.Version
                : session.NegotiatedBeforehand != 0 ? session.NegotiatedBeforehand : recordVersion);
            return;
        }
        if (session.ProtocolWroteColumns == packet.Frame.Number)
            return; // a protocol inside TLS completed a PDU and wrote the columns itself
        // The Protocol column names the version as known before this record: the ClientHello offering early data is still "TLSv1".
        packet.Columns.Protocol = TlsNames.ColumnName(session.Version != 0 ? session.Version
            : session.NegotiatedBeforehand != 0 ? session.NegotiatedBeforehand : earlyPossible || earlyOfferedBefore ? TlsVersions.Tls13 : recordVersion);
        // A two-pass read: the first pass notes the version the session negotiated, under its stream index.
        if (session.Version != 0 && packet.Annotations is { FirstPassEnded: false } notes)
            notes.AsConversationEnded(session.StreamIndex, TlsFields.HandshakeVersion, session.Version);
        // col_append_sep_str: after a TCP analysis note (before TCP's fence) the first record too is ", "-separated.
        if (firstRecordOfFrame)
            packet.Columns.Info.Clear();
        if (description.Length > 0)
            packet.Columns.Info.AppendSeparated(", ", description);
    }

    /// <summary>
    /// Which end sent the record, as packet-tls.c decides it (ssl_packet_from_server): the end that did not send the last
    /// ClientHello is the server; before any ClientHello, a record from a port TLS is registered on is the server's and
    /// every other record the client's. So a stream caught after its ClientHello on a port of its own has both ends'
    /// records "from the client" (one encryption state for both), as in tshark. Returned as a
    /// <see cref="StreamDirection"/> index: 0 from the client, 1 from the server.
    /// </summary>
    private int SenderSide(TlsSession session, StreamSide side, PacketContext packet)
    {
        if (session.ClientHelloSide >= 0)
            return (int)side.Direction == session.ClientHelloSide ? (int)StreamDirection.ClientToServer : (int)StreamDirection.ServerToClient;
        return ReferenceEquals(_registry.ForTcpPort(packet.SourcePort), this) ? (int)StreamDirection.ServerToClient : (int)StreamDirection.ClientToServer;
    }

    /// <summary>A plaintext ClientHello message starts the record: type 1, a length that fits, a 3.x client version.</summary>
    private static bool IsClientHello(ReadOnlySpan<byte> fragment)
        => fragment.Length >= 6 && fragment[0] == TlsNames.ClientHello && fragment[4] == 3
            && ((fragment[1] << 16) | (fragment[2] << 8) | fragment[3]) >= 2;

    /// <summary>Makes the conversation's session (its own method, so the closure exists only when a session starts).</summary>
    private TlsSession StartSession(StreamSide side, PacketContext packet) => side.Conversation.GetState(this, () => NewSession(side, packet));

    private TlsSession NewSession(StreamSide side, PacketContext packet)
    {
        // With RSA private keys or logged pre-master secrets, the handshake is kept until the ClientKeyExchange (an extended
        // master secret hashes it).
        long stream = side.Conversation.StreamIndex;
        ushort beforehand = packet.Annotations is { FirstPassEnded: true } notes
            ? (ushort)notes.AsConversationEnded(stream, TlsFields.HandshakeVersion, 0) : (ushort)0;
        return new TlsSession
        {
            StreamIndex = stream, FirstFrame = packet.Frame.Number, NegotiatedBeforehand = beforehand,
            KeepTranscript = RsaKeys is not null || Keys is { HasPreMasterOrSessionSecrets: true },
        };
    }

    /// <summary>One record's content, decrypted or plain: handshake, alert, change_cipher_spec or application data.</summary>
    private string DissectContent(TlsSession session, int direction, StreamSide side, PacketContext packet, int record, byte type, int source, int offset,
        ReadOnlySpan<byte> content, ReadOnlySpan<byte> wireFragment, int wireSource, int wireOffset, bool decrypted)
    {
        var tree = packet.Tree;
        switch (type)
        {
            case TlsNames.ChangeCipherSpec:
                // packet-tls-utils.c's ssl_dissect_change_cipher_spec: the one message byte, even under a session's keys.
                int changeCipherSpec = tree.AddNode(record, TlsFields.ChangeCipherSpec, source, offset, Math.Min(1, content.Length));
                if (!session.IsTls13)
                {
                    // An abbreviated handshake: the server changes cipher spec with no ServerHelloDone since its ServerHello.
                    if (direction == (int)StreamDirection.ServerToClient && session.SessionResumed)
                        tree.AddExpert(changeCipherSpec, TlsFields.Resumed, source, offset, Math.Min(1, content.Length));
                    if (session.Encrypting[direction] && session.Renegotiating)
                        SwitchToRenegotiatedKeys(session, direction);
                    session.Encrypting[direction] = true;
                }
                return "Change Cipher Spec";
            case TlsNames.Alert:
                if (content.Length == 2)
                    return DescribeAlert(tree, record, source, offset, content);
                // Not two bytes: encrypted under keys this session never saw change (a stream caught after its handshake).
                tree.SetText(tree.AddNode(record, TlsFields.AlertMessage, source, offset, content.Length), "Alert Message: Encrypted Alert");
                return "Encrypted Alert";
            case TlsNames.Handshake:
                if (!decrypted && content.Length > 0 && session.HandshakeBuffered[direction] == 0 && !TlsNames.HandshakeTypes.ContainsKey(content[0]))
                {
                    // No handshake message type starts it: packet-tls.c takes the record for an encrypted one (keys this
                    // session never saw change: a renegotiation in a stream caught after its first handshake).
                    tree.SetText(tree.AddNode(record, TlsFields.Handshake, source, offset, content.Length), "Handshake Protocol: Encrypted Handshake Message");
                    return "Encrypted Handshake Message";
                }
                return TlsHandshakeDissector.Dissect(session, direction, packet, record, source, offset, content);
            case TlsNames.ApplicationData:
                tree.AddBytes(record, TlsFields.AppData, wireSource, wireOffset, wireFragment.Length, wireFragment);
                AddAppDataProtocol(session, packet, record, wireSource);
                return decrypted ? DeliverApplicationData(session, side, packet, source, offset, content) : "Application Data";
            default:
                return "Heartbeat";
        }
    }

    /// <summary>Decrypts a protected record with the direction's current keys; false (and a reason kept) when it cannot.</summary>
    private bool TryDecrypt(TlsSession session, int direction, byte type, ushort version, ReadOnlySpan<byte> fragment,
        out int plaintextLength, out byte innerType)
    {
        plaintextLength = 0;
        innerType = type;
        var keys = EnsureKeys(session);
        if (session.UseNextKeys[direction])
            keys = session.NextKeys;
        if (keys is null)
            return false;
        if (_plaintext.Length < fragment.Length)
            _plaintext = new byte[fragment.Length];
        var buffer = _plaintext.AsSpan(0, fragment.Length);
        bool client = direction == (int)StreamDirection.ClientToServer;
        var application = client ? keys.Client : keys.Server;
        TlsRecordDecryptor? current = !session.IsTls13 || session.UsingApplicationKeys[direction]
            ? application
            : (client ? keys.ClientHandshake : keys.ServerHandshake);
        TlsDecryptedRecord decrypted = default;
        var status = current?.Decrypt(type, version, fragment, buffer, out decrypted);
        bool ok = status == TlsDecryptStatus.Ok;
        bool authenticationFailed = status is TlsDecryptStatus.AuthenticationFailed or TlsDecryptStatus.BadPadding;
        if (!ok && session.IsTls13 && !session.UsingApplicationKeys[direction])
        {
            // Without handshake secrets (or when the Finished went unseen), the application keys may already apply.
            if (application is not null && application.Decrypt(type, version, fragment, buffer, out decrypted) == TlsDecryptStatus.Ok)
            {
                session.UsingApplicationKeys[direction] = true;
                ok = true;
            }
        }
        if (ok)
        {
            plaintextLength = decrypted.Length;
            innerType = decrypted.ContentType;
            session.RecordsDecrypted++;
            return true;
        }
        session.RecordsFailed++;
        if (authenticationFailed && session.Problem == TlsDecryptionProblem.None)
            session.Problem = TlsDecryptionProblem.AuthenticationFailed;
        return false;
    }

    /// <summary>
    /// A 0-RTT record: decrypted with CLIENT_EARLY_TRAFFIC_SECRET under the cipher suite the resumed session used, which
    /// the capture does not show before the ServerHello; the ClientHello's TLS 1.3 suites are tried (AEAD
    /// authentication tells which) and the one that fits is kept.
    /// </summary>
    private bool TryDecryptEarly(TlsSession session, byte type, ushort version, ReadOnlySpan<byte> fragment, out int plaintextLength, out byte innerType)
    {
        plaintextLength = 0;
        innerType = type;
        if (_plaintext.Length < fragment.Length)
            _plaintext = new byte[fragment.Length];
        var buffer = _plaintext.AsSpan(0, fragment.Length);
        TlsDecryptedRecord decrypted = default;
        if (session.EarlyData is null)
        {
            if (session.EarlyDataKeysAttempted)
                return false;
            session.EarlyDataKeysAttempted = true;
            if (Keys is null || session.ClientRandom is null || !Keys.TryGetSecrets(session.ClientRandom, out var secrets)
                || secrets.ClientEarlyTrafficSecret is not { } secret)
                return false;
            foreach (ushort offered in session.OfferedSuites)
            {
                if (!CipherSuites.TryGet(offered, out var suite) || !suite.IsValidFor(TlsVersions.Tls13) || !suite.IsAvailable
                    || suite.HashLength != secret.Length)
                    continue;
                var candidate = new Tls13RecordDecryptor(suite, secret.Span);
                if (candidate.Decrypt(type, version, fragment, buffer, out decrypted) == TlsDecryptStatus.Ok)
                {
                    session.EarlyData = candidate;
                    return EarlyDecrypted(session, decrypted, out plaintextLength, out innerType);
                }
                candidate.Dispose();
            }
            return false;
        }
        return session.EarlyData.Decrypt(type, version, fragment, buffer, out decrypted) == TlsDecryptStatus.Ok
            && EarlyDecrypted(session, decrypted, out plaintextLength, out innerType);
    }

    private static bool EarlyDecrypted(TlsSession session, in TlsDecryptedRecord decrypted, out int plaintextLength, out byte innerType)
    {
        plaintextLength = decrypted.Length;
        innerType = decrypted.ContentType;
        session.RecordsDecrypted++;
        session.EarlyRecordsDecrypted++;
        return true;
    }

    /// <summary>
    /// TLS 1.2 renegotiation: a second handshake ran under the first one's keys; at each side's ChangeCipherSpec that
    /// side moves to the keys of the new randoms (the key log has a line for the new client random; a resumed session
    /// keeps its master secret). Once both sides have moved, the new keys are the session's.
    /// </summary>
    private void SwitchToRenegotiatedKeys(TlsSession session, int direction)
    {
        if (session.NextKeys is null && !session.NextKeysAttempted)
        {
            session.NextKeysAttempted = true;
            var current = session.Keys;
            session.Keys = null;
            session.KeysAttempted = false;
            session.NextKeys = EnsureKeys(session);
            session.Keys = current;
            session.KeysAttempted = true;
        }
        session.UseNextKeys[direction] = true;
        if (!session.UseNextKeys[0] || !session.UseNextKeys[1])
            return;
        session.Keys?.Dispose();
        session.Keys = session.NextKeys;
        session.NextKeys = null;
        session.NextKeysAttempted = false;
        session.UseNextKeys[0] = session.UseNextKeys[1] = false;
        session.Renegotiating = false;
    }

    private TlsSessionKeys? EnsureKeys(TlsSession session)
    {
        if (session.KeysAttempted && (session.Keys is not null || Keys is null || Keys.SessionCount == 0))
            return session.Keys;
        if (!session.ServerHelloSeen)
        {
            session.Problem = session.ClientHelloSeen ? TlsDecryptionProblem.NoServerHello : TlsDecryptionProblem.NoClientRandom;
            return null;
        }
        session.KeysAttempted = true;
        if (session.DraftVersion != 0)
        {
            session.Problem = TlsDecryptionProblem.DraftVersion;
            return null;
        }
        bool inKeyLog = Keys is not null && session.ClientRandom is not null && Keys.Contains(session.ClientRandom);
        if (!inKeyLog && Keys is { HasPreMasterOrSessionSecrets: true } && KeysFromRsaEraKeyLogLines(session) is { } logged)
            return logged;
        if (!inKeyLog && session.UsesRsaKeyExchange && RsaKeys is not null)
            return KeysFromRsaPrivateKey(session);
        if (Keys is null || Keys.SessionCount == 0)
        {
            session.Problem = TlsDecryptionProblem.NoKeyLog;
            return null;
        }
        var status = TlsSessionKeys.TryCreate(session.Version, session.CipherSuite, session.ClientRandom ?? [], session.ServerRandom ?? [],
            Keys, out var keys, session.EncryptThenMac);
        session.Problem = TlsDecryptionProblems.From(status);
        session.Keys = keys;
        return keys;
    }

    /// <summary>
    /// The key log lines tshark reads besides client randoms (ssl_finalize_decryption's order): a master secret by the
    /// ServerHello's session ID ("RSA Session-ID:… Master-Key:…", which also opens resumed sessions), then a pre-master
    /// secret by the first 8 bytes of the RSA-encrypted one ("RSA epms pms") or by client random ("PMS_CLIENT_RANDOM").
    /// Null when none of them is for this session.
    /// </summary>
    private TlsSessionKeys? KeysFromRsaEraKeyLogLines(TlsSession session)
    {
        if (session.ClientRandom is null || session.ServerRandom is null || session.IsTls13)
            return null;
        Span<byte> master = stackalloc byte[48];
        try
        {
            if (!(session.ServerSessionId is { } id && Keys!.TryGetMasterSecret(id, master)))
            {
                Span<byte> preMaster = stackalloc byte[TlsRsaKeys.PreMasterSecretLength];
                if (!Keys!.TryGetPreMasterSecret(session.EncryptedPreMasterSecret, session.ClientRandom, preMaster))
                    return null;
                if (!CipherSuites.TryGet(session.CipherSuite, out var suite))
                {
                    CryptographicOperations.ZeroMemory(preMaster);
                    session.Problem = TlsDecryptionProblem.UnsupportedCipherSuite;
                    return null;
                }
                DeriveMasterSecret(session, suite, preMaster, master);
            }
            var keys = KeysFromMasterSecret(session, master);
            session.MasterSecretFromRsaKeyLogLine = keys is not null;
            return keys;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(master);
        }
    }

    /// <summary>RSA key exchange: the pre-master secret from the ClientKeyExchange, opened with a server's private key.</summary>
    private TlsSessionKeys? KeysFromRsaPrivateKey(TlsSession session)
    {
        session.Problem = TlsDecryptionProblem.RsaPrivateKeyDoesNotMatch;
        if (session.EncryptedPreMasterSecret is not { } encrypted || session.ClientRandom is null || session.ServerRandom is null
            || !CipherSuites.TryGet(session.CipherSuite, out var suite))
        {
            session.Problem = session.EncryptedPreMasterSecret is null ? TlsDecryptionProblem.RsaPrivateKeyNeeded : TlsDecryptionProblem.UnsupportedCipherSuite;
            return null;
        }
        Span<byte> preMaster = stackalloc byte[TlsRsaKeys.PreMasterSecretLength];
        if (!RsaKeys!.TryDecryptPreMasterSecret(encrypted, preMaster))
            return null;
        Span<byte> master = stackalloc byte[48];
        DeriveMasterSecret(session, suite, preMaster, master);
        var keys = KeysFromMasterSecret(session, master);
        CryptographicOperations.ZeroMemory(master);
        session.RsaMasterSecretDerived = keys is not null;
        return keys;
    }

    /// <summary>The master secret from a pre-master secret (RFC 5246 §8.1, RFC 7627 with an extended master secret); wipes the pre-master secret.</summary>
    private static void DeriveMasterSecret(TlsSession session, CipherSuite suite, Span<byte> preMaster, Span<byte> master)
    {
        TlsRsaKeys.DeriveMasterSecret(suite, session.Version, preMaster, session.ClientRandom, session.ServerRandom,
            session.Transcript is { } t ? t.AsSpan(0, session.TranscriptLength) : [], session.ExtendedMasterSecret, master);
        CryptographicOperations.ZeroMemory(preMaster);
    }

    /// <summary>The session's keys from its master secret; the kept handshake transcript is let go.</summary>
    private static TlsSessionKeys? KeysFromMasterSecret(TlsSession session, ReadOnlySpan<byte> master)
    {
        var status = TlsSessionKeys.TryCreateFromMasterSecret(session.Version, session.CipherSuite, session.ClientRandom!,
            session.ServerRandom!, master, out var keys, session.EncryptThenMac);
        session.Problem = TlsDecryptionProblems.From(status);
        session.Keys = keys;
        session.Transcript = null;
        return keys;
    }

    /// <summary>TLS 1.3: after a side's Finished its application keys apply; a KeyUpdate moves them on.</summary>
    private static void AfterDecryptedRecord(TlsSession session, int direction)
    {
        if (session.IsTls13 && session.FinishedInRecord[direction])
            session.UsingApplicationKeys[direction] = true;
        if (session.KeyUpdateInRecord[direction] && session.Keys is { } keys)
            ((direction == (int)StreamDirection.ClientToServer ? keys.Client : keys.Server) as Tls13RecordDecryptor)?.ApplyKeyUpdate();
        session.FinishedInRecord[direction] = false;
        session.KeyUpdateInRecord[direction] = false;
    }

    /// <summary>
    /// Appends decrypted application data to the direction's stream and dissects every PDU it completes, through the
    /// same <see cref="PduStream"/> loop TCP uses for plain streams. A record that completes none reads
    /// "[TLS segment of a reassembled PDU]".
    /// </summary>
    private string DeliverApplicationData(TlsSession session, StreamSide side, PacketContext packet, int source, int offset, ReadOnlySpan<byte> data)
    {
        int direction = (int)side.Direction;
        if (!session.InnerDissectorChosen)
        {
            session.InnerDissector = _registry.ChooseForTls(session.Alpn, data, side.Direction);
            session.InnerDissectorChosen = session.InnerDissector is not null || direction == (int)StreamDirection.ServerToClient;
        }
        var dissector = session.InnerDissector;
        if (dissector is null)
        {
            // process_ssl_payload: no protocol claims the bytes, so call_data_dissector shows them on the tree's root.
            Common.PayloadData.Add(packet, -1, source, offset, data.Length);
            return "Application Data";
        }
        session.Inner ??= new ConversationState(side.Conversation.StreamIndex, side.Conversation.ClientPort, side.Conversation.ServerPort, outer: side.Conversation);
        var inner = session.InnerSides[direction] ??= new StreamSide(session.Inner, side.Direction);
        inner.CurrentFrame = side.CurrentFrame;
        inner.CurrentTime = side.CurrentTime;
        var stream = session.InnerStreams[direction] ??= new PduStream(_registry.Limits) { SegmentPerDelivery = true };
        (_deliverNode, _deliverSource, _deliverOffset) = (session.Node, source, offset);
        _segmentClearsInfo = _segmentKeepsProtocol = false;
        // Where the stream stood before this record: a PDU it continues (from stream position pduBefore) or none.
        bool continuing = stream.PendingLength > 0;
        long pduBefore = stream.ConsumedOffset;
        long recordStart = pduBefore + stream.PendingLength;
        var outcome = stream.Deliver(dissector, inner, packet, this, data, source, offset, endOfStream: false, describeIncomplete: false);
        long frame = packet.Frame.Number;
        var notes = packet.Annotations;
        if (continuing && notes is { FirstPassEnded: false })
        {
            // desegment_ssl's multi-segment PDU, keyed by its first byte: the last frame that continued it, and the
            // frame that completed it (a continued PDU completes first when this record completes any).
            notes.NoteAt(side.Conversation.StreamIndex, direction, pduBefore, TlsFields.ReassembledSegment, (ulong)frame);
            if ((outcome & PduDelivery.Completed) != 0)
                notes.NoteAt(side.Conversation.StreamIndex, direction, pduBefore, TlsFields.ReassembledIn, (ulong)frame);
        }
        session.ProtocolWroteRecord = (outcome & PduDelivery.Completed) != 0 && !inner.LastPduShownNothing;
        if (session.ProtocolWroteRecord)
            session.ProtocolWroteColumns = packet.Frame.Number;
        if (stream.PendingLength > 0)
        {
            // desegment_ssl: what this record holds of the PDU still incomplete, as "TLS segment data (n bytes)" on TLS's item.
            int held = Math.Min(stream.PendingLength, data.Length);
            if (notes is { FirstPassEnded: true })
                SecondPassSegment(session, side, packet, notes, source, continuing, pduBefore, recordStart, stream.ConsumedOffset);
            TlsReassemblyTree.AddSegmentData(packet.Tree, session.Node, source, offset + data.Length - held, held);
            return SegmentOfReassembledPdu;
        }
        return session.ProtocolWroteRecord ? "" : "Application Data";
    }

    /// <summary>
    /// What packet-tls.c's desegment_ssl shows of a record whose bytes end in a PDU still incomplete when it meets the
    /// record again in a second pass (-2), with the first pass's multi-segment PDUs at hand. A record that continues the
    /// PDU links to the frame that completed it ([Reassembled PDU in frame]), and so does one where the PDU starts — at
    /// its first byte, or after completing an earlier PDU — found by the PDU's position: its Info then reads
    /// "[TLS segment of a reassembled PDU]" only if a later frame continued the PDU (else it is cleared, up to the
    /// fence), and the Protocol column stays that of a protocol that completed a PDU earlier in the frame. A record that
    /// completes nothing of an earlier PDU and starts one after a PDU of its own is dissected as in the first pass.
    /// </summary>
    private void SecondPassSegment(TlsSession session, StreamSide side, PacketContext packet, FrameAnnotations notes, int source,
        bool continuing, long pduBefore, long recordStart, long pduNow)
    {
        long frame = packet.Frame.Number;
        long stream = side.Conversation.StreamIndex;
        int direction = (int)side.Direction;
        bool sameAsBefore = continuing && pduNow == pduBefore;
        bool startsHere = !sameAsBefore && (continuing || pduNow == recordStart);
        if (!sameAsBefore && !startsHere)
            return;
        if (notes.TryGetAt(stream, direction, pduNow, TlsFields.ReassembledIn, out ulong completedIn) && (long)completedIn != frame)
            packet.Tree.Add(session.Node, TlsFields.ReassembledIn, source, 0, 0, completedIn, NodeFlags.Generated);
        if (!startsHere)
            return;
        bool continuedLater = notes.TryGetAt(stream, direction, pduNow, TlsFields.ReassembledSegment, out ulong lastFrame) && (long)lastFrame != frame;
        _segmentClearsInfo = !continuedLater;
        _segmentKeepsProtocol = true;
    }

    /// <summary>Set by <see cref="SecondPassSegment"/> for the record being dissected.</summary>
    private bool _segmentClearsInfo, _segmentKeepsProtocol;

    /// <summary>
    /// packet-tls.c's generated tls.app_data_proto after the application data: the protocol the server's ALPN choice or
    /// either port names (<see cref="TlsAppProtocols"/>), whether or not the record could be decrypted.
    /// </summary>
    private static void AddAppDataProtocol(TlsSession session, PacketContext packet, int record, int source)
    {
        if (TlsAppProtocols.For(session.Alpn, packet.SourcePort, packet.DestinationPort) is { } name)
            packet.Tree.AddString(record, TlsFields.AppDataProto, source, 0, 0, name, NodeFlags.Generated);
    }

    private const string SegmentOfReassembledPdu = "[TLS segment of a reassembled PDU]";

    /// <summary>
    /// The record's line as packet-tls.c 4.0 sets it: "TLSv1.2 Record Layer: Handshake Protocol: Server Hello" (or
    /// "Multiple Handshake Messages", "Encrypted Handshake Message"), "… Change Cipher Spec Protocol: Change Cipher Spec",
    /// "… Application Data Protocol: Application Data", "… Alert (Level: …, Description: …)" or "… Encrypted Alert".
    /// </summary>
    private static void SetRecordText(FieldTree tree, int record, ushort version, byte type, string description, string? appProtocol)
    {
        string shown = TlsNames.ColumnName(version);
        switch (type)
        {
            case TlsNames.Handshake when description.Length > 0 && !ReferenceEquals(description, SegmentOfReassembledPdu):
                tree.SetText(record, $"{shown} Record Layer: Handshake Protocol: {(description.Contains(", ", StringComparison.Ordinal) ? "Multiple Handshake Messages" : description)}");
                break;
            case TlsNames.ChangeCipherSpec:
                tree.SetText(record, $"{shown} Record Layer: Change Cipher Spec Protocol: Change Cipher Spec");
                break;
            case TlsNames.ApplicationData:
                tree.SetText(record, $"{shown} Record Layer: Application Data Protocol: {appProtocol ?? "Application Data"}");
                break;
            case TlsNames.Alert when description.Length > 0:
                tree.SetText(record, $"{shown} Record Layer: {description}");
                break;
        }
    }

    /// <summary>TLS's item and the decrypted record being delivered, for the reassembly items of a PDU it completes.</summary>
    private int _deliverNode, _deliverSource, _deliverOffset;

    int IPduCarrier.AddReassembledSource(PacketContext packet, ReadOnlySpan<byte> pdu, ReadOnlySpan<PduSegment> segments)
    {
        int source = packet.Tree.AddDataSource("Reassembled TLS", pdu);
        // The completing record's share starts its decrypted bytes.
        TlsReassemblyTree.AddReassembledSegments(packet, _deliverNode, _deliverSource, _deliverOffset, source, pdu.Length, segments);
        return source;
    }

    /// <summary>Decrypted bytes the inner protocol refused stay what TLS showed them as: application data.</summary>
    void IPduCarrier.AddUnclaimed(PacketContext packet, ReadOnlySpan<byte> bytes, int source, int offset)
    {
    }

    void IPduCarrier.NoteLimitReached(PacketContext packet)
    {
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
