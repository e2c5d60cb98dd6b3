using System.Buffers.Binary;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>
/// The handshake messages between the hellos and Finished, as packet-tls-utils.c 4.0 shows them: NewSessionTicket,
/// EncryptedExtensions, ServerKeyExchange (ECDHE and DHE parameters with their signature), CertificateRequest,
/// CertificateVerify and the ClientKeyExchange of each key exchange. Each reads only inside its message: a length that
/// runs past the end stops the message there, never throws.
/// </summary>
internal static class TlsHandshakeMessages
{
    /// <summary>RFC 5077 §3.3 and RFC 8446 §4.6.1 (ssl_dissect_hnd_new_ses_ticket).</summary>
    public static void NewSessionTicket(TlsSession session, PacketContext packet, int node, int source, int at, ReadOnlySpan<byte> b)
    {
        var tree = packet.Tree;
        int ticket = Subtree(tree, node, source, at, b.Length, "TLS Session Ticket");
        if (b.Length < 4)
            return;
        uint lifetime = BinaryPrimitives.ReadUInt32BigEndian(b);
        int hint = tree.Add(ticket, TlsFields.SessionTicketLifetimeHint, source, at, 4, lifetime);
        if (lifetime >= 60 && tree.BuildsText)
            tree.AppendText(hint, $" ({TimeSpanText(lifetime)})");
        int pos = 4;
        bool tls13 = session.IsTls13;
        if (tls13)
        {
            if (pos + 4 > b.Length)
                return;
            tree.Add(ticket, TlsFields.SessionTicketAgeAdd, source, at + pos, 4, BinaryPrimitives.ReadUInt32BigEndian(b[pos..]));
            pos += 4;
            if (pos + 1 > b.Length || pos + 1 + b[pos] > b.Length)
                return;
            int nonceLength = b[pos];
            tree.Add(ticket, TlsFields.SessionTicketNonceLength, source, at + pos, 1, (ulong)nonceLength);
            pos++;
            tree.AddBytes(ticket, TlsFields.SessionTicketNonce, source, at + pos, nonceLength, b.Slice(pos, nonceLength));
            pos += nonceLength;
        }
        if (pos + 2 > b.Length)
            return;
        int length = BinaryPrimitives.ReadUInt16BigEndian(b[pos..]);
        if (pos + 2 + length > b.Length)
            return;
        tree.Add(ticket, TlsFields.SessionTicketLength, source, at + pos, 2, (ulong)length);
        pos += 2;
        tree.AddBytes(ticket, TlsFields.SessionTicket, source, at + pos, length, b.Slice(pos, length));
        pos += length;
        if (tls13)
            Extensions(session, packet, ticket, source, at + pos, b[pos..], TlsNames.NewSessionTicket);
    }

    /// <summary>An extension block of a message other than the hellos: its length, then each extension.</summary>
    public static void Extensions(TlsSession session, PacketContext packet, int node, int source, int at, ReadOnlySpan<byte> b, byte message)
    {
        var tree = packet.Tree;
        if (b.Length < 2)
            return;
        int length = BinaryPrimitives.ReadUInt16BigEndian(b);
        tree.Add(node, TlsFields.ExtensionsLength, source, at, 2, (ulong)length);
        var extensions = b[2..];
        if (extensions.Length > length)
            extensions = extensions[..length];
        TlsHandshakeDissector.DissectExtensions(session, packet, node, source, at + 2, extensions, client: false, message);
    }

    /// <summary>RFC 5246 §7.4.3 and RFC 8422 §5.4: the server's ephemeral key and its signature.</summary>
    public static void ServerKeyExchange(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> b)
    {
        switch (session.KeyExchange)
        {
            case TlsKeyExchange.Ecdh or TlsKeyExchange.EcdhAnonymous:
                ServerEcdhParams(session, tree, node, source, at, b, anonymous: session.KeyExchange == TlsKeyExchange.EcdhAnonymous);
                break;
            case TlsKeyExchange.Dh or TlsKeyExchange.DhAnonymous:
                ServerDhParams(session, tree, node, source, at, b, anonymous: session.KeyExchange == TlsKeyExchange.DhAnonymous);
                break;
            case TlsKeyExchange.Psk or TlsKeyExchange.RsaPsk:
                // RFC 4279 §2: the server's identity hint, read only when its length accounts for the whole message.
                if (b.Length >= 2 && 2 + BinaryPrimitives.ReadUInt16BigEndian(b) == b.Length)
                {
                    int psk = Subtree(tree, node, source, at, b.Length, "PSK Server Params");
                    int pos = 0;
                    Vector(tree, psk, source, at, b, ref pos, TlsFields.PskHintLength, TlsFields.PskHint);
                }
                break;
        }
    }

    private static void ServerEcdhParams(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> b, bool anonymous)
    {
        int ecdh = Subtree(tree, node, source, at, b.Length, "EC Diffie-Hellman Server Params");
        if (b.Length < 1)
            return;
        tree.Add(ecdh, TlsFields.ServerCurveType, source, at, 1, b[0]);
        if (b[0] != 3 || b.Length < 4)
            return; // only named curves are read, as tshark
        tree.Add(ecdh, TlsFields.ServerNamedCurve, source, at + 1, 2, BinaryPrimitives.ReadUInt16BigEndian(b[1..]));
        int pointLength = b[3];
        tree.Add(ecdh, TlsFields.ServerPointLength, source, at + 3, 1, (ulong)pointLength);
        if (4 + pointLength > b.Length)
            return;
        tree.AddBytes(ecdh, TlsFields.ServerPoint, source, at + 4, pointLength, b.Slice(4, pointLength));
        int pos = 4 + pointLength;
        if (!anonymous)
            DigitallySigned(session, tree, ecdh, source, at + pos, b[pos..], TlsFields.ServerSignatureLength, TlsFields.ServerSignature);
    }

    private static void ServerDhParams(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> b, bool anonymous)
    {
        int dh = Subtree(tree, node, source, at, b.Length, "Diffie-Hellman Server Params");
        int pos = 0;
        if (!Vector(tree, dh, source, at, b, ref pos, TlsFields.DhPLength, TlsFields.DhP)
            || !Vector(tree, dh, source, at, b, ref pos, TlsFields.DhGLength, TlsFields.DhG)
            || !Vector(tree, dh, source, at, b, ref pos, TlsFields.DhServerPublicLength, TlsFields.DhServerPublic))
            return;
        if (!anonymous)
            DigitallySigned(session, tree, dh, source, at + pos, b[pos..], TlsFields.ServerSignatureLength, TlsFields.ServerSignature);
    }

    /// <summary>A text item over a message's bytes, the subtree its parts go under ("PSK Client Params", "TLS Session Ticket", …).</summary>
    private static int Subtree(FieldTree tree, int node, int source, int at, int length, string text)
    {
        int subtree = tree.AddNode(node, TextItem.Field, source, at, length);
        tree.SetText(subtree, text);
        return subtree;
    }

    /// <summary>A 2-byte length and the bytes it counts; false when they run past the message.</summary>
    private static bool Vector(FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> b, ref int pos, FieldDef lengthField, FieldDef valueField)
    {
        if (pos + 2 > b.Length)
            return false;
        int length = BinaryPrimitives.ReadUInt16BigEndian(b[pos..]);
        tree.Add(node, lengthField, source, at + pos, 2, (ulong)length);
        if (pos + 2 + length > b.Length)
            return false;
        tree.AddBytes(node, valueField, source, at + pos + 2, length, b.Slice(pos + 2, length));
        pos += 2 + length;
        return true;
    }

    /// <summary>ssl_dissect_digitally_signed: TLS 1.2 and 1.3 name the signature scheme first, then the signature behind a 2-byte length.</summary>
    private static void DigitallySigned(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> b,
        FieldDef lengthField, FieldDef signatureField)
    {
        int pos = 0;
        if (session.Version is TlsVersions.Tls12 or TlsVersions.Tls13)
        {
            if (b.Length < 2)
                return;
            TlsHandshakeDissector.AddSignatureAlgorithm(tree, node, source, at, b[0], b[1]);
            pos = 2;
        }
        Vector(tree, node, source, at, b, ref pos, lengthField, signatureField);
    }

    /// <summary>RFC 5246 §7.4.8 and RFC 8446 §4.4.3.</summary>
    public static void CertificateVerify(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> b)
        => DigitallySigned(session, tree, node, source, at, b, TlsFields.CertificateVerifySignatureLength, TlsFields.CertificateVerifySignature);

    /// <summary>The ClientKeyExchange of RSA (the encrypted pre-master secret), DHE (the client's public value), ECDHE (its point), PSK and RSA-PSK (the identity).</summary>
    public static void ClientKeyExchange(TlsSession session, FieldTree tree, int node, int source, int at, ReadOnlySpan<byte> b)
    {
        switch (session.KeyExchange)
        {
            case TlsKeyExchange.Ecdh or TlsKeyExchange.EcdhAnonymous:
                // RFC 8422 §5.7: the client's ephemeral ECDH public point, behind a one-byte length.
                if (b.Length >= 1 && 1 + b[0] <= b.Length)
                {
                    int ecdh = Subtree(tree, node, source, at, b.Length, "EC Diffie-Hellman Client Params");
                    tree.Add(ecdh, TlsFields.ClientPointLength, source, at, 1, b[0]);
                    tree.AddBytes(ecdh, TlsFields.ClientPoint, source, at + 1, b[0], b.Slice(1, b[0]));
                }
                break;
            case TlsKeyExchange.Dh or TlsKeyExchange.DhAnonymous:
            {
                int dh = Subtree(tree, node, source, at, b.Length, "Diffie-Hellman Client Params");
                int pos = 0;
                Vector(tree, dh, source, at, b, ref pos, TlsFields.DhClientPublicLength, TlsFields.DhClientPublic);
                break;
            }
            case TlsKeyExchange.Psk:
            {
                // RFC 4279 §2: the identity the client uses.
                int psk = Subtree(tree, node, source, at, b.Length, "PSK Client Params");
                int pos = 0;
                Vector(tree, psk, source, at, b, ref pos, TlsFields.PskClientIdentityLength, TlsFields.PskClientIdentity);
                break;
            }
            case TlsKeyExchange.RsaPsk:
            {
                // RFC 4279 §4: the identity, then the pre-master secret encrypted to the server's RSA key.
                int psk = Subtree(tree, node, source, at, b.Length, "RSA PSK Client Params");
                int pos = 0;
                if (Vector(tree, psk, source, at, b, ref pos, TlsFields.PskClientIdentityLength, TlsFields.PskClientIdentity))
                    Vector(tree, psk, source, at, b, ref pos, TlsFields.EncryptedPreMasterLength, TlsFields.EncryptedPreMaster);
                break;
            }
            case TlsKeyExchange.Rsa:
            {
                int rsa = Subtree(tree, node, source, at, b.Length, "RSA Encrypted PreMaster Secret");
                int pos = 0;
                Vector(tree, rsa, source, at, b, ref pos, TlsFields.EncryptedPreMasterLength, TlsFields.EncryptedPreMaster);
                // TLS 1.0+ (RFC 5246 §7.4.7.1): a 2-byte length, then the pre-master secret encrypted to the server's key.
                if (b.Length >= 2 && BinaryPrimitives.ReadUInt16BigEndian(b) == b.Length - 2)
                    session.EncryptedPreMasterSecret = b[2..].ToArray();
                break;
            }
        }
    }

    /// <summary>RFC 5246 §7.4.4 and RFC 8446 §4.3.2 (ssl_dissect_hnd_cert_req).</summary>
    public static void CertificateRequest(TlsSession session, PacketContext packet, int node, int source, int at, ReadOnlySpan<byte> b)
    {
        var tree = packet.Tree;
        if (session.IsTls13)
        {
            if (b.Length < 1 || 1 + b[0] > b.Length)
                return;
            int contextLength = b[0];
            tree.Add(node, TlsFields.CertificateRequestContextLength, source, at, 1, (ulong)contextLength);
            if (contextLength > 0)
                tree.AddBytes(node, TlsFields.CertificateRequestContext, source, at + 1, contextLength, b.Slice(1, contextLength));
            Extensions(session, packet, node, source, at + 1 + contextLength, b[(1 + contextLength)..], TlsNames.CertificateRequest);
            return;
        }
        if (b.Length < 1 || 1 + b[0] > b.Length)
            return;
        int count = b[0];
        tree.Add(node, TlsFields.CertTypesCount, source, at, 1, (ulong)count);
        int types = tree.AddNode(node, TlsFields.CertTypes, source, at + 1, count);
        tree.SetText(types, $"Certificate types ({count} type{(count == 1 ? "" : "s")})");
        for (int i = 0; i < count; i++)
        {
            // tshark registers tls.handshake.cert_type twice; a CertificateRequest's is named "Certificate type".
            int type = tree.Add(types, TlsFields.CertType, source, at + 1 + i, 1, b[1 + i]);
            if (tree.BuildsText)
                tree.SetText(type, $"Certificate type: {(TlsExtensionNames.ClientCertificateTypes.TryGetValue(b[1 + i], out var name) ? name : "Unknown")} ({b[1 + i]})");
        }
        int pos = 1 + count;
        if (session.Version == TlsVersions.Tls12)
        {
            if (pos + 2 > b.Length)
                return;
            int listLength = BinaryPrimitives.ReadUInt16BigEndian(b[pos..]);
            if (pos + 2 + listLength > b.Length)
                return;
            TlsHandshakeDissector.DissectSignatureAlgorithms(tree, node, source, at + pos, b.Slice(pos, 2 + listLength));
            pos += 2 + listLength;
        }
        DistinguishedNames(packet, node, source, at + pos, b[pos..]);
    }

    /// <summary>A list of certificate authorities (a CertificateRequest's, the certificate_authorities extension's).</summary>
    public static void DistinguishedNames(PacketContext packet, int node, int source, int at, ReadOnlySpan<byte> b)
    {
        var tree = packet.Tree;
        int pos = 0;
        if (pos + 2 > b.Length)
            return;
        int namesLength = BinaryPrimitives.ReadUInt16BigEndian(b[pos..]);
        tree.Add(node, TlsFields.DistinguishedNamesLength, source, at + pos, 2, (ulong)namesLength);
        pos += 2;
        if (namesLength == 0 || pos + namesLength > b.Length)
            return;
        int names = tree.AddNode(node, TlsFields.DistinguishedNames, source, at + pos, namesLength);
        tree.SetText(names, $"Distinguished Names ({namesLength} byte{(namesLength == 1 ? "" : "s")})");
        int end = pos + namesLength;
        while (pos + 2 <= end)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(b[pos..]);
            tree.Add(names, TlsFields.DistinguishedNameLength, source, at + pos, 2, (ulong)length);
            pos += 2;
            if (pos + length > end)
                return;
            X509.X509Dissector.DistinguishedName(packet, names, TlsFields.DistinguishedName, source, at + pos, b.Slice(pos, length));
            pos += length;
        }
    }

    /// <summary>Wireshark's unsigned_time_secs_to_str: "2 hours", "1 day, 3 minutes, 1 second".</summary>
    internal static string TimeSpanText(uint seconds)
    {
        uint secs = seconds % 60, minutes = seconds / 60 % 60, hours = seconds / 3600 % 24, days = seconds / 86400;
        var parts = new List<string>(4);
        if (days != 0)
            parts.Add($"{days} day{(days == 1 ? "" : "s")}");
        if (hours != 0)
            parts.Add($"{hours} hour{(hours == 1 ? "" : "s")}");
        if (minutes != 0)
            parts.Add($"{minutes} minute{(minutes == 1 ? "" : "s")}");
        if (secs != 0)
            parts.Add($"{secs} second{(secs == 1 ? "" : "s")}");
        return parts.Count == 0 ? "0 seconds" : string.Join(", ", parts);
    }
}
