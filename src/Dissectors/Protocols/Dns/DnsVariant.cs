namespace Sniffer.Dissectors.Protocols.Dns;

/// <summary>Which of Wireshark's three DNS dissectors a message goes through: the message format is shared.</summary>
public enum DnsVariant : byte
{
    Dns,
    /// <summary>Multicast DNS (RFC 6762): "QU" questions and cache-flush records, class in the low 15 bits.</summary>
    Mdns,
    /// <summary>LLMNR (RFC 4795): the conflict and tentative flags in place of authoritative and recursion desired.</summary>
    Llmnr,
}
