using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// How a TCP connection ended, as the TCP layer saw it: which side sent the first FIN and in which frame,
/// and any RST. All null means the capture ended with the connection still open.
/// </summary>
public sealed record TcpCloseInfo(
    StreamDirection? FirstFinDirection = null,
    long? FirstFinFrame = null,
    StreamDirection? ResetDirection = null,
    long? ResetFrame = null)
{
    /// <summary>Neither FIN nor RST was seen.</summary>
    public static TcpCloseInfo StillOpen { get; } = new();

    public bool Closed => FirstFinFrame is not null || ResetFrame is not null;

    /// <summary>The side that ended the connection first (the earlier of the first FIN and the RST), with its frame.</summary>
    public (StreamDirection Side, long Frame, bool ByReset)? FirstCloser
    {
        get
        {
            if (FirstFinFrame is { } fin && FirstFinDirection is { } finSide
                && (ResetFrame is not { } rst || fin <= rst))
                return (finSide, fin, false);
            if (ResetFrame is { } reset && ResetDirection is { } resetSide)
                return (resetSide, reset, true);
            return null;
        }
    }
}
