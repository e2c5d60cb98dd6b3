namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>What the first line of an HTTP message says it is (Wireshark's http_type_t).</summary>
public enum HttpMessageKind : byte
{
    /// <summary>Not a request or status line: data inside an HTTP conversation ("Continuation").</summary>
    Other,
    Request,
    Response,
    /// <summary>NOTIFY, SUBSCRIBE, UNSUBSCRIBE (GENA, UPnP eventing).</summary>
    Notification,
}
