namespace Sniffer.Dissectors.Model;

/// <summary>What kind of value a preference takes.</summary>
public enum PreferenceKind : byte
{
    /// <summary>A port range ("80,3128,8080-8090"), as Wireshark's range preferences.</summary>
    Range,
    Boolean,
    UInt,
    String,
    /// <summary>A file name.</summary>
    File,
    /// <summary>A table of records (Wireshark's UAT), set with <c>-o uat:NAME:RECORD</c>; each -o adds a record.</summary>
    Uat,
}

/// <summary>
/// A protocol preference, as Wireshark's prefs_register_*: a name tshark's <c>-o NAME:VALUE</c> sets
/// ("http.tcp.port", "tls.keylog_file"), a title, help text and a default. The default ports a dissector attaches to
/// are preferences, so no protocol hard-codes a port in its dissecting code.
/// </summary>
public sealed record PreferenceDef(string Name, string Title, string Description, PreferenceKind Kind, string Default)
{
    /// <summary>The protocol's own check of a value (or of one UAT record): an error for the user, or null when fine.</summary>
    public Func<string, string?>? Check { get; init; }

    /// <summary>The <c>-o</c> name of a UAT table's preference: "uat:" and the table name (tshark's <c>-o uat:rsa_keys:…</c>).</summary>
    public static string UatName(string table) => "uat:" + table;
}
