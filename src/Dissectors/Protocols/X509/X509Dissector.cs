using System.Buffers.Binary;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.X509;

/// <summary>
/// A DER certificate (RFC 5280 §4.1) as Wireshark 4.0's BER dissectors show it: signedCertificate with its version,
/// serial number, algorithm identifiers, issuer and subject RDN sequences with their "(id-at-commonName=…)" summaries,
/// validity, subjectPublicKeyInfo and extensions, then algorithmIdentifier and the encrypted signature. Items sit where
/// packet-ber.c puts them: a SEQUENCE over its whole encoding, a SEQUENCE OF and a primitive over its contents.
/// Every length is checked against its enclosing element; an element that does not fit ends the certificate's tree there.
/// </summary>
public static class X509Dissector
{
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string EcPublicKey = "1.2.840.10045.2.1";
    private const string CountryNameOid = "2.5.4.6";
    private const string EmailAddressOid = "1.2.840.113549.1.9.1";
    private const string DomainComponentOid = "0.9.2342.19200300.100.1.25";
    private const int MaxItems = 256;

    /// <summary>Attribute types x509sat reads as a DirectoryString (register_ber_oid_dissector in packet-x509sat.c).</summary>
    private static readonly HashSet<string> DirectoryStringAttributes =
    [
        "2.5.4.3", "2.5.4.4", "2.5.4.7", "2.5.4.8", "2.5.4.9", "2.5.4.10", "2.5.4.11", "2.5.4.12", "2.5.4.13", "2.5.4.15", "2.5.4.17",
        "2.5.4.41", "2.5.4.42", "2.5.4.43", "2.5.4.44",
    ];

    /// <summary>The certificate extensions read field by field (packet-x509ce.c).</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>
    {
        "2.5.29.14", "2.5.29.15", "2.5.29.17", "2.5.29.19", "2.5.29.31", "2.5.29.32", "2.5.29.35", "2.5.29.37", AuthorityInfoAccessOid,
    };

    private const string AuthorityInfoAccessOid = "1.3.6.1.5.5.7.1.1";

    private enum Element : byte
    {
        DistributionPoint,
        PolicyInformation,
        AccessDescription,
    }

    /// <summary>One BER element: its tag byte, where its contents start and how long they are.</summary>
    private readonly record struct Tlv(byte Tag, int Start, int ContentStart, int Length)
    {
        public int End => ContentStart + Length;
        public int TotalLength => End - Start;
    }

    /// <summary>Reads the element at <paramref name="pos"/>, which must end by <paramref name="limit"/>; single-byte tags, definite lengths.</summary>
    private static bool TryRead(ReadOnlySpan<byte> b, int pos, int limit, out Tlv tlv)
    {
        tlv = default;
        if (pos + 2 > limit || (b[pos] & 0x1F) == 0x1F)
            return false;
        int length = b[pos + 1];
        int header = 2;
        if (length >= 0x80)
        {
            int count = length & 0x7F;
            if (count is 0 or > 3 || pos + 2 + count > limit)
                return false;
            length = 0;
            for (int i = 0; i < count; i++)
                length = length << 8 | b[pos + 2 + i];
            header += count;
        }
        if (length > limit - pos - header)
            return false;
        tlv = new Tlv(b[pos], pos, pos + header, length);
        return true;
    }

    /// <summary>A certificate under <paramref name="parent"/> (the TLS Certificate item), whose line gains the subject's summary.</summary>
    public static void Certificate(PacketContext packet, int parent, int source, int offset, ReadOnlySpan<byte> der)
    {
        var c = new Context(packet, source, offset, der);
        if (!TryRead(der, 0, der.Length, out var certificate) || certificate.Tag != 0x30)
            return;
        int pos = certificate.ContentStart;
        if (!TryRead(der, pos, certificate.End, out var tbs) || tbs.Tag != 0x30)
            return;
        string? subject = c.SignedCertificate(parent, tbs);
        if (subject is not null)
            packet.Tree.AppendText(parent, $" ({subject})");
        pos = tbs.End;
        if (!TryRead(der, pos, certificate.End, out var algorithm) || algorithm.Tag != 0x30)
            return;
        c.AlgorithmIdentifier(parent, X509Fields.AlgorithmIdentifier, algorithm);
        pos = algorithm.End;
        if (TryRead(der, pos, certificate.End, out var signature) && signature.Tag == 0x03)
            c.BitString(parent, X509Fields.Encrypted, signature);
    }

    /// <summary>
    /// A DistinguishedName (a CertificateRequest's certificate authority): <paramref name="field"/> over the RDNSequence's
    /// contents, then its RDNs, as dissect_x509if_DistinguishedName shows them.
    /// </summary>
    public static void DistinguishedName(PacketContext packet, int parent, FieldDef field, int source, int offset, ReadOnlySpan<byte> der)
    {
        if (!TryRead(der, 0, der.Length, out var sequence) || sequence.Tag != 0x30)
            return;
        new Context(packet, source, offset, der).RdnSequence(parent, field, sequence);
    }

    /// <summary>Walks one certificate's elements, adding items in the packet's tree.</summary>
    private readonly ref struct Context(PacketContext packet, int source, int offset, ReadOnlySpan<byte> der)
    {
        private readonly ReadOnlySpan<byte> _b = der;
        private FieldTree Tree => packet.Tree;

        private ReadOnlySpan<byte> Contents(Tlv t) => _b.Slice(t.ContentStart, t.Length);

        private int AddOverContents(int parent, FieldDef field, Tlv t, ulong value) => Tree.Add(parent, field, source, offset + t.ContentStart, t.Length, value);

        private int AddBytes(int parent, FieldDef field, Tlv t) => Tree.AddBytes(parent, field, source, offset + t.ContentStart, t.Length, Contents(t));

        private int AddElement(int parent, FieldDef field, Tlv t) => Tree.AddNode(parent, field, source, offset + t.Start, t.TotalLength);

        /// <summary>A SEQUENCE OF or SET OF: the number of its elements (up to <see cref="MaxItems"/>) over its contents.</summary>
        private int AddCounted(int parent, FieldDef field, Tlv list)
        {
            int count = 0;
            for (int pos = list.ContentStart; count < MaxItems && TryRead(_b, pos, list.End, out var e); pos = e.End)
                count++;
            return AddOverContents(parent, field, list, (ulong)count);
        }

        /// <summary>TBSCertificate: returns the subject's summary for the certificate's line.</summary>
        public string? SignedCertificate(int parent, Tlv tbs)
        {
            int node = AddElement(parent, X509Fields.SignedCertificate, tbs);
            int pos = tbs.ContentStart;
            if (!TryRead(_b, pos, tbs.End, out var t))
                return null;
            if (t.Tag == 0xA0)
            {
                if (TryRead(_b, t.ContentStart, t.End, out var version) && version.Tag == 0x02)
                    AddOverContents(node, X509Fields.Version, version, (ulong)Integer(Contents(version)));
                pos = t.End;
                if (!TryRead(_b, pos, tbs.End, out t))
                    return null;
            }
            if (t.Tag != 0x02)
                return null;
            Integer(node, X509Fields.SerialNumber, t);
            if (!Next(ref t, tbs, 0x30))
                return null;
            AlgorithmIdentifier(node, X509Fields.Signature, t);
            if (!Next(ref t, tbs, 0x30))
                return null;
            Name(node, X509Fields.Issuer, X509Fields.RdnSequence, t);
            if (!Next(ref t, tbs, 0x30))
                return null;
            Validity(node, t);
            if (!Next(ref t, tbs, 0x30))
                return null;
            string subject = Name(node, X509Fields.Subject, X509Fields.SubjectRdnSequence, t);
            if (!Next(ref t, tbs, 0x30))
                return subject;
            SubjectPublicKeyInfo(node, t);
            while (TryRead(_b, t.End, tbs.End, out t))
            {
                if (t.Tag == 0xA3 && TryRead(_b, t.ContentStart, t.End, out var list) && list.Tag == 0x30)
                    Extensions(node, list);
            }
            return subject;
        }

        private bool Next(ref Tlv t, Tlv within, byte tag) => TryRead(_b, t.End, within.End, out t) && t.Tag == tag;

        /// <summary>An INTEGER shown as bytes ("0x00f871aa…", the serial number and an RSA modulus).</summary>
        private void Integer(int parent, FieldDef field, Tlv t)
        {
            int item = AddBytes(parent, field, t);
            // "0x" and the bytes as tshark writes bytes: at most 36 of them, then "…".
            var bytes = Contents(t);
            if (Tree.BuildsText)
                Tree.SetValueText(item, bytes.Length > 36 ? "0x" + Convert.ToHexStringLower(bytes[..36]) + "…" : "0x" + Convert.ToHexStringLower(bytes));
        }

        private static long Integer(ReadOnlySpan<byte> b)
        {
            if (b.Length is 0 or > 8)
                return 0;
            long value = (sbyte)b[0];
            for (int i = 1; i < b.Length; i++)
                value = value << 8 | b[i];
            return value;
        }

        /// <summary>AlgorithmIdentifier: the element named after its algorithm, the OID, and an EC key's named curve.</summary>
        public string AlgorithmIdentifier(int parent, FieldDef field, Tlv t)
        {
            int node = AddElement(parent, field, t);
            if (!TryRead(_b, t.ContentStart, t.End, out var oid) || oid.Tag != 0x06)
                return "";
            AddBytes(node, X509Fields.AlgorithmId, oid);
            string dotted = ObjectIdentifiers.ToDotted(Contents(oid));
            if (Tree.BuildsText)
                Tree.AppendText(node, $" ({ObjectIdentifiers.NameOf(dotted) ?? dotted})");
            if (dotted == EcPublicKey && TryRead(_b, oid.End, t.End, out var parameters) && parameters.Tag == 0x06)
            {
                // packet-pkcs1.c's ECParameters, called through the OID's dissector (so pkcs-1 is a layer of the frame).
                packet.AddProtocolName("pkcs-1");
                int choice = Tree.Add(node, X509Fields.EcParameters, source, offset + parameters.Start, parameters.TotalLength, 1);
                AddBytes(choice, X509Fields.NamedCurve, parameters);
            }
            return dotted;
        }

        /// <summary>Name ::= CHOICE { rdnSequence }: returns the summary "id-at-commonName=…,id-at-countryName=…" (last RDN first).</summary>
        private string Name(int parent, FieldDef choiceField, FieldDef sequenceField, Tlv t)
        {
            int choice = Tree.Add(parent, choiceField, source, offset + t.Start, t.TotalLength, 0);
            return RdnSequence(choice, sequenceField, t);
        }

        /// <summary>
        /// RDNSequence ::= SEQUENCE OF RelativeDistinguishedName: an item over its contents with the count ("2 items"), or for
        /// an FT_NONE field a ":" (dissect_ber_sq_of), then the summary.
        /// </summary>
        public string RdnSequence(int parent, FieldDef sequenceField, Tlv t)
        {
            int sequence = AddCounted(parent, sequenceField, t);
            if (sequenceField.Type == FieldType.None && Tree.BuildsText)
                Tree.AppendText(sequence, ":");
            var rdns = new List<string>();
            int n = 0;
            for (int pos = t.ContentStart; n++ < MaxItems && TryRead(_b, pos, t.End, out var set); pos = set.End)
            {
                if (set.Tag != 0x31)
                    break;
                rdns.Add(RelativeDistinguishedName(sequence, set));
            }
            rdns.Reverse();
            string summary = string.Join(",", rdns);
            if (Tree.BuildsText)
                Tree.AppendText(sequence, $" ({summary})");
            return summary;
        }

        private string RelativeDistinguishedName(int parent, Tlv set)
        {
            int item = AddCounted(parent, X509Fields.RdnSequenceItem, set);
            var parts = new List<string>(2);
            int n = 0;
            for (int pos = set.ContentStart; n++ < MaxItems && TryRead(_b, pos, set.End, out var ava); pos = ava.End)
            {
                if (ava.Tag != 0x30)
                    break;
                parts.Add(AttributeTypeAndValue(item, ava));
            }
            string rdn = string.Join("+", parts);
            if (Tree.BuildsText)
                Tree.AppendText(item, $" ({rdn})");
            return rdn;
        }

        private string AttributeTypeAndValue(int parent, Tlv ava)
        {
            int node = AddElement(parent, X509Fields.RelativeDistinguishedNameItem, ava);
            if (!TryRead(_b, ava.ContentStart, ava.End, out var oid) || oid.Tag != 0x06)
                return "";
            AddBytes(node, X509Fields.ObjectId, oid);
            string dotted = ObjectIdentifiers.ToDotted(Contents(oid));
            string name = ObjectIdentifiers.NameOf(dotted) ?? dotted;
            string value = "";
            if (TryRead(_b, oid.End, ava.End, out var v))
            {
                if (dotted == CountryNameOid && v.Tag == 0x13)
                {
                    packet.AddProtocolName("x509sat");
                    value = Text(v);
                    Tree.AddString(node, X509Fields.CountryName, source, offset + v.ContentStart, v.Length, value);
                }
                else if (dotted is EmailAddressOid or DomainComponentOid && v.Tag == 0x16)
                {
                    // pkcs-9-at-emailAddress and dc (domainComponent): IA5Strings, which x509sat dissects.
                    packet.AddProtocolName("x509sat");
                    value = Text(v);
                    Tree.AddString(node, X509Fields.Ia5String, source, offset + v.ContentStart, v.Length, value);
                }
                else if (DirectoryStringAttributes.Contains(dotted) && DirectoryStringChoice(v.Tag) is { } choice)
                {
                    packet.AddProtocolName("x509sat");
                    value = Text(v);
                    int directory = Tree.Add(node, X509Fields.DirectoryString, source, offset + v.Start, v.TotalLength, choice.Index);
                    Tree.AddString(directory, choice.Field, source, offset + v.ContentStart, v.Length, value);
                }
            }
            string text = $"{name}={value}";
            if (Tree.BuildsText)
                Tree.AppendText(node, $" ({text})");
            return text;
        }

        private static (ulong Index, FieldDef Field)? DirectoryStringChoice(byte tag) => tag switch
        {
            0x14 => (0, X509Fields.TeletexString),
            0x13 => (1, X509Fields.PrintableString),
            0x1C => (2, X509Fields.UniversalString),
            0x0C => (4, X509Fields.Utf8String),
            0x1E => (3, X509Fields.BmpString),
            _ => null,
        };

        private string Text(Tlv t) => t.Tag switch
        {
            0x1E => Encoding.BigEndianUnicode.GetString(Contents(t)),
            0x1C => Utf32(Contents(t)),
            _ => Encoding.UTF8.GetString(Contents(t)),
        };

        private static string Utf32(ReadOnlySpan<byte> b)
        {
            var sb = new StringBuilder(b.Length / 4);
            for (int i = 0; i + 3 < b.Length; i += 4)
            {
                int cp = (int)BinaryPrimitives.ReadUInt32BigEndian(b[i..]);
                if (cp is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                    sb.Append(char.ConvertFromUtf32(cp));
            }
            return sb.ToString();
        }

        private void Validity(int parent, Tlv t)
        {
            int node = AddElement(parent, X509Fields.Validity, t);
            if (!TryRead(_b, t.ContentStart, t.End, out var notBefore))
                return;
            Time(node, X509Fields.NotBefore, notBefore);
            if (TryRead(_b, notBefore.End, t.End, out var notAfter))
                Time(node, X509Fields.NotAfter, notAfter);
        }

        /// <summary>Time ::= CHOICE { utcTime, generalizedTime }; a UTCTime reads "2018-10-05 01:38:17 (UTC)" (dissect_ber_UTCTime).</summary>
        private void Time(int parent, FieldDef field, Tlv t)
        {
            if (t.Tag != 0x17)
                return; // generalizedTime: not read yet
            int choice = Tree.Add(parent, field, source, offset + t.Start, t.TotalLength, 0);
            var s = Contents(t);
            string text;
            if (s.Length == 13 && s[12] == (byte)'Z')
            {
                string digits = Encoding.ASCII.GetString(s[..12]);
                text = $"{(digits[0] < '5' ? "20" : "19")}{digits[..2]}-{digits[2..4]}-{digits[4..6]} {digits[6..8]}:{digits[8..10]}:{digits[10..12]} (UTC)";
            }
            else
            {
                text = Encoding.ASCII.GetString(s);
            }
            Tree.AddString(choice, X509Fields.UtcTime, source, offset + t.ContentStart, t.Length, text);
        }

        private void SubjectPublicKeyInfo(int parent, Tlv t)
        {
            int node = AddElement(parent, X509Fields.SubjectPublicKeyInfo, t);
            if (!TryRead(_b, t.ContentStart, t.End, out var algorithm) || algorithm.Tag != 0x30)
                return;
            string dotted = AlgorithmIdentifier(node, X509Fields.Algorithm, algorithm);
            if (!TryRead(_b, algorithm.End, t.End, out var key) || key.Tag != 0x03 || key.Length < 1)
                return;
            if (dotted == RsaEncryption)
            {
                // RSAPublicKey inside the bit string's bytes (after the padding count, which is not shown).
                var bits = new Tlv(0x03, key.ContentStart + 1, key.ContentStart + 1, key.Length - 1);
                int item = AddBytes(node, X509Fields.SubjectPublicKey, bits);
                if (TryRead(_b, bits.ContentStart, bits.End, out var sequence) && sequence.Tag == 0x30
                    && TryRead(_b, sequence.ContentStart, sequence.End, out var modulus) && modulus.Tag == 0x02)
                {
                    Integer(item, X509Fields.Modulus, modulus);
                    if (TryRead(_b, modulus.End, sequence.End, out var exponent) && exponent.Tag == 0x02)
                        AddOverContents(item, X509Fields.PublicExponent, exponent, (ulong)Integer(Contents(exponent)));
                }
                return;
            }
            BitString(node, X509Fields.SubjectPublicKey, key);
        }

        /// <summary>A BIT STRING: its padding count (ber.bitstring.padding), then its bytes.</summary>
        public int BitString(int parent, FieldDef field, Tlv t)
        {
            if (t.Length < 1)
                return -1;
            Tree.Add(parent, X509Fields.BitStringPadding, source, offset + t.ContentStart, 1, _b[t.ContentStart]);
            return Tree.AddBytes(parent, field, source, offset + t.ContentStart + 1, t.Length - 1, _b.Slice(t.ContentStart + 1, t.Length - 1));
        }

        private void Extensions(int parent, Tlv list)
        {
            int node = AddCounted(parent, X509Fields.Extensions, list);
            int n = 0;
            for (int pos = list.ContentStart; n++ < MaxItems && TryRead(_b, pos, list.End, out var e); pos = e.End)
            {
                if (e.Tag != 0x30)
                    break;
                Extension(node, e);
            }
        }

        private void Extension(int parent, Tlv e)
        {
            int node = AddElement(parent, X509Fields.Extension, e);
            if (!TryRead(_b, e.ContentStart, e.End, out var oid) || oid.Tag != 0x06)
                return;
            AddBytes(node, X509Fields.ExtensionId, oid);
            string dotted = ObjectIdentifiers.ToDotted(Contents(oid));
            if (Tree.BuildsText)
                Tree.AppendText(node, $" ({ObjectIdentifiers.NameOf(dotted) ?? dotted})");
            if (!TryRead(_b, oid.End, e.End, out var t))
                return;
            if (t.Tag == 0x01)
            {
                AddOverContents(node, X509Fields.Critical, t, t.Length > 0 && _b[t.ContentStart] != 0 ? 1UL : 0UL);
                if (!TryRead(_b, t.End, e.End, out t))
                    return;
            }
            if (t.Tag != 0x04 || !KnownExtensions.Contains(dotted))
                return;
            // The extension's dissector is x509ce's, authorityInfoAccess's is PKIX1Implicit's.
            packet.AddProtocolName(dotted == AuthorityInfoAccessOid ? "pkix1implicit" : "x509ce");
            if (!TryRead(_b, t.ContentStart, t.End, out var value))
                return;
            switch (dotted)
            {
                case "2.5.29.14" when value.Tag == 0x04:
                    AddBytes(node, X509Fields.SubjectKeyIdentifier, value);
                    break;
                case "2.5.29.15" when value.Tag == 0x03:
                    KeyUsage(node, value);
                    break;
                case "2.5.29.17" when value.Tag == 0x30:
                    GeneralNames(node, X509Fields.GeneralNames, value);
                    break;
                case "2.5.29.19" when value.Tag == 0x30:
                    BasicConstraints(node, value);
                    break;
                case "2.5.29.31" when value.Tag == 0x30:
                    SequenceOf(node, X509Fields.CrlDistributionPoints, value, Element.DistributionPoint);
                    break;
                case "2.5.29.32" when value.Tag == 0x30:
                    SequenceOf(node, X509Fields.CertificatePolicies, value, Element.PolicyInformation);
                    break;
                case AuthorityInfoAccessOid when value.Tag == 0x30:
                    SequenceOf(node, X509Fields.AuthorityInfoAccess, value, Element.AccessDescription);
                    break;
                case "2.5.29.35" when value.Tag == 0x30:
                {
                    int aki = AddElement(node, X509Fields.AuthorityKeyIdentifier, value);
                    for (int pos = value.ContentStart; TryRead(_b, pos, value.End, out var part); pos = part.End)
                        if (part.Tag == 0x80)
                            AddBytes(aki, X509Fields.KeyIdentifier, part);
                    break;
                }
                case "2.5.29.37" when value.Tag == 0x30:
                {
                    int ids = AddCounted(node, X509Fields.KeyPurposeIds, value);
                    int n = 0;
                    for (int pos = value.ContentStart; n++ < MaxItems && TryRead(_b, pos, value.End, out var p); pos = p.End)
                        if (p.Tag == 0x06)
                            AddBytes(ids, X509Fields.KeyPurposeId, p);
                    break;
                }
            }
        }

        /// <summary>
        /// KeyUsage ::= BIT STRING: padding, the bits' bytes, then each named bit; a bit past the encoded bytes reads 0 and
        /// sits on the last byte, as packet-ber.c adds it.
        /// </summary>
        private void KeyUsage(int parent, Tlv t)
        {
            int item = BitString(parent, X509Fields.KeyUsage, t);
            int bytes = t.Length - 1;
            if (bytes < 1)
                return;
            for (int i = 0; i < X509Fields.KeyUsageBits.Length; i++)
            {
                int index = i / 8;
                int value = index < bytes ? _b[t.ContentStart + 1 + index] : 0;
                var bit = X509Fields.KeyUsageBits[i];
                int at = t.ContentStart + 1 + Math.Min(index, bytes - 1);
                Tree.Add(item, bit, source, offset + at, 1, (value & (int)bit.Bitmask) != 0 ? 1UL : 0UL);
            }
        }

        private void BasicConstraints(int parent, Tlv t)
        {
            int node = AddElement(parent, X509Fields.BasicConstraints, t);
            if (t.Length == 0)
            {
                if (Tree.BuildsText)
                    Tree.AppendText(node, " [0 length]");
                return;
            }
            for (int pos = t.ContentStart; TryRead(_b, pos, t.End, out var part); pos = part.End)
            {
                if (part.Tag == 0x01)
                    AddOverContents(node, X509Fields.CA, part, part.Length > 0 && _b[part.ContentStart] != 0 ? 1UL : 0UL);
                else if (part.Tag == 0x02)
                    AddOverContents(node, X509Fields.PathLenConstraint, part, (ulong)Integer(Contents(part)));
            }
        }

        /// <summary>GeneralNames ::= SEQUENCE OF GeneralName (implicitly tagged choices, each item over its contents).</summary>
        private void GeneralNames(int parent, FieldDef field, Tlv t)
        {
            int node = AddCounted(parent, field, t);
            int n = 0;
            for (int pos = t.ContentStart; n++ < MaxItems && TryRead(_b, pos, t.End, out var g); pos = g.End)
                GeneralNameValue(AddOverContents(node, X509Fields.GeneralName, g, (ulong)(g.Tag & 0x1F)), g);
        }

        /// <summary>A SEQUENCE OF: its count over its contents, then each element.</summary>
        private void SequenceOf(int parent, FieldDef field, Tlv t, Element kind)
        {
            int node = AddCounted(parent, field, t);
            int n = 0;
            for (int pos = t.ContentStart; n++ < MaxItems && TryRead(_b, pos, t.End, out var e); pos = e.End)
            {
                switch (kind)
                {
                    case Element.DistributionPoint:
                        DistributionPoint(node, e);
                        break;
                    case Element.PolicyInformation:
                    {
                        int element = AddElement(node, X509Fields.PolicyInformation, e);
                        if (TryRead(_b, e.ContentStart, e.End, out var id) && id.Tag == 0x06)
                        {
                            AddBytes(element, X509Fields.PolicyIdentifier, id);
                            if (TryRead(_b, id.End, e.End, out var qualifiers) && qualifiers.Tag == 0x30)
                                PolicyQualifiers(element, qualifiers);
                        }
                        break;
                    }
                    case Element.AccessDescription:
                        AccessDescription(node, e);
                        break;
                }
            }
        }

        /// <summary>
        /// policyQualifiers SEQUENCE SIZE (1..MAX) OF PolicyQualifierInfo, each { policyQualifierId, qualifier ANY DEFINED BY
        /// it }: a CPS pointer (id-qt-cps) is PKIX1Explicit's DirectoryString, as tshark registers it; other qualifiers
        /// show their id only.
        /// </summary>
        private void PolicyQualifiers(int parent, Tlv qualifiers)
        {
            int node = AddCounted(parent, X509Fields.PolicyQualifiers, qualifiers);
            int n = 0;
            for (int pos = qualifiers.ContentStart; n++ < MaxItems && TryRead(_b, pos, qualifiers.End, out var q); pos = q.End)
            {
                int info = AddElement(node, X509Fields.PolicyQualifierInfo, q);
                if (q.Tag != 0x30 || !TryRead(_b, q.ContentStart, q.End, out var qualifierId) || qualifierId.Tag != 0x06)
                    continue;
                AddBytes(info, X509Fields.PolicyQualifierId, qualifierId);
                if (!TryRead(_b, qualifierId.End, q.End, out var qualifier))
                    continue;
                var id = Contents(qualifierId);
                if (id.SequenceEqual(CpsQualifierOid))
                {
                    packet.AddProtocolName(X509Fields.Pkix1Explicit.Abbrev);
                    if (qualifier.Tag == 0x16)
                        Tree.AddString(info, X509Fields.CpsPointer, source, offset + qualifier.ContentStart, qualifier.Length, Text(qualifier));
                }
                else if (id.SequenceEqual(UserNoticeQualifierOid) && qualifier.Tag == 0x30)
                {
                    packet.AddProtocolName(X509Fields.Pkix1Implicit.Abbrev);
                    UserNotice(info, qualifier);
                }
            }
        }

        /// <summary>1.3.6.1.5.5.7.2.1, id-qt-cps, as BER encodes it.</summary>
        private static ReadOnlySpan<byte> CpsQualifierOid => [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x01];

        /// <summary>1.3.6.1.5.5.7.2.2, id-qt-unotice, as BER encodes it.</summary>
        private static ReadOnlySpan<byte> UserNoticeQualifierOid => [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x02];

        /// <summary>
        /// UserNotice ::= SEQUENCE { noticeRef NoticeReference OPTIONAL, explicitText DisplayText OPTIONAL }, with
        /// NoticeReference ::= SEQUENCE { organization DisplayText, noticeNumbers SEQUENCE OF INTEGER } (RFC 5280 §4.2.1.4).
        /// </summary>
        private void UserNotice(int parent, Tlv notice)
        {
            int node = AddElement(parent, X509Fields.UserNotice, notice);
            for (int pos = notice.ContentStart; TryRead(_b, pos, notice.End, out var part); pos = part.End)
            {
                if (part.Tag == 0x30)
                {
                    int reference = AddElement(node, X509Fields.NoticeRef, part);
                    if (!TryRead(_b, part.ContentStart, part.End, out var organization) || !DisplayText(reference, X509Fields.Organization, organization))
                        continue;
                    if (!TryRead(_b, organization.End, part.End, out var numbers) || numbers.Tag != 0x30)
                        continue;
                    int list = AddCounted(reference, X509Fields.NoticeNumbers, numbers);
                    int n = 0;
                    for (int at = numbers.ContentStart; n++ < MaxItems && TryRead(_b, at, numbers.End, out var number); at = number.End)
                        if (number.Tag == 0x02)
                            AddOverContents(list, X509Fields.NoticeNumbersItem, number, (ulong)Integer(Contents(number)));
                }
                else
                {
                    DisplayText(node, X509Fields.ExplicitText, part);
                }
            }
        }

        /// <summary>DisplayText ::= CHOICE { ia5String, visibleString, bmpString, utf8String }: the choice over the whole encoding, the text under it.</summary>
        private bool DisplayText(int parent, FieldDef field, Tlv t)
        {
            (ulong Index, FieldDef Text)? alternative = t.Tag switch
            {
                0x16 => (0, X509Fields.NoticeIa5String),
                0x1A => (1, X509Fields.NoticeVisibleString),
                0x1E => (2, X509Fields.NoticeBmpString),
                0x0C => (3, X509Fields.NoticeUtf8String),
                _ => null,
            };
            if (alternative is not var (index, text))
                return false;
            int choice = Tree.Add(parent, field, source, offset + t.Start, t.TotalLength, index);
            Tree.AddString(choice, text, source, offset + t.ContentStart, t.Length, Text(t));
            return true;
        }

        /// <summary>DistributionPoint ::= SEQUENCE { distributionPoint [0] DistributionPointName OPTIONAL, … } (the fullName form).</summary>
        private void DistributionPoint(int parent, Tlv point)
        {
            int element = AddElement(parent, X509Fields.DistributionPoint, point);
            if (TryRead(_b, point.ContentStart, point.End, out var name) && name.Tag == 0xA0
                && TryRead(_b, name.ContentStart, name.End, out var full) && full.Tag == 0xA0)
            {
                int choice = AddOverContents(element, X509Fields.DistributionPointName, full, 0);
                GeneralNames(choice, X509Fields.FullName, full);
            }
        }

        /// <summary>AccessDescription ::= SEQUENCE { accessMethod OBJECT IDENTIFIER, accessLocation GeneralName }.</summary>
        private void AccessDescription(int parent, Tlv access)
        {
            int element = AddElement(parent, X509Fields.AccessDescription, access);
            if (!TryRead(_b, access.ContentStart, access.End, out var method) || method.Tag != 0x06)
                return;
            AddBytes(element, X509Fields.AccessMethod, method);
            if (TryRead(_b, method.End, access.End, out var location))
                GeneralNameValue(AddOverContents(element, X509Fields.AccessLocation, location, (ulong)(location.Tag & 0x1F)), location);
        }

        /// <summary>The alternative a GeneralName holds (implicitly tagged), under its choice item.</summary>
        private void GeneralNameValue(int item, Tlv g)
        {
            {
                switch (g.Tag)
                {
                    case 0x81:
                        Tree.AddString(item, X509Fields.Rfc822Name, source, offset + g.ContentStart, g.Length, Text(g));
                        break;
                    case 0x82:
                        Tree.AddString(item, X509Fields.DnsName, source, offset + g.ContentStart, g.Length, Text(g));
                        break;
                    case 0x86:
                        Tree.AddString(item, X509Fields.UniformResourceIdentifier, source, offset + g.ContentStart, g.Length, Text(g));
                        break;
                    case 0x87 when g.Length == 4:
                        AddOverContents(item, X509Fields.IpAddressV4, g, BinaryPrimitives.ReadUInt32BigEndian(Contents(g)));
                        break;
                    case 0x87 when g.Length == 16:
                        AddBytes(item, X509Fields.IpAddressV6, g);
                        break;
                }
            }
        }
    }
}
