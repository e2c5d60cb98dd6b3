namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>Whether a header block was found whole.</summary>
public enum HeaderBlockStatus : byte
{
    Complete,
    NeedMore,
}
