namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>What became of an HTTP connection after its exchanges.</summary>
public enum HttpPersistenceVerdict : byte
{
    /// <summary>More than one exchange, or the connection stayed open after its response.</summary>
    Persistent,
    /// <summary>One exchange, then the server ended the connection (FIN or RST) first.</summary>
    ClosedByServerAfterResponse,
    /// <summary>One exchange, then the client ended the connection first.</summary>
    ClosedByClient,
    /// <summary>Requests were sent but no final response came.</summary>
    NoResponse,
    /// <summary>No HTTP message at all.</summary>
    NoExchange,
}

