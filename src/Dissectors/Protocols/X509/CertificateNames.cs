using System.Formats.Asn1;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.X509;

/// <summary>
/// Reads the issuer and subject names of a DER certificate (RFC 5280 §4.1) with .NET's AsnReader: each
/// attribute's directory string is read (the tree's items are X509Dissector's),
/// and the common names are returned for the TLS session view. Malformed DER gives no names, never an exception.
/// </summary>
public static class CertificateNames
{
    private const string CommonNameOid = "2.5.4.3";
    private const string CountryNameOid = "2.5.4.6";

    /// <summary>Short names of the attributes shown in a readable distinguished name.</summary>
    private static readonly Dictionary<string, string> ShortNames = new()
    {
        [CommonNameOid] = "CN", ["2.5.4.10"] = "O", ["2.5.4.11"] = "OU", [CountryNameOid] = "C", ["2.5.4.7"] = "L", ["2.5.4.8"] = "ST",
    };
    private const int MaxAttributes = 64;

    /// <summary>Common names, and the names as readable text ("CN=example.com, O=Example CA, C=US"), most specific first.</summary>
    public readonly record struct Names(string? IssuerCommonName, string? SubjectCommonName, string? Issuer, string? Subject);

    public static Names Read(ReadOnlySpan<byte> der)
    {
        try
        {
            var certificate = new AsnReader(der.ToArray(), AsnEncodingRules.DER).ReadSequence();
            var tbs = certificate.ReadSequence();
            if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
                tbs.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)); // version
            tbs.ReadIntegerBytes(); // serialNumber
            tbs.ReadSequence(); // signature algorithm
            var (issuerCn, issuer) = ReadName(tbs);
            tbs.ReadSequence(); // validity
            var (subjectCn, subject) = ReadName(tbs);
            return new Names(issuerCn, subjectCn, issuer, subject);
        }
        catch (AsnContentException)
        {
            return default;
        }
        catch (ArgumentException)
        {
            return default;
        }
    }

    /// <summary>Walks Name ::= SEQUENCE OF SET OF AttributeTypeAndValue; returns the (last) common name and the readable name.</summary>
    private static (string? CommonName, string? Text) ReadName(AsnReader tbs)
    {
        string? commonName = null;
        var parts = new List<string>();
        var rdns = tbs.ReadSequence();
        int count = 0;
        while (rdns.HasData && count++ < MaxAttributes)
        {
            var set = rdns.ReadSetOf();
            while (set.HasData)
            {
                var attribute = set.ReadSequence();
                string oid = attribute.ReadObjectIdentifier();
                var tag = attribute.PeekTag();
                if (tag.TagClass != TagClass.Universal)
                {
                    attribute.ReadEncodedValue();
                    continue;
                }
                var kind = (UniversalTagNumber)tag.TagValue;
                var field = kind switch
                {
                    UniversalTagNumber.UTF8String => X509Fields.Utf8String,
                    UniversalTagNumber.PrintableString => X509Fields.PrintableString,
                    UniversalTagNumber.IA5String => X509Fields.Ia5String,
                    UniversalTagNumber.T61String => X509Fields.TeletexString,
                    UniversalTagNumber.BMPString => X509Fields.BmpString,
                    UniversalTagNumber.UniversalString => X509Fields.UniversalString,
                    _ => null,
                };
                if (field is null)
                {
                    attribute.ReadEncodedValue();
                    continue;
                }
                string value = kind switch
                {
                    UniversalTagNumber.BMPString or UniversalTagNumber.UniversalString => attribute.ReadCharacterString(kind),
                    _ => Encoding.UTF8.GetString(attribute.ReadPrimitiveOctetStringLike(tag)),
                };
                if (oid == CommonNameOid)
                    commonName = value;
                if (ShortNames.TryGetValue(oid, out var shortName))
                    parts.Add($"{shortName}={value}");
            }
        }
        parts.Reverse();
        return (commonName, parts.Count > 0 ? string.Join(", ", parts) : null);
    }

    /// <summary>The raw content octets of a character string (Wireshark shows them as they are, not re-validated).</summary>
    private static byte[] ReadPrimitiveOctetStringLike(this AsnReader reader, Asn1Tag tag)
    {
        var encoded = reader.ReadEncodedValue();
        AsnDecoder.ReadEncodedValue(encoded.Span, AsnEncodingRules.DER, out int contentOffset, out int contentLength, out _);
        return encoded.Span.Slice(contentOffset, contentLength).ToArray();
    }
}
