namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>What a header means to the dissector beyond its field (Wireshark's HDR_ specials, plus what the transaction model records).</summary>
internal enum HttpHeaderRole : byte
{
    Plain,
    Authorization,
    ContentType,
    ContentLength,
    ContentEncoding,
    TransferEncoding,
    Host,
    Upgrade,
    Cookie,
    Connection,
    /// <summary>Range: no tshark field (shown as a request line), recorded in the transaction.</summary>
    Range,
    /// <summary>Content-Range: no tshark field (shown as a response line), parsed into the transaction.</summary>
    ContentRange,
}
