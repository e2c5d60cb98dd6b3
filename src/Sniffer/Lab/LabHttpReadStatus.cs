namespace Sniffer.Lab;

/// <summary>How reading one message from a peer ended.</summary>
public enum LabHttpReadStatus
{
    Message,
    /// <summary>The peer closed before sending anything (the normal end of a persistent connection).</summary>
    Closed,
    /// <summary>The start line or a header was not HTTP.</summary>
    Malformed,
    /// <summary>A line, the header count or the body went over the limits.</summary>
    TooLarge,
    /// <summary>The peer closed part-way through a message.</summary>
    Truncated,
}
