using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.X509;

/// <summary>
/// The fields Wireshark 4.0's ASN.1 dissectors show inside a certificate (packet-x509af.c, x509if, x509sat, x509ce,
/// pkcs1, and BER's bit-string padding), with tshark's abbreviations, names and types.
/// </summary>
public static class X509Fields
{
    private static readonly Units Items = new(" item", " items");

    // x509sat: directory strings and the attribute types with a syntax of their own.
    public static readonly FieldDef Utf8String = new("x509sat.uTF8String", "uTF8String", FieldType.String);
    public static readonly FieldDef PrintableString = new("x509sat.printableString", "printableString", FieldType.String);
    public static readonly FieldDef Ia5String = new("x509sat.IA5String", "IA5String", FieldType.String);
    public static readonly FieldDef TeletexString = new("x509sat.teletexString", "teletexString", FieldType.String);
    public static readonly FieldDef BmpString = new("x509sat.bmpString", "bmpString", FieldType.String);
    public static readonly FieldDef CountryName = new("x509sat.CountryName", "CountryName", FieldType.String);
    public static readonly FieldDef UniversalString = new("x509sat.universalString", "universalString", FieldType.String);
    public static readonly FieldDef DirectoryString = new("x509sat.DirectoryString", "DirectoryString", FieldType.UInt32,
        valueNames: new Dictionary<ulong, string> { [0] = "teletexString", [1] = "printableString", [2] = "universalString", [3] = "bmpString", [4] = "uTF8String" });

    // x509af: the certificate itself.
    private static readonly Dictionary<ulong, string> NameChoice = new() { [0] = "rdnSequence" };
    private static readonly Dictionary<ulong, string> TimeChoice = new() { [0] = "utcTime", [1] = "generalizedTime" };
    public static readonly FieldDef SignedCertificate = new("x509af.signedCertificate_element", "signedCertificate", FieldType.None);
    public static readonly FieldDef Version = new("x509af.version", "version", FieldType.Int32,
        valueNames: new Dictionary<ulong, string> { [0] = "v1", [1] = "v2", [2] = "v3" });
    public static readonly FieldDef SerialNumber = new("x509af.serialNumber", "serialNumber", FieldType.Bytes, description: "CertificateSerialNumber");
    public static readonly FieldDef Signature = new("x509af.signature_element", "signature", FieldType.None, description: "AlgorithmIdentifier");
    public static readonly FieldDef AlgorithmId = new("x509af.algorithm.id", "Algorithm Id", FieldType.Oid);
    public static readonly FieldDef Issuer = new("x509af.issuer", "issuer", FieldType.UInt32, description: "Name", valueNames: NameChoice);
    public static readonly FieldDef Validity = new("x509af.validity_element", "validity", FieldType.None);
    public static readonly FieldDef NotBefore = new("x509af.notBefore", "notBefore", FieldType.UInt32, description: "Time", valueNames: TimeChoice);
    public static readonly FieldDef NotAfter = new("x509af.notAfter", "notAfter", FieldType.UInt32, description: "Time", valueNames: TimeChoice);
    public static readonly FieldDef UtcTime = new("x509af.utcTime", "utcTime", FieldType.String);
    public static readonly FieldDef Subject = new("x509af.subject", "subject", FieldType.UInt32, description: "SubjectName", valueNames: NameChoice);
    public static readonly FieldDef SubjectRdnSequence = new("x509af.rdnSequence", "rdnSequence", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef SubjectPublicKeyInfo = new("x509af.subjectPublicKeyInfo_element", "subjectPublicKeyInfo", FieldType.None);
    public static readonly FieldDef Algorithm = new("x509af.algorithm_element", "algorithm", FieldType.None, description: "AlgorithmIdentifier");
    public static readonly FieldDef SubjectPublicKey = new("x509af.subjectPublicKey", "subjectPublicKey", FieldType.Bytes);
    public static readonly FieldDef Extensions = new("x509af.extensions", "extensions", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef Extension = new("x509af.Extension_element", "Extension", FieldType.None);
    public static readonly FieldDef ExtensionId = new("x509af.extension.id", "Extension Id", FieldType.Oid);
    public static readonly FieldDef Critical = new("x509af.critical", "critical", FieldType.Boolean, description: "BOOLEAN");
    public static readonly FieldDef AlgorithmIdentifier = new("x509af.algorithmIdentifier_element", "algorithmIdentifier", FieldType.None);
    public static readonly FieldDef Encrypted = new("x509af.encrypted", "encrypted", FieldType.Bytes, description: "BIT_STRING");

    // x509if: names.
    public static readonly FieldDef RdnSequence = new("x509if.rdnSequence", "rdnSequence", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef RdnSequenceItem = new("x509if.RDNSequence_item", "RDNSequence item", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef RelativeDistinguishedNameItem = new("x509if.RelativeDistinguishedName_item_element", "RelativeDistinguishedName item", FieldType.None);
    public static readonly FieldDef ObjectId = new("x509if.oid", "Object Id", FieldType.Oid, description: "Object identifier Id");

    // x509ce: the certificate extensions.
    public static readonly FieldDef KeyUsage = new("x509ce.KeyUsage", "KeyUsage", FieldType.Bytes);
    public static readonly FieldDef[] KeyUsageBits =
    [
        Bit("digitalSignature", 0x80), Bit("contentCommitment", 0x40), Bit("keyEncipherment", 0x20), Bit("dataEncipherment", 0x10),
        Bit("keyAgreement", 0x08), Bit("keyCertSign", 0x04), Bit("cRLSign", 0x02), Bit("encipherOnly", 0x01), Bit("decipherOnly", 0x80),
    ];
    public static readonly FieldDef KeyPurposeIds = new("x509ce.KeyPurposeIDs", "KeyPurposeIDs", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef KeyPurposeId = new("x509ce.KeyPurposeId", "KeyPurposeId", FieldType.Oid);
    public static readonly FieldDef AuthorityKeyIdentifier = new("x509ce.AuthorityKeyIdentifier_element", "AuthorityKeyIdentifier", FieldType.None);
    public static readonly FieldDef KeyIdentifier = new("x509ce.keyIdentifier", "keyIdentifier", FieldType.Bytes);
    public static readonly FieldDef SubjectKeyIdentifier = new("x509ce.SubjectKeyIdentifier", "SubjectKeyIdentifier", FieldType.Bytes);
    public static readonly FieldDef BasicConstraints = new("x509ce.BasicConstraintsSyntax_element", "BasicConstraintsSyntax", FieldType.None);
    public static readonly FieldDef CA = new("x509ce.cA", "cA", FieldType.Boolean, description: "BOOLEAN");
    public static readonly FieldDef PathLenConstraint = new("x509ce.pathLenConstraint", "pathLenConstraint", FieldType.UInt64, description: "INTEGER_0_MAX");
    public static readonly FieldDef GeneralNames = new("x509ce.GeneralNames", "GeneralNames", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef GeneralName = new("x509ce.GeneralName", "GeneralName", FieldType.UInt32,
        valueNames: new Dictionary<ulong, string>
        {
            [0] = "otherName", [1] = "rfc822Name", [2] = "dNSName", [3] = "x400Address", [4] = "directoryName", [5] = "ediPartyName",
            [6] = "uniformResourceIdentifier", [7] = "iPAddress", [8] = "registeredID",
        });
    public static readonly FieldDef Rfc822Name = new("x509ce.rfc822Name", "rfc822Name", FieldType.String, description: "IA5String");
    public static readonly FieldDef DnsName = new("x509ce.dNSName", "dNSName", FieldType.String, description: "IA5String");
    public static readonly FieldDef UniformResourceIdentifier = new("x509ce.uniformResourceIdentifier", "uniformResourceIdentifier", FieldType.String);
    public static readonly FieldDef IpAddressV4 = new("x509ce.IPAddress.ipv4", "iPAddress", FieldType.Ipv4, description: "IPv4 address");
    public static readonly FieldDef IpAddressV6 = new("x509ce.IPAddress.ipv6", "iPAddress", FieldType.Ipv6, description: "IPv6 address");

    public static readonly FieldDef CrlDistributionPoints = new("x509ce.CRLDistPointsSyntax", "CRLDistPointsSyntax", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef DistributionPoint = new("x509ce.DistributionPoint_element", "DistributionPoint", FieldType.None);
    public static readonly FieldDef DistributionPointName = new("x509ce.distributionPoint", "distributionPoint", FieldType.UInt32, description: "DistributionPointName",
        valueNames: new Dictionary<ulong, string> { [0] = "fullName", [1] = "nameRelativeToCRLIssuer" });
    public static readonly FieldDef FullName = new("x509ce.fullName", "fullName", FieldType.UInt32, description: "GeneralNames") { Unit = Items };
    public static readonly FieldDef CertificatePolicies = new("x509ce.CertificatePoliciesSyntax", "CertificatePoliciesSyntax", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef PolicyInformation = new("x509ce.PolicyInformation_element", "PolicyInformation", FieldType.None);
    public static readonly FieldDef PolicyIdentifier = new("x509ce.policyIdentifier", "policyIdentifier", FieldType.Oid, description: "CertPolicyId");
    public static readonly FieldDef PolicyQualifiers = new("x509ce.policyQualifiers", "policyQualifiers", FieldType.UInt32,
        description: "SEQUENCE_SIZE_1_MAX_OF_PolicyQualifierInfo") { Unit = Items };
    public static readonly FieldDef PolicyQualifierInfo = new("x509ce.PolicyQualifierInfo_element", "PolicyQualifierInfo", FieldType.None);
    public static readonly FieldDef PolicyQualifierId = new("x509ce.id", "Id", FieldType.Oid, description: "Object identifier Id");

    // pkix1implicit: the user notice of a policy qualifier (id-qt-unotice).
    private static readonly Dictionary<ulong, string> DisplayTextChoices = new() { [0] = "ia5String", [1] = "visibleString", [2] = "bmpString", [3] = "utf8String" };
    public static readonly FieldDef UserNotice = new("pkix1implicit.UserNotice_element", "UserNotice", FieldType.None);
    public static readonly FieldDef NoticeRef = new("pkix1implicit.noticeRef_element", "noticeRef", FieldType.None, description: "NoticeReference");
    public static readonly FieldDef Organization = new("pkix1implicit.organization", "organization", FieldType.UInt32, description: "DisplayText",
        valueNames: DisplayTextChoices);
    public static readonly FieldDef NoticeNumbers = new("pkix1implicit.noticeNumbers", "noticeNumbers", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef NoticeNumbersItem = new("pkix1implicit.noticeNumbers_item", "noticeNumbers item", FieldType.Int32, description: "INTEGER");
    public static readonly FieldDef ExplicitText = new("pkix1implicit.explicitText", "explicitText", FieldType.UInt32, description: "DisplayText",
        valueNames: DisplayTextChoices);
    public static readonly FieldDef NoticeIa5String = new("pkix1implicit.ia5String", "ia5String", FieldType.String);
    public static readonly FieldDef NoticeVisibleString = new("pkix1implicit.visibleString", "visibleString", FieldType.String);
    public static readonly FieldDef NoticeBmpString = new("pkix1implicit.bmpString", "bmpString", FieldType.String);
    public static readonly FieldDef NoticeUtf8String = new("pkix1implicit.utf8String", "utf8String", FieldType.String);

    // pkix1explicit: the CPS pointer of a policy qualifier (id-qt-cps).
    public static readonly FieldDef CpsPointer = new("pkix1explicit.DirectoryString", "DirectoryString", FieldType.String);

    // pkix1implicit: authorityInfoAccess.
    public static readonly FieldDef AuthorityInfoAccess = new("pkix1implicit.AuthorityInfoAccessSyntax", "AuthorityInfoAccessSyntax", FieldType.UInt32) { Unit = Items };
    public static readonly FieldDef AccessDescription = new("pkix1implicit.AccessDescription_element", "AccessDescription", FieldType.None);
    public static readonly FieldDef AccessMethod = new("pkix1implicit.accessMethod", "accessMethod", FieldType.Oid, description: "OBJECT_IDENTIFIER");
    public static readonly FieldDef AccessLocation = new("pkix1implicit.accessLocation", "accessLocation", FieldType.UInt32, description: "GeneralName");

    // pkcs1: the public keys.
    public static readonly FieldDef EcParameters = new("pkcs1.ECParameters", "ECParameters", FieldType.UInt32,
        valueNames: new Dictionary<ulong, string> { [0] = "specifiedCurve", [1] = "namedCurve", [2] = "implicitlyCA" });
    public static readonly FieldDef NamedCurve = new("pkcs1.namedCurve", "namedCurve", FieldType.Oid, description: "OBJECT_IDENTIFIER");
    public static readonly FieldDef Modulus = new("pkcs1.modulus", "modulus", FieldType.Bytes, description: "INTEGER");
    public static readonly FieldDef PublicExponent = new("pkcs1.publicExponent", "publicExponent", FieldType.Int32, description: "INTEGER");

    // ber
    public static readonly FieldDef BitStringPadding = new("ber.bitstring.padding", "Padding", FieldType.UInt8,
        description: "Number of unused bits in the last octet of the bitstring");

    private static FieldDef Bit(string name, ulong mask) =>
        new("x509ce.KeyUsage." + name, name, FieldType.Boolean, bitmask: mask) { BitWidth = 8 };

    public static readonly ProtocolDef Protocol = new("x509sat", "X509SAT", "X.509 Selected Attribute Types");
    public static readonly ProtocolDef AuthenticationFramework = new("x509af", "X509AF", "X.509 Authentication Framework");
    public static readonly ProtocolDef InformationFramework = new("x509if", "X509IF", "X.509 Information Framework");
    public static readonly ProtocolDef CertificateExtensions = new("x509ce", "X509CE", "X.509 Certificate Extensions");
    public static readonly ProtocolDef Pkcs1 = new("pkcs-1", "PKCS-1", "PKCS#1");
    public static readonly ProtocolDef Pkix1Implicit = new("pkix1implicit", "PKIX1IMPLICIT", "PKIX1Implitit");
    public static readonly ProtocolDef Pkix1Explicit = new("pkix1explicit", "PKIX1EXPLICIT", "PKIX1Explicit");
    public static readonly ProtocolDef Ber = new("ber", "BER", "Basic Encoding Rules (ASN.1 X.690)");

    /// <summary>What these protocols declare: their fields, for the field catalog.</summary>
    public static IReadOnlyList<ProtocolDeclaration> Declarations { get; } =
    [
        new(Protocol, [Utf8String, PrintableString, Ia5String, TeletexString, BmpString, CountryName, UniversalString, DirectoryString]),
        new(AuthenticationFramework, [SignedCertificate, Version, SerialNumber, Signature, AlgorithmId, Issuer, Validity, NotBefore, NotAfter, UtcTime,
            Subject, SubjectRdnSequence, SubjectPublicKeyInfo, Algorithm, SubjectPublicKey, Extensions, Extension, ExtensionId, Critical,
            AlgorithmIdentifier, Encrypted]),
        new(InformationFramework, [RdnSequence, RdnSequenceItem, RelativeDistinguishedNameItem, ObjectId]),
        new(CertificateExtensions, [KeyUsage, .. KeyUsageBits, KeyPurposeIds, KeyPurposeId, AuthorityKeyIdentifier, KeyIdentifier, SubjectKeyIdentifier,
            BasicConstraints, CA, PathLenConstraint, GeneralNames, GeneralName, Rfc822Name, DnsName, UniformResourceIdentifier, IpAddressV4, IpAddressV6,
            CrlDistributionPoints, DistributionPoint, DistributionPointName, FullName, CertificatePolicies, PolicyInformation, PolicyIdentifier,
            PolicyQualifiers, PolicyQualifierInfo, PolicyQualifierId]),
        new(Pkix1Implicit, [AuthorityInfoAccess, AccessDescription, AccessMethod, AccessLocation, UserNotice, NoticeRef, Organization, NoticeNumbers,
            NoticeNumbersItem, ExplicitText, NoticeIa5String, NoticeVisibleString, NoticeBmpString, NoticeUtf8String]),
        new(Pkix1Explicit, [CpsPointer]),
        new(Pkcs1, [EcParameters, NamedCurve, Modulus, PublicExponent]),
        new(Ber, [BitStringPadding]),
    ];
}
