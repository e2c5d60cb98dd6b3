namespace Sniffer.Dissectors.Model;

/// <summary>Wireshark's expert groups (PI_ group values).</summary>
public enum ExpertGroup : byte
{
    Checksum,
    Sequence,
    ResponseCode,
    RequestCode,
    Undecoded,
    Reassemble,
    Malformed,
    Debug,
    Protocol,
    Security,
    Comments,
    Decryption,
    Assumption,
    Deprecated,
}

/// <summary>Wireshark's expert severities, lowest first.</summary>
public enum ExpertSeverity : byte
{
    Comment,
    Chat,
    Note,
    Warning,
    Error,
}

/// <summary>
/// A problem or remark a dissector can attach to a frame. It is a field of its own, so
/// <c>-Y http.te_and_length</c> finds the frames that have it, as in Wireshark.
/// </summary>
public sealed class ExpertDef : FieldDef
{
    /// <param name="description">The blurb of a field Wireshark registers under the same name beside the expert item (tcp.analysis.duplicate_ack).</param>
    public ExpertDef(string abbrev, ExpertGroup group, ExpertSeverity severity, string message, string? description = null)
        : base(abbrev, message, FieldType.None, description: description)
    {
        Group = group;
        Severity = severity;
    }

    public ExpertGroup Group { get; }
    public ExpertSeverity Severity { get; }
    public string Message => Name;
}
