using Sniffer.Dissectors.Protocols.Tls.Crypto;
using System.Buffers.Binary;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>
/// Handshake messages (RFC 5246 §7.4, RFC 8446 §4) inside one record: ClientHello and ServerHello with
/// their extensions (SNI, ALPN, supported_versions), Certificate lists, and the names of the others.
/// A message that continues in the next record is kept until it is whole. Never throws on bad bytes:
/// a length that runs past the message stops the parse of that message.
/// </summary>
internal static class TlsHandshakeDissector
{
    private const int MessageHeader = 4;
    /// <summary>Largest handshake message Sniffer will buffer across records (a certificate chain fits easily).</summary>
    private const int MaxMessage = 1 << 20;

    public static string Dissect(TlsSession session, int direction, PacketContext packet, int record, int source, int offset, ReadOnlySpan<byte> fragment)
    {
        var tree = packet.Tree;
        var names = new StringBuilder();
        // Bytes of a message begun in an earlier record come first.
        byte[] buffered = session.HandshakeBuffer[direction];
        int have = session.HandshakeBuffered[direction];
        if (have > 0)
        {
            // The buffered message's header: type, then a 24-bit length (the length starts after the type byte).
            int total = MessageHeader + ReadUInt24(buffered.AsSpan(1));
            int take = Math.Min(total - have, fragment.Length);
            fragment[..take].CopyTo(buffered.AsSpan(have));
            have += take;
            session.HandshakeBuffered[direction] = have;
            if (have < total)
                return ""; // the middle of a message names nothing (tshark leaves Info empty)
            int reassembled = tree.AddDataSource("Reassembled Handshake Message", buffered.AsSpan(0, total));
            DissectMessage(session, direction, packet, record, reassembled, 0, buffered.AsSpan(0, total), names);
            session.HandshakeBuffered[direction] = 0;
            fragment = fragment[take..];
            offset += take;
        }

        int pos = 0;
        while (pos < fragment.Length)
        {
            var rest = fragment[pos..];
            if (rest.Length < MessageHeader || MessageHeader + ReadUInt24(rest[1..]) > rest.Length)
            {
                int total = rest.Length >= MessageHeader ? MessageHeader + ReadUInt24(rest[1..]) : MessageHeader;
                if (total > MaxMessage || rest.Length < MessageHeader)
                {
                    Append(names, "Handshake Message (truncated)");
                    break;
                }
                if (session.HandshakeBuffer[direction].Length < total)
                    session.HandshakeBuffer[direction] = new byte[Math.Max(total, 4096)];
                rest.CopyTo(session.HandshakeBuffer[direction]);
                session.HandshakeBuffered[direction] = rest.Length;
                // Named once whole, on the record that completes it (as tshark names it).
                break;
            }
            int length = MessageHeader + ReadUInt24(rest[1..]);
            DissectMessage(session, direction, packet, record, source, offset + pos, rest[..length], names);
            pos += length;
        }
        return names.Length > 0 ? names.ToString() : "Handshake";
    }

    private static void DissectMessage(TlsSession session, int direction, PacketContext packet, int record, int source, int offset,
        ReadOnlySpan<byte> message, StringBuilder names)
    {
        var tree = packet.Tree;
        byte type = message[0];
        KeepForSessionHash(session, message);
        int node = tree.AddNode(record, TlsFields.Handshake, source, offset, message.Length);
        if (tree.BuildsText)
            tree.SetText(node, $"Handshake Protocol: {NameOf(type)}");
        tree.Add(node, TlsFields.HandshakeType, source, offset, 1, type);
        tree.Add(node, TlsFields.HandshakeLength, source, offset + 1, 3, (ulong)(message.Length - MessageHeader));
        var body = message[MessageHeader..];
        int at = offset + MessageHeader;
        switch (type)
        {
            case TlsNames.ClientHello:
                session.ClientHelloSeen = true;
                DissectHello(session, packet, node, source, at, body, client: true);
                break;
            case TlsNames.ServerHello:
                // A ServerHello inside an encrypted record starts a renegotiation under the current keys.
                if (session.Encrypting[direction] && !session.IsTls13)
                {
                    session.Renegotiating = true;
                    session.EncryptedPreMasterSecret = null;
                }
                DissectHello(session, packet, node, source, at, body, client: false);
                // Assumed resumed until a ServerHelloDone shows a full handshake (ssl_dissect_hnd_srv_hello).
                session.SessionResumed = true;
                session.ServerHelloSeen = true;
                session.Handshakes++;
                break;
            case TlsNames.Certificate:
                DissectCertificates(session, packet, node, source, at, body);
                break;
            case TlsNames.Finished:
                session.FinishedInRecord[direction] = true;
                tree.AddNode(node, TlsFields.VerifyData, source, at, body.Length);
                break;
            case TlsNames.KeyUpdate:
                session.KeyUpdateInRecord[direction] = true;
                if (body.Length >= 1)
                    tree.Add(node, TlsFields.KeyUpdateRequest, source, at, 1, body[0]);
                break;
            case TlsNames.EndOfEarlyData:
                session.EarlyDataEnded = true;
                break;
            case TlsNames.ClientKeyExchange:
                TlsHandshakeMessages.ClientKeyExchange(session, tree, node, source, at, body);
                break;
            case TlsNames.ServerKeyExchange:
                TlsHandshakeMessages.ServerKeyExchange(session, tree, node, source, at, body);
                break;
            case TlsNames.NewSessionTicket:
                TlsHandshakeMessages.NewSessionTicket(session, packet, node, source, at, body);
                break;
            case TlsNames.EncryptedExtensions:
                TlsHandshakeMessages.Extensions(session, packet, node, source, at, body, TlsNames.EncryptedExtensions);
                break;
            case TlsNames.CertificateRequest:
                TlsHandshakeMessages.CertificateRequest(session, packet, node, source, at, body);
                break;
            case TlsNames.CertificateVerify:
                TlsHandshakeMessages.CertificateVerify(session, tree, node, source, at, body);
                break;
            case TlsNames.ServerHelloDone:
                // Not an abbreviated handshake: a full one is certainly not resumed.
                session.SessionResumed = false;
                break;
        }
        Append(names, NameOf(type));
    }

    /// <summary>The handshake so far, for RFC 7627's session hash: every message up to and including the ClientKeyExchange.</summary>
    private static void KeepForSessionHash(TlsSession session, ReadOnlySpan<byte> message)
    {
        if (!session.KeepTranscript || session.IsTls13 || session.EncryptedPreMasterSecret is not null)
            return;
        int need = session.TranscriptLength + message.Length;
        if (need > TlsSession.MaxTranscript)
        {
            session.KeepTranscript = false;
            session.Transcript = null;
            return;
        }
        if (session.Transcript is null || session.Transcript.Length < need)
            Array.Resize(ref session.Transcript, Math.Max(need, 8192));
        message.CopyTo(session.Transcript.AsSpan(session.TranscriptLength));
        session.TranscriptLength = need;
    }

    private static string NameOf(byte type) => TlsNames.HandshakeTypes.TryGetValue(type, out var n) ? n : $"Unknown Handshake Message ({type})";

    private static void Append(StringBuilder names, string name)
    {
        if (names.Length > 0)
            names.Append(", ");
        names.Append(name);
    }

    private static void DissectHello(TlsSession session, PacketContext packet, int node, int source, int at, ReadOnlySpan<byte> b, bool client)
    {
        var tree = packet.Tree;
        var r = new SpanCursor(b);
        if (!r.TryTake(2, out var version) || !r.TryTake(32, out var random) || !r.TryTake(1, out var sidLen) || !r.TryTake(sidLen[0], out var sid))
            return;
        ushort v = BinaryPrimitives.ReadUInt16BigEndian(version);
        tree.Add(node, TlsFields.HandshakeVersion, source, at, 2, v);
        int randomNode = tree.AddBytes(node, TlsFields.Random, source, at + 2, 32, random);
        // The first four bytes as a time and the rest, as packet-tls-utils.c shows them, except in a ServerHello that
        // chooses TLS 1.3 (tls_scan_server_hello reads supported_versions first): there the random is random only.
        if (client ? session.NegotiatedBeforehand != TlsVersions.Tls13 : !ChoosesTls13(b[r.Position..]))
        {
            tree.Add(randomNode, TlsFields.RandomTime, source, at + 2, 4, (ulong)(BinaryPrimitives.ReadUInt32BigEndian(random) * 1_000_000_000L));
            tree.AddBytes(randomNode, TlsFields.RandomBytes, source, at + 6, 28, random[4..]);
        }
        tree.Add(node, TlsFields.SessionIdLength, source, at + 34, 1, sidLen[0]);
        if (sid.Length > 0)
            tree.AddBytes(node, TlsFields.SessionId, source, at + 35, sid.Length, sid);
        if (!client)
            session.ServerSessionId = sid.IsEmpty ? null : sid.ToArray();
        ReadOnlySpan<byte> suites = default;
        if (client)
        {
            session.ClientHelloVersion = v;
            session.ClientRandom = random.ToArray();
            int csAt = at + r.Position;
            if (!r.TryTake(2, out var csLenBytes))
                return;
            int csLen = BinaryPrimitives.ReadUInt16BigEndian(csLenBytes);
            if (!r.TryTake(csLen, out suites))
                return;
            tree.Add(node, TlsFields.CipherSuitesLength, source, csAt, 2, (ulong)csLen);
            int list = tree.AddNode(node, TlsFields.CipherSuites, source, csAt + 2, csLen);
            if (tree.BuildsText)
                tree.SetText(list, $"Cipher Suites ({csLen / 2} suite{(csLen / 2 == 1 ? "" : "s")})");
            session.OfferedSuites.Clear();
            for (int i = 0; i + 1 < suites.Length; i += 2)
            {
                ushort offered = BinaryPrimitives.ReadUInt16BigEndian(suites[i..]);
                tree.Add(list, TlsFields.CipherSuite, source, csAt + 2 + i, 2, offered);
                if (session.OfferedSuites.Count < 64)
                    session.OfferedSuites.Add(offered);
            }
            int cmAt = at + r.Position;
            if (!r.TryTake(1, out var cmLen) || !r.TryTake(cmLen[0], out var methods))
                return;
            tree.Add(node, TlsFields.CompMethodsLength, source, cmAt, 1, cmLen[0]);
            int compressions = tree.AddNode(node, TlsFields.CompMethods, source, cmAt + 1, methods.Length);
            if (tree.BuildsText)
                tree.SetText(compressions, $"Compression Methods ({methods.Length} method{(methods.Length == 1 ? "" : "s")})");
            for (int i = 0; i < methods.Length; i++)
                tree.Add(compressions, TlsFields.CompMethod, source, cmAt + 1 + i, 1, methods[i]);
        }
        else
        {
            session.ServerRandom = random.ToArray();
            session.Version = v;
            int csAt = at + r.Position;
            if (!r.TryTake(2, out var suite) || !r.TryTake(1, out var method))
                return;
            session.CipherSuite = BinaryPrimitives.ReadUInt16BigEndian(suite);
            session.CipherSuiteKnown = true;
            tree.Add(node, TlsFields.CipherSuite, source, csAt, 2, session.CipherSuite);
            tree.Add(node, TlsFields.CompMethod, source, csAt + 2, 1, method[0]);
        }
        int extAt = at + r.Position;
        if (!r.TryTake(2, out var extLenBytes))
            return;
        int extLen = BinaryPrimitives.ReadUInt16BigEndian(extLenBytes);
        if (!r.TryTake(extLen, out var extensions))
            return;
        tree.Add(node, TlsFields.ExtensionsLength, source, extAt, 2, (ulong)extLen);
        DissectExtensions(session, packet, node, source, extAt + 2, extensions, client);
        if (client)
            Ja3.AddClient(tree, node, source, extAt, v, suites, extensions);
        else
            Ja3.AddServer(tree, node, source, extAt, v, session.CipherSuite, extensions);
    }

    /// <summary>Each extension of a hello (or of <paramref name="message"/>, a later message that carries extensions).</summary>
    internal static void DissectExtensions(TlsSession session, PacketContext packet, int extensions, int source, int at, ReadOnlySpan<byte> b, bool client,
        byte message = 0)
    {
        var tree = packet.Tree;
        int pos = 0;
        while (pos + 4 <= b.Length)
        {
            ushort type = BinaryPrimitives.ReadUInt16BigEndian(b[pos..]);
            int len = BinaryPrimitives.ReadUInt16BigEndian(b[(pos + 2)..]);
            if (pos + 4 + len > b.Length)
                return;
            var data = b.Slice(pos + 4, len);
            int dataAt = at + pos + 4;
            // "Extension: server_name (len=14)": a text item holding the extension's type, length and contents.
            int node = tree.AddNode(extensions, TextItem.Field, source, at + pos, 4 + len);
            if (tree.BuildsText)
            {
                if (TlsNames.ExtensionTypes.TryGetValue(type, out var name))
                    tree.SetText(node, $"Extension: {name} (len={len})");
                else
                    tree.SetText(node, $"Extension: Unknown type {type} (len={len})");
            }
            tree.Add(node, TlsFields.ExtensionType, source, at + pos, 2, type);
            tree.Add(node, TlsFields.ExtensionLength, source, at + pos + 2, 2, (ulong)len);
            switch (type)
            {
                case TlsNames.ExtServerName when client:
                    DissectServerName(session, tree, node, source, dataAt, data);
                    break;
                case TlsNames.ExtAlpn:
                    DissectAlpn(session, tree, node, source, dataAt, data, client);
                    break;
                case TlsNames.ExtSupportedVersions:
                    DissectSupportedVersions(session, tree, node, source, dataAt, data, client);
                    break;
                case TlsNames.ExtEarlyData:
                    // Empty in a ClientHello and EncryptedExtensions; a NewSessionTicket's holds max_early_data_size.
                    if (message == TlsNames.NewSessionTicket && len >= 4)
                        tree.Add(node, TlsFields.MaxEarlyDataSize, source, dataAt, 4, BinaryPrimitives.ReadUInt32BigEndian(data));
                    if (client)
                        session.EarlyDataOffered = true;
                    break;
                case TlsNames.ExtEncryptThenMac:
                    if (!client)
                        session.EncryptThenMac = true;
                    break;
                case TlsNames.ExtExtendedMasterSecret:
                    if (!client)
                        session.ExtendedMasterSecret = true;
                    break;
                case TlsNames.ExtKeyShare:
                    DissectKeyShare(tree, node, source, dataAt, data, client);
                    break;
                case TlsNames.ExtSupportedGroups:
                    DissectSupportedGroups(tree, node, source, dataAt, data);
                    break;
                case TlsNames.ExtEcPointFormats:
                    DissectEcPointFormats(tree, node, source, dataAt, data);
                    break;
                case TlsNames.ExtSignatureAlgorithms or TlsNames.ExtSignatureAlgorithmsCert:
                    DissectSignatureAlgorithms(tree, node, source, dataAt, data);
                    break;
                case TlsNames.ExtPskKeyExchangeModes:
                    DissectPskKeyExchangeModes(tree, node, source, dataAt, data);
                    break;
                case TlsNames.ExtRenegotiationInfo:
                    DissectRenegotiationInfo(tree, node, source, dataAt, data);
                    break;
                case TlsNames.ExtStatusRequest when client:
                    DissectStatusRequest(tree, node, source, dataAt, data);
                    break;
                case TlsNames.ExtSessionTicket:
                {
                    // packet-tls-utils.c: "Data (N bytes)", whatever the ticket holds.
                    int item = tree.AddBytes(node, TlsFields.ExtensionData, source, dataAt, len, data);
                    if (tree.BuildsText)
                        tree.SetText(item, $"Data ({len} byte{(len == 1 ? "" : "s")})");
                    break;
                }
                case 41:
                    DissectPreSharedKey(tree, node, source, dataAt, data, client);
                    break;
                case 1 when len >= 1:
                    tree.Add(node, TlsFields.MaxFragmentLength, source, dataAt, 1, data[0]);
                    break;
                case 15 when len >= 1:
                    tree.Add(node, TlsFields.HeartbeatMode, source, dataAt, 1, data[0]);
                    break;
                case 34:
                    // delegated_credentials: the signature schemes a client accepts for them, as signature_algorithms.
                    DissectSignatureAlgorithms(tree, node, source, dataAt, data);
                    break;
                case 27 when len >= 1 && 1 + data[0] <= len:
                    tree.Add(node, TlsFields.CompressCertificateAlgorithmsLength, source, dataAt, 1, data[0]);
                    for (int i = 1; i + 1 < 1 + data[0]; i += 2)
                        tree.Add(node, TlsFields.CompressCertificateAlgorithm, source, dataAt + i, 2, BinaryPrimitives.ReadUInt16BigEndian(data[i..]));
                    break;
                case 17513 when client:
                    DissectAlps(tree, node, source, dataAt, data);
                    break;
                case 44 when len >= 2 && 2 + BinaryPrimitives.ReadUInt16BigEndian(data) <= len:
                {
                    int cookieLength = BinaryPrimitives.ReadUInt16BigEndian(data);
                    tree.Add(node, TlsFields.CookieLength, source, dataAt, 2, (ulong)cookieLength);
                    tree.AddBytes(node, TlsFields.Cookie, source, dataAt + 2, cookieLength, data.Slice(2, cookieLength));
                    break;
                }
                case 47:
                    TlsHandshakeMessages.DistinguishedNames(packet, node, source, dataAt, data);
                    break;
                case TlsNames.ExtRecordSizeLimit when len >= 2:
                    tree.Add(node, TlsFields.RecordSizeLimit, source, dataAt, 2, BinaryPrimitives.ReadUInt16BigEndian(data));
                    break;
                case TlsNames.ExtPadding:
                    tree.AddBytes(node, TlsFields.PaddingData, source, dataAt, len, data);
                    break;
                default:
                    // packet-tls-utils.c's default: the body as bytes. The extensions it reads otherwise (and Sniffer does
                    // not yet) show their type and length only.
                    if (!TlsNames.ExtensionsWithBodies.Contains(type))
                        tree.AddBytes(node, TlsFields.ExtensionData, source, dataAt, len, data);
                    break;
            }
            pos += 4 + len;
        }
    }

    /// <summary>application_settings (ALPS) in a ClientHello: the ALPN protocols it has settings for.</summary>
    private static void DissectAlps(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
            return;
        int listLength = BinaryPrimitives.ReadUInt16BigEndian(data);
        tree.Add(node, TlsFields.AlpsLength, source, at, 2, (ulong)listLength);
        if (2 + listLength > data.Length)
            return;
        int list = tree.AddNode(node, TlsFields.AlpsList, source, at + 2, listLength);
        int pos = 2;
        while (pos < 2 + listLength)
        {
            int length = data[pos];
            if (pos + 1 + length > 2 + listLength)
                return;
            tree.Add(list, TlsFields.AlpsStringLength, source, at + pos, 1, (ulong)length);
            tree.AddBytes(list, TlsFields.AlpsString, source, at + pos + 1, length, data.Slice(pos + 1, length));
            pos += 1 + length;
        }
    }

    /// <summary>pre_shared_key (RFC 8446 §4.2.11): a ClientHello's identities and binders, a ServerHello's selected identity.</summary>
    private static void DissectPreSharedKey(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data, bool client)
    {
        int psk = tree.AddNode(node, TextItem.Field, source, at, data.Length);
        tree.SetText(psk, "Pre-Shared Key extension");
        if (!client)
        {
            if (data.Length >= 2)
                tree.Add(psk, TlsFields.PskSelectedIdentity, source, at, 2, BinaryPrimitives.ReadUInt16BigEndian(data));
            return;
        }
        if (data.Length < 2)
            return;
        int identitiesLength = BinaryPrimitives.ReadUInt16BigEndian(data);
        tree.Add(psk, TlsFields.PskIdentitiesLength, source, at, 2, (ulong)identitiesLength);
        int end = 2 + identitiesLength;
        if (end > data.Length)
            return;
        int pos = 2;
        while (pos + 2 <= end)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            if (pos + 2 + length + 4 > end)
                return;
            int identity = tree.AddNode(psk, TextItem.Field, source, at + pos, 2 + length + 4);
            tree.SetText(identity, $"PSK Identity (length: {length})");
            tree.Add(identity, TlsFields.PskIdentityLength, source, at + pos, 2, (ulong)length);
            tree.AddBytes(identity, TlsFields.PskIdentity, source, at + pos + 2, length, data.Slice(pos + 2, length));
            tree.Add(identity, TlsFields.PskObfuscatedTicketAge, source, at + pos + 2 + length, 4, BinaryPrimitives.ReadUInt32BigEndian(data[(pos + 2 + length)..]));
            pos += 2 + length + 4;
        }
        if (end + 2 > data.Length)
            return;
        int bindersLength = BinaryPrimitives.ReadUInt16BigEndian(data[end..]);
        tree.Add(psk, TlsFields.PskBindersLength, source, at + end, 2, (ulong)bindersLength);
        if (end + 2 + bindersLength <= data.Length)
            tree.AddNode(psk, TlsFields.PskBinders, source, at + end + 2, bindersLength);
    }

    private static void DissectServerName(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
            return;
        node = tree.AddNode(node, TextItem.Field, source, at, data.Length);
        if (tree.BuildsText)
            tree.SetText(node, "Server Name Indication extension");
        tree.Add(node, TlsFields.ServerNameListLength, source, at, 2, BinaryPrimitives.ReadUInt16BigEndian(data));
        int pos = 2;
        while (pos + 3 <= data.Length)
        {
            byte nameType = data[pos];
            int nameLen = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 1)..]);
            if (pos + 3 + nameLen > data.Length)
                return;
            var name = data.Slice(pos + 3, nameLen);
            tree.Add(node, TlsFields.ServerNameType, source, at + pos, 1, nameType);
            tree.Add(node, TlsFields.ServerNameLength, source, at + pos + 1, 2, (ulong)nameLen);
            tree.AddBytes(node, TlsFields.ServerName, source, at + pos + 3, nameLen, name);
            if (nameType == 0)
                session.ServerName = Encoding.ASCII.GetString(name);
            pos += 3 + nameLen;
        }
    }

    private static void DissectAlpn(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data, bool client)
    {
        if (data.Length < 2)
            return;
        int listLen = BinaryPrimitives.ReadUInt16BigEndian(data);
        tree.Add(node, TlsFields.AlpnLength, source, at, 2, (ulong)listLen);
        // "ALPN Protocol": the list, over the bytes its length names.
        node = tree.AddNode(node, TlsFields.AlpnList, source, at + 2, Math.Min(listLen, data.Length - 2));
        int pos = 2;
        while (pos < data.Length)
        {
            int len = data[pos];
            if (pos + 1 + len > data.Length)
                return;
            var proto = data.Slice(pos + 1, len);
            tree.Add(node, TlsFields.AlpnStringLength, source, at + pos, 1, (ulong)len);
            tree.AddBytes(node, TlsFields.AlpnString, source, at + pos + 1, len, proto);
            string text = Encoding.ASCII.GetString(proto);
            if (client)
                session.OfferedAlpn.Add(text);
            else
                session.Alpn = text;
            pos += 1 + len;
        }
    }

    /// <summary>key_share: a ClientHello's list, a ServerHello's one entry, or a HelloRetryRequest's selected group.</summary>
    private static void DissectKeyShare(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data, bool client)
    {
        if (!client && data.Length == 2)
        {
            tree.Add(node, TlsFields.KeyShareSelectedGroup, source, at, 2, BinaryPrimitives.ReadUInt16BigEndian(data));
            return;
        }
        int share = tree.AddNode(node, TextItem.Field, source, at, data.Length);
        if (tree.BuildsText)
            tree.SetText(share, "Key Share extension");
        int pos = 0, end = data.Length;
        if (client)
        {
            if (data.Length < 2)
                return;
            int listLen = BinaryPrimitives.ReadUInt16BigEndian(data);
            tree.Add(share, TlsFields.KeyShareClientLength, source, at, 2, (ulong)listLen);
            pos = 2;
            end = Math.Min(data.Length, 2 + listLen);
        }
        while (pos + 4 <= end)
        {
            ushort group = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            int keyLen = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..]);
            if (pos + 4 + keyLen > end)
                return;
            int entry = tree.AddNode(share, TextItem.Field, source, at + pos, 4 + keyLen);
            if (tree.BuildsText)
            {
                if (TlsExtensionNames.Groups.TryGetValue(group, out var groupName))
                    tree.SetText(entry, $"Key Share Entry: Group: {groupName}, Key Exchange length: {keyLen}");
                else
                    tree.SetText(entry, $"Key Share Entry: Group: Unknown ({group}), Key Exchange length: {keyLen}");
            }
            tree.Add(entry, TlsFields.KeyShareGroup, source, at + pos, 2, group);
            tree.Add(entry, TlsFields.KeyExchangeLength, source, at + pos + 2, 2, (ulong)keyLen);
            tree.AddBytes(entry, TlsFields.KeyExchange, source, at + pos + 4, keyLen, data.Slice(pos + 4, keyLen));
            pos += 4 + keyLen;
        }
    }

    private static void DissectSupportedGroups(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
            return;
        int listLen = BinaryPrimitives.ReadUInt16BigEndian(data);
        if (2 + listLen > data.Length)
            return;
        tree.Add(node, TlsFields.SupportedGroupsLength, source, at, 2, (ulong)listLen);
        int list = tree.AddNode(node, TlsFields.SupportedGroups, source, at + 2, listLen);
        if (tree.BuildsText)
            tree.SetText(list, $"Supported Groups ({listLen / 2} group{(listLen / 2 == 1 ? "" : "s")})");
        for (int i = 2; i + 1 < 2 + listLen; i += 2)
            tree.Add(list, TlsFields.SupportedGroup, source, at + i, 2, BinaryPrimitives.ReadUInt16BigEndian(data[i..]));
    }

    private static void DissectEcPointFormats(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 1 || 1 + data[0] > data.Length)
            return;
        int count = data[0];
        tree.Add(node, TlsFields.EcPointFormatsLength, source, at, 1, (ulong)count);
        int list = tree.AddNode(node, TlsFields.EcPointFormats, source, at + 1, count);
        if (tree.BuildsText)
            tree.SetText(list, $"Elliptic curves point formats ({count})");
        for (int i = 1; i <= count; i++)
            tree.Add(list, TlsFields.EcPointFormat, source, at + i, 1, data[i]);
    }

    /// <summary>signature_algorithms(_cert): each SignatureScheme with its TLS 1.2 hash and signature bytes.</summary>
    internal static void DissectSignatureAlgorithms(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
            return;
        int listLen = BinaryPrimitives.ReadUInt16BigEndian(data);
        if (2 + listLen > data.Length)
            return;
        tree.Add(node, TlsFields.SigHashAlgsLength, source, at, 2, (ulong)listLen);
        int list = tree.AddNode(node, TlsFields.SigHashAlgs, source, at + 2, listLen);
        if (tree.BuildsText)
            tree.SetText(list, $"Signature Hash Algorithms ({listLen / 2} algorithm{(listLen / 2 == 1 ? "" : "s")})");
        for (int i = 2; i + 1 < 2 + listLen; i += 2)
            AddSignatureAlgorithm(tree, list, source, at + i, data[i], data[i + 1]);
    }

    /// <summary>One SignatureScheme (tls_dissect_signature_algorithm) with its TLS 1.2 hash and signature bytes.</summary>
    internal static void AddSignatureAlgorithm(FieldTree tree, int parent, int source, int at, byte hashByte, byte signatureByte)
    {
        ushort scheme = (ushort)(hashByte << 8 | signatureByte);
        int alg = tree.Add(parent, TlsFields.SigHashAlg, source, at, 2, scheme);
        // A TLS 1.2 (hash, signature) pair that TLS 1.3 does not name reads as both halves' names.
        if (tree.BuildsText && !TlsExtensionNames.SignatureAlgorithms.ContainsKey(scheme)
            && TlsExtensionNames.HashAlgorithms.TryGetValue(hashByte, out var hash) && TlsExtensionNames.SignatureKinds.TryGetValue(signatureByte, out var kind))
            tree.SetText(alg, $"Signature Algorithm: {hash} {kind} (0x{scheme:x4})");
        tree.Add(alg, TlsFields.SigHashHash, source, at, 1, hashByte);
        tree.Add(alg, TlsFields.SigHashSig, source, at + 1, 1, signatureByte);
    }

    private static void DissectPskKeyExchangeModes(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 1 || 1 + data[0] > data.Length)
            return;
        tree.Add(node, TlsFields.PskKeModesLength, source, at, 1, data[0]);
        for (int i = 1; i <= data[0]; i++)
            tree.Add(node, TlsFields.PskKeMode, source, at + i, 1, data[i]);
    }

    private static void DissectRenegotiationInfo(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 1 || 1 + data[0] > data.Length)
            return;
        int info = tree.AddNode(node, TextItem.Field, source, at, data.Length);
        if (tree.BuildsText)
            tree.SetText(info, "Renegotiation Info extension");
        tree.Add(info, TlsFields.RenegInfoLength, source, at, 1, data[0]);
        if (data[0] > 0)
            tree.AddBytes(info, TlsFields.RenegInfo, source, at + 1, data[0], data.Slice(1, data[0]));
    }

    /// <summary>A ClientHello's status_request: its type and, for OCSP, the two list lengths.</summary>
    private static void DissectStatusRequest(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data)
    {
        if (data.Length < 1)
            return;
        tree.Add(node, TlsFields.StatusRequestType, source, at, 1, data[0]);
        if (data[0] is not (1 or 2) || data.Length < 3)
            return;
        int ids = BinaryPrimitives.ReadUInt16BigEndian(data[1..]);
        tree.Add(node, TlsFields.StatusRequestResponderIdsLength, source, at + 1, 2, (ulong)ids);
        int pos = 3 + ids;
        if (pos + 2 > data.Length)
            return;
        tree.Add(node, TlsFields.StatusRequestExtensionsLength, source, at + pos, 2, BinaryPrimitives.ReadUInt16BigEndian(data[pos..]));
    }

    /// <summary>
    /// Whether a ServerHello's supported_versions extension picks TLS 1.3 (or a draft of it); <paramref name="rest"/> starts at
    /// its cipher suite. Anything malformed reads as no.
    /// </summary>
    private static bool ChoosesTls13(ReadOnlySpan<byte> rest)
    {
        if (rest.Length < 5)
            return false;
        int extLength = BinaryPrimitives.ReadUInt16BigEndian(rest[3..]);
        var ext = rest[5..];
        if (ext.Length > extLength)
            ext = ext[..extLength];
        while (ext.Length >= 4)
        {
            int type = BinaryPrimitives.ReadUInt16BigEndian(ext);
            int len = BinaryPrimitives.ReadUInt16BigEndian(ext[2..]);
            if (len > ext.Length - 4)
                return false;
            if (type == TlsNames.ExtSupportedVersions && len == 2)
            {
                ushort v = BinaryPrimitives.ReadUInt16BigEndian(ext[4..]);
                return v == 0x0304 || (v & 0xFF00) == 0x7F00;
            }
            ext = ext[(4 + len)..];
        }
        return false;
    }

    private static void DissectSupportedVersions(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> data, bool client)
    {
        if (!client)
        {
            if (data.Length >= 2)
            {
                ushort v = BinaryPrimitives.ReadUInt16BigEndian(data);
                tree.Add(node, TlsFields.SupportedVersion, source, at, 2, v);
                // A draft of TLS 1.3 runs TLS 1.3's record layer (Wireshark's column says TLSv1.3); it is named, not decrypted.
                session.DraftVersion = TlsVersions.IsTls13Draft(v) ? v : (ushort)0;
                session.Version = session.DraftVersion != 0 ? TlsVersions.Tls13 : v;
            }
            return;
        }
        if (data.Length < 1)
            return;
        int len = data[0];
        tree.Add(node, TlsFields.SupportedVersionsLength, source, at, 1, (ulong)len);
        for (int i = 1; i + 1 < data.Length && i < 1 + len; i += 2)
            tree.Add(node, TlsFields.SupportedVersion, source, at + i, 2, BinaryPrimitives.ReadUInt16BigEndian(data[i..]));
    }

    private static void DissectCertificates(TlsSession session, PacketContext packet, int node, int source, int at, ReadOnlySpan<byte> b)
    {
        var tree = packet.Tree;
        var r = new SpanCursor(b);
        if (session.IsTls13)
        {
            if (!r.TryTake(1, out var ctxLen) || !r.TryTake(ctxLen[0], out var context))
                return;
            tree.Add(node, TlsFields.CertificateRequestContextLength, source, at, 1, ctxLen[0]);
            if (context.Length > 0)
                tree.AddBytes(node, TlsFields.CertificateRequestContext, source, at + 1, context.Length, context);
        }
        int listAt = at + r.Position;
        if (!r.TryTake(3, out var listLenBytes))
            return;
        int listLen = ReadUInt24(listLenBytes);
        if (!r.TryTake(listLen, out var list))
            return;
        tree.Add(node, TlsFields.CertificatesLength, source, listAt, 3, (ulong)listLen);
        int certs = tree.AddNode(node, TlsFields.Certificates, source, listAt + 3, listLen);
        tree.SetText(certs, $"Certificates ({listLen} byte{(listLen == 1 ? "" : "s")})");
        int pos = 0;
        while (pos + 3 <= list.Length)
        {
            int len = ReadUInt24(list[pos..]);
            if (pos + 3 + len > list.Length)
                return;
            tree.Add(certs, TlsFields.CertificateLength, source, listAt + 3 + pos, 3, (ulong)len);
            int certificate = tree.AddBytes(certs, TlsFields.Certificate, source, listAt + 6 + pos, len, list.Slice(pos + 3, len));
            var der = list.Slice(pos + 3, len);
            X509.X509Dissector.Certificate(packet, certificate, source, listAt + 6 + pos, der);
            var names = X509.CertificateNames.Read(der);
            if (session.CertificateSubject is null && names.Subject is not null)
            {
                // The first certificate is the server's own; the chain's others are its issuers.
                session.CertificateSubject = names.Subject;
                session.CertificateIssuer = names.Issuer;
            }
            pos += 3 + len;
            if (session.IsTls13)
            {
                // Each CertificateEntry's extensions (status_request's OCSP response, SCTs).
                if (pos + 2 > list.Length)
                    return;
                int extensionsLength = BinaryPrimitives.ReadUInt16BigEndian(list[pos..]);
                if (pos + 2 + extensionsLength > list.Length)
                    return;
                TlsHandshakeMessages.Extensions(session, packet, certs, source, listAt + 3 + pos, list.Slice(pos, 2 + extensionsLength), TlsNames.Certificate);
                pos += 2 + extensionsLength;
            }
        }
    }

    private static int ReadUInt24(ReadOnlySpan<byte> b) => b[0] << 16 | b[1] << 8 | b[2];

    /// <summary>Reads length-checked slices off a span; never throws.</summary>
    private ref struct SpanCursor(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        public int Position { get; private set; }

        public bool TryTake(int count, out ReadOnlySpan<byte> slice)
        {
            if (count < 0 || Position + count > _bytes.Length)
            {
                slice = default;
                return false;
            }
            slice = _bytes.Slice(Position, count);
            Position += count;
            return true;
        }
    }
}
