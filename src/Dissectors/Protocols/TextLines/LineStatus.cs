namespace Sniffer.Dissectors.Protocols.TextLines;

public enum LineStatus : byte
{
    /// <summary>A whole line was found.</summary>
    Complete,
    /// <summary>The line may go on past the bytes there are.</summary>
    NeedMore,
}
