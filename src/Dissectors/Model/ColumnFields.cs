namespace Sniffer.Dissectors.Model;

/// <summary>
/// The summary columns as fields, named as tshark 4.0 names them in <c>-e</c>: <c>_ws.col.</c> and the column's title
/// (No., Time, Source, Destination, Protocol, Length, Info). Their values are the columns as the summary line shows
/// them (the Time column in the -t format, names with -N); they are made when something asks for them.
/// </summary>
public static class ColumnFields
{
    public static readonly ProtocolDef Protocol = new("_ws.col", "Columns", "Packet list columns");

    public static readonly FieldDef Number = new("_ws.col.No.", "No.", FieldType.String, description: "The No. column");
    public static readonly FieldDef Time = new("_ws.col.Time", "Time", FieldType.String, description: "The Time column");
    public static readonly FieldDef Source = new("_ws.col.Source", "Source", FieldType.String, description: "The Source column");
    public static readonly FieldDef Destination = new("_ws.col.Destination", "Destination", FieldType.String, description: "The Destination column");
    public static readonly FieldDef ProtocolColumn = new("_ws.col.Protocol", "Protocol", FieldType.String, description: "The Protocol column");
    public static readonly FieldDef Length = new("_ws.col.Length", "Length", FieldType.String, description: "The Length column");
    public static readonly FieldDef Info = new("_ws.col.Info", "Info", FieldType.String, description: "The Info column");

    /// <summary>The columns in tshark's default order.</summary>
    public static IReadOnlyList<FieldDef> All { get; } = [Number, Time, Source, Destination, ProtocolColumn, Length, Info];

    /// <summary>tshark accepts any <c>_ws.col.TITLE</c> in -e and prints nothing for a title it has no column of.</summary>
    public const string Prefix = "_ws.col.";

    public static ProtocolDeclaration Declaration { get; } = new(Protocol, All);
}
