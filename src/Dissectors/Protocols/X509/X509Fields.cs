using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.X509;

/// <summary>The X.509 directory-string fields Wireshark shows for certificate names (x509sat.*).</summary>
public static class X509Fields
{
    public static readonly FieldDef Utf8String = new("x509sat.uTF8String", "uTF8String", FieldType.String);
    public static readonly FieldDef PrintableString = new("x509sat.printableString", "printableString", FieldType.String);
    public static readonly FieldDef Ia5String = new("x509sat.IA5String", "IA5String", FieldType.String);
    public static readonly FieldDef TeletexString = new("x509sat.teletexString", "teletexString", FieldType.String);
    public static readonly FieldDef BmpString = new("x509sat.bmpString", "bmpString", FieldType.String);
    public static readonly FieldDef CountryName = new("x509sat.CountryName", "CountryName", FieldType.String);
    public static readonly FieldDef UniversalString = new("x509sat.universalString", "universalString", FieldType.String);

    public static readonly ProtocolDef Protocol = new("x509sat", "X509SAT", "X.509 Selected Attribute Types");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Utf8String, PrintableString, Ia5String, TeletexString, BmpString, CountryName, UniversalString]);
}
