namespace Sniffer.Lab;

/// <summary>What <see cref="LabStreamReader.ReadLineAsync"/> found.</summary>
public enum LineReadStatus
{
    /// <summary>A line ending in LF (or the last bytes before the peer closed).</summary>
    Line,
    /// <summary>The peer closed with no bytes pending.</summary>
    EndOfStream,
    /// <summary>No line end within the reader's limit: a peer we will not serve.</summary>
    TooLong,
}
