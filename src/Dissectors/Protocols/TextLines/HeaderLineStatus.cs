namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>What a line in a header block turned out to be.</summary>
public enum HeaderLineStatus : byte
{
    /// <summary>"Name: value" with a valid name.</summary>
    Ok,
    /// <summary>No colon: not a header line at all.</summary>
    NoColon,
    /// <summary>The line starts with a colon.</summary>
    EmptyName,
    /// <summary>The name before the colon holds a character a header name may not have (a space, a control character).</summary>
    InvalidNameCharacter,
}
