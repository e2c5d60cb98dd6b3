using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Imf;

/// <summary>The headers packet-imf.c knows (imf_fields): lower-case name, field, how the value is read, whether Info shows it.</summary>
public static class ImfHeaders
{
    public readonly record struct Header(string Name, FieldDef Field, ImfHeaderKind Kind, bool InInfo);

    private static readonly Header[] All =
    [
        new("date", ImfFields.Date, ImfHeaderKind.Unstructured, false),
        new("from", ImfFields.From, ImfHeaderKind.MailboxList, true),
        new("sender", ImfFields.Sender, ImfHeaderKind.Mailbox, false),
        new("reply-to", ImfFields.ReplyTo, ImfHeaderKind.AddressList, false),
        new("to", ImfFields.To, ImfHeaderKind.AddressList, false),
        new("cc", ImfFields.Cc, ImfHeaderKind.AddressList, false),
        new("bcc", ImfFields.Bcc, ImfHeaderKind.AddressList, false),
        new("message-id", ImfFields.MessageId, ImfHeaderKind.Unstructured, false),
        new("in-reply-to", ImfFields.InReplyTo, ImfHeaderKind.Unstructured, false),
        new("references", ImfFields.References, ImfHeaderKind.Unstructured, false),
        new("subject", ImfFields.Subject, ImfHeaderKind.Unstructured, true),
        new("comments", ImfFields.Comments, ImfHeaderKind.Unstructured, false),
        new("user-agent", ImfFields.UserAgent, ImfHeaderKind.Unstructured, false),
        new("keywords", ImfFields.Keywords, ImfHeaderKind.Unstructured, false),
        new("resent-date", ImfFields.ResentDate, ImfHeaderKind.Unstructured, false),
        new("resent-from", ImfFields.ResentFrom, ImfHeaderKind.MailboxList, false),
        new("resent-sender", ImfFields.ResentSender, ImfHeaderKind.Mailbox, false),
        new("resent-to", ImfFields.ResentTo, ImfHeaderKind.AddressList, false),
        new("resent-cc", ImfFields.ResentCc, ImfHeaderKind.AddressList, false),
        new("resent-bcc", ImfFields.ResentBcc, ImfHeaderKind.AddressList, false),
        new("resent-message-id", ImfFields.ResentMessageId, ImfHeaderKind.Unstructured, false),
        new("return-path", ImfFields.ReturnPath, ImfHeaderKind.Unstructured, false),
        new("received", ImfFields.Received, ImfHeaderKind.Unstructured, false),
        new("content-type", ImfFields.ContentType, ImfHeaderKind.ContentType, false),
        new("content-id", ImfFields.ContentId, ImfHeaderKind.Unstructured, false),
        new("content-description", ImfFields.ContentDescription, ImfHeaderKind.Unstructured, false),
        new("content-transfer-encoding", ImfFields.ContentTransferEncoding, ImfHeaderKind.ContentTransferEncoding, false),
        new("mime-version", ImfFields.MimeVersion, ImfHeaderKind.Unstructured, false),
        new("autoforwarded", ImfFields.Autoforwarded, ImfHeaderKind.Unstructured, false),
        new("autosubmitted", ImfFields.Autosubmitted, ImfHeaderKind.Unstructured, false),
        new("x400-content-identifier", ImfFields.X400ContentIdentifier, ImfHeaderKind.Unstructured, false),
        new("content-language", ImfFields.ContentLanguage, ImfHeaderKind.Unstructured, false),
        new("conversion", ImfFields.Conversion, ImfHeaderKind.Unstructured, false),
        new("conversion-with-loss", ImfFields.ConversionWithLoss, ImfHeaderKind.Unstructured, false),
        new("delivery-date", ImfFields.DeliveryDate, ImfHeaderKind.Unstructured, false),
        new("discarded-x400-ipms-extensions", ImfFields.DiscardedX400IpmsExtensions, ImfHeaderKind.Unstructured, false),
        new("discarded-x400-mts-extensions", ImfFields.DiscardedX400MtsExtensions, ImfHeaderKind.Unstructured, false),
        new("dl-expansion-history", ImfFields.DlExpansionHistory, ImfHeaderKind.Unstructured, false),
        new("deferred-delivery", ImfFields.DeferredDelivery, ImfHeaderKind.Unstructured, false),
        new("expires", ImfFields.Expires, ImfHeaderKind.Unstructured, false),
        new("importance", ImfFields.Importance, ImfHeaderKind.Unstructured, false),
        new("incomplete-copy", ImfFields.IncompleteCopy, ImfHeaderKind.Unstructured, false),
        new("latest-delivery-time", ImfFields.LatestDeliveryTime, ImfHeaderKind.Unstructured, false),
        new("message-type", ImfFields.MessageType, ImfHeaderKind.Unstructured, false),
        new("original-encoded-information-types", ImfFields.OriginalEncodedInformationTypes, ImfHeaderKind.Unstructured, false),
        new("originator-return-address", ImfFields.OriginatorReturnAddress, ImfHeaderKind.Unstructured, false),
        new("priority", ImfFields.Priority, ImfHeaderKind.Unstructured, false),
        new("reply-by", ImfFields.ReplyBy, ImfHeaderKind.Unstructured, false),
        new("sensitivity", ImfFields.Sensitivity, ImfHeaderKind.Unstructured, false),
        new("supersedes", ImfFields.Supersedes, ImfHeaderKind.Unstructured, false),
        new("x400-content-type", ImfFields.X400ContentType, ImfHeaderKind.Unstructured, false),
        new("x400-mts-identifier", ImfFields.X400MtsIdentifier, ImfHeaderKind.Unstructured, false),
        new("x400-originator", ImfFields.X400Originator, ImfHeaderKind.Unstructured, false),
        new("x400-received", ImfFields.X400Received, ImfHeaderKind.Unstructured, false),
        new("x400-recipients", ImfFields.X400Recipients, ImfHeaderKind.Unstructured, false),
        new("delivered-to", ImfFields.DeliveredTo, ImfHeaderKind.Mailbox, false),
        new("x-mailer", ImfFields.ExtMailer, ImfHeaderKind.Unstructured, false),
        new("thread-index", ImfFields.ThreadIndex, ImfHeaderKind.Unstructured, false),
        new("lines", ImfFields.Lines, ImfHeaderKind.Unstructured, false),
        new("precedence", ImfFields.Precedence, ImfHeaderKind.Unstructured, false),
        new("x-mimeole", ImfFields.ExtMimeole, ImfHeaderKind.Unstructured, false),
        new("expiry-date", ImfFields.ExtExpiryDate, ImfHeaderKind.Unstructured, false),
        new("x-ms-tnef-correlator", ImfFields.ExtTnefCorrelator, ImfHeaderKind.Unstructured, false),
        new("x-uidl", ImfFields.ExtUidl, ImfHeaderKind.Unstructured, false),
        new("x-authentication-warning", ImfFields.ExtAuthenticationWarning, ImfHeaderKind.Unstructured, false),
        new("x-virus-scanned", ImfFields.ExtVirusScanned, ImfHeaderKind.Unstructured, false),
        new("x-original-to", ImfFields.ExtOriginalTo, ImfHeaderKind.AddressList, false),
        new("sio-label", ImfFields.Siolabel, ImfHeaderKind.SioLabel, false),
    ];

    private static readonly Dictionary<string, Header> ByName = All.ToDictionary(h => h.Name, StringComparer.Ordinal);
    private static readonly Dictionary<string, Header>.AlternateLookup<ReadOnlySpan<char>> ByChars = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The header a lower-case name names, if packet-imf.c knows it.</summary>
    public static bool TryFind(ReadOnlySpan<char> lowerName, out Header header) => ByChars.TryGetValue(lowerName, out header);
}
