namespace Sniffer.Output;

/// <summary>tshark's follow output modes.</summary>
public enum FollowMode
{
    Ascii,
    Hex,
    Raw,
    Yaml,
}
