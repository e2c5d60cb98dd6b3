namespace Sniffer.Dissectors.Protocols.Imf;

/// <summary>How packet-imf.c reads a header's value further (its subdissector).</summary>
public enum ImfHeaderKind : byte
{
    Unstructured,
    Mailbox,
    MailboxList,
    AddressList,
    ContentType,
    ContentTransferEncoding,
    SioLabel,
}
