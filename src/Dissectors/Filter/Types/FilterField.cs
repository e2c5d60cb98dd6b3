using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// A name a filter resolved (Wireshark's header_field_info as the filter sees it): its abbreviation and type,
/// Sniffer's declaration when Sniffer has one (null for names only tshark knows, which never occur in a tree), and
/// the names its values may be written with.
/// </summary>
internal sealed class FilterField
{
    public FilterField(string abbrev, FtKind type, FieldDef? definition, FieldStrings? strings)
    {
        Abbrev = abbrev;
        Type = type;
        Definition = definition;
        Strings = strings;
    }

    public string Abbrev { get; }
    public FtKind Type { get; }
    public FieldDef? Definition { get; }
    public FieldStrings? Strings { get; }
    /// <summary>Whether the catalog holds a second definition of the name (<see cref="FieldDef.SameNameAs"/>): nodes of each match.</summary>
    public bool SeveralDefinitions { get; init; }

    /// <summary>
    /// The registration of the name a quoted string on the right is read against, when tshark reads it against
    /// another than this one (its first: see FilterNames.QuotedFor); null: this one.
    /// </summary>
    public FilterField? QuotedAs { get; init; }

    public FtInfo Info => FtInfo.Of(Type);

    public override string ToString() => Abbrev;
}
