namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// What a response's framing needs to know about the request it answers (RFC 9112 §6.3): responses to
/// HEAD have no body, and a 2xx to CONNECT turns the connection into a tunnel.
/// </summary>
public enum HttpRequestHint : byte
{
    /// <summary>No request is waiting (or its method says nothing special).</summary>
    Other,
    Head,
    /// <summary>CONNECT (or SSTP_DUPLEX_POST): a 2xx answer has no body and turns the connection into a tunnel.</summary>
    Connect,
}
