using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Imf;

/// <summary>Internet Message Format fields, with tshark 4.0's abbreviations, names and types (packet-imf.c).</summary>
public static class ImfFields
{
    public static readonly ProtocolDef Protocol = new("imf", "IMF", "Internet Message Format");
    public static readonly FieldDef Date = new("imf.date", "Date", FieldType.String, description: "DateTime");
    public static readonly FieldDef From = new("imf.from", "From", FieldType.String, description: "MailboxList");
    public static readonly FieldDef Sender = new("imf.sender", "Sender", FieldType.String);
    public static readonly FieldDef ReplyTo = new("imf.reply_to", "Reply-To", FieldType.String);
    public static readonly FieldDef To = new("imf.to", "To", FieldType.String);
    public static readonly FieldDef Cc = new("imf.cc", "Cc", FieldType.String);
    public static readonly FieldDef Bcc = new("imf.bcc", "Bcc", FieldType.String);
    public static readonly FieldDef MessageId = new("imf.message_id", "Message-ID", FieldType.String);
    public static readonly FieldDef InReplyTo = new("imf.in_reply_to", "In-Reply-To", FieldType.String);
    public static readonly FieldDef References = new("imf.references", "References", FieldType.String);
    public static readonly FieldDef Subject = new("imf.subject", "Subject", FieldType.String);
    public static readonly FieldDef Comments = new("imf.comments", "Comments", FieldType.String);
    public static readonly FieldDef UserAgent = new("imf.user_agent", "User-Agent", FieldType.String);
    public static readonly FieldDef Keywords = new("imf.keywords", "Keywords", FieldType.String);
    public static readonly FieldDef ResentDate = new("imf.resent.date", "Resent-Date", FieldType.String);
    public static readonly FieldDef ResentFrom = new("imf.resent.from", "Resent-From", FieldType.String);
    public static readonly FieldDef ResentSender = new("imf.resent.sender", "Resent-Sender", FieldType.String);
    public static readonly FieldDef ResentTo = new("imf.resent.to", "Resent-To", FieldType.String);
    public static readonly FieldDef ResentCc = new("imf.resent.cc", "Resent-Cc", FieldType.String);
    public static readonly FieldDef ResentBcc = new("imf.resent.bcc", "Resent-Bcc", FieldType.String);
    public static readonly FieldDef ResentMessageId = new("imf.resent.message_id", "Resent-Message-ID", FieldType.String);
    public static readonly FieldDef ReturnPath = new("imf.return_path", "Return-Path", FieldType.String);
    public static readonly FieldDef Received = new("imf.received", "Received", FieldType.String);
    public static readonly FieldDef ContentType = new("imf.content.type", "Content-Type", FieldType.String);
    public static readonly FieldDef ContentTypeType = new("imf.content.type.type", "Type", FieldType.String);
    public static readonly FieldDef ContentTypeParameters = new("imf.content.type.parameters", "Parameters", FieldType.String);
    public static readonly FieldDef ContentDescription = new("imf.content.description", "Content-Description", FieldType.String);
    public static readonly FieldDef ContentId = new("imf.content.id", "Content-ID", FieldType.String);
    public static readonly FieldDef ContentTransferEncoding = new("imf.content.transfer_encoding", "Content-Transfer-Encoding", FieldType.String);
    public static readonly FieldDef MimeVersion = new("imf.mime_version", "MIME-Version", FieldType.String);
    public static readonly FieldDef Autoforwarded = new("imf.autoforwarded", "Autoforwarded", FieldType.String);
    public static readonly FieldDef Autosubmitted = new("imf.autosubmitted", "Autosubmitted", FieldType.String);
    public static readonly FieldDef X400ContentIdentifier = new("imf.x400_content_identifier", "X400-Content-Identifier", FieldType.String);
    public static readonly FieldDef ContentLanguage = new("imf.content_language", "Content-Language", FieldType.String);
    public static readonly FieldDef Conversion = new("imf.conversion", "Conversion", FieldType.String);
    public static readonly FieldDef ConversionWithLoss = new("imf.conversion_with_loss", "Conversion-With-Loss", FieldType.String);
    public static readonly FieldDef DeliveryDate = new("imf.delivery_date", "Delivery-Date", FieldType.String);
    public static readonly FieldDef DiscardedX400IpmsExtensions = new("imf.discarded_x400_ipms_extensions", "Discarded-X400-IPMS-Extensions", FieldType.String);
    public static readonly FieldDef DiscardedX400MtsExtensions = new("imf.discarded_x400_mts_extensions", "Discarded-X400-MTS-Extensions", FieldType.String);
    public static readonly FieldDef DlExpansionHistory = new("imf.dl_expansion_history", "DL-Expansion-History", FieldType.String);
    public static readonly FieldDef DeferredDelivery = new("imf.deferred_delivery", "Deferred-Delivery", FieldType.String);
    public static readonly FieldDef Expires = new("imf.expires", "Expires", FieldType.String);
    public static readonly FieldDef Importance = new("imf.importance", "Importance", FieldType.String);
    public static readonly FieldDef IncompleteCopy = new("imf.incomplete_copy", "Incomplete-Copy", FieldType.String);
    public static readonly FieldDef LatestDeliveryTime = new("imf.latest_delivery_time", "Latest-Delivery-Time", FieldType.String);
    public static readonly FieldDef MessageType = new("imf.message_type", "Message-Type", FieldType.String);
    public static readonly FieldDef OriginalEncodedInformationTypes = new("imf.original_encoded_information_types", "Original-Encoded-Information-Types", FieldType.String);
    public static readonly FieldDef OriginatorReturnAddress = new("imf.originator_return_address", "Originator-Return-Address", FieldType.String);
    public static readonly FieldDef Priority = new("imf.priority", "Priority", FieldType.String);
    public static readonly FieldDef ReplyBy = new("imf.reply_by", "Reply-By", FieldType.String);
    public static readonly FieldDef Sensitivity = new("imf.sensitivity", "Sensitivity", FieldType.String);
    public static readonly FieldDef Supersedes = new("imf.supersedes", "Supersedes", FieldType.String);
    public static readonly FieldDef X400ContentType = new("imf.x400_content_type", "X400-Content-Type", FieldType.String);
    public static readonly FieldDef X400MtsIdentifier = new("imf.x400_mts_identifier", "X400-MTS-Identifier", FieldType.String);
    public static readonly FieldDef X400Originator = new("imf.x400_originator", "X400-Originator", FieldType.String);
    public static readonly FieldDef X400Received = new("imf.x400_received", "X400-Received", FieldType.String);
    public static readonly FieldDef X400Recipients = new("imf.x400_recipients", "X400-Recipients", FieldType.String);
    public static readonly FieldDef DeliveredTo = new("imf.delivered_to", "Delivered-To", FieldType.String);
    public static readonly FieldDef ExtMailer = new("imf.ext.mailer", "X-Mailer", FieldType.String);
    public static readonly FieldDef ExtMimeole = new("imf.ext.mimeole", "X-MimeOLE", FieldType.String);
    public static readonly FieldDef ExtExpiryDate = new("imf.ext.expiry-date", "Expiry-Date", FieldType.String);
    public static readonly FieldDef ExtTnefCorrelator = new("imf.ext.tnef-correlator", "X-MS-TNEF-Correlator", FieldType.String);
    public static readonly FieldDef ExtUidl = new("imf.ext.uidl", "X-UIDL", FieldType.String);
    public static readonly FieldDef ExtAuthenticationWarning = new("imf.ext.authentication_warning", "X-Authentication-Warning", FieldType.String);
    public static readonly FieldDef ExtVirusScanned = new("imf.ext.virus_scanned", "X-Virus-Scanned", FieldType.String);
    public static readonly FieldDef ExtOriginalTo = new("imf.ext.original-to", "X-Original-To", FieldType.String);
    public static readonly FieldDef ThreadIndex = new("imf.thread-index", "Thread-Index", FieldType.String);
    public static readonly FieldDef Lines = new("imf.lines", "Lines", FieldType.String);
    public static readonly FieldDef Precedence = new("imf.precedence", "Precedence", FieldType.String);
    public static readonly FieldDef Extension = new("imf.extension", "Unknown-Extension", FieldType.String);
    public static readonly FieldDef ExtensionType = new("imf.extension.type", "Type", FieldType.String);
    public static readonly FieldDef ExtensionValue = new("imf.extension.value", "Value", FieldType.String);
    public static readonly FieldDef DisplayName = new("imf.display_name", "Display-Name", FieldType.String);
    public static readonly FieldDef Address = new("imf.address", "Address", FieldType.String);
    public static readonly FieldDef AddressListItem = new("imf.address_list.item", "Item", FieldType.String);
    public static readonly FieldDef MailboxListItem = new("imf.mailbox_list.item", "Item", FieldType.String);
    public static readonly FieldDef Siolabel = new("imf.siolabel", "SIO-Label", FieldType.None);
    public static readonly FieldDef SiolabelMarking = new("imf.siolabel.marking", "Marking", FieldType.String);
    public static readonly FieldDef SiolabelFgcolor = new("imf.siolabel.fgcolor", "Foreground Color", FieldType.String);
    public static readonly FieldDef SiolabelBgcolor = new("imf.siolabel.bgcolor", "Background Color", FieldType.String);
    public static readonly FieldDef SiolabelType = new("imf.siolabel.type", "Type", FieldType.String);
    public static readonly FieldDef SiolabelLabel = new("imf.siolabel.label", "Label", FieldType.String);
    public static readonly FieldDef SiolabelUnknown = new("imf.siolabel.unknown", "Unknown parameter", FieldType.String);
    public static readonly FieldDef MessageText = new("imf.message_text", "Message-Text", FieldType.None);

    public static readonly ExpertDef UnknownParameter = new("imf.unknown_param", ExpertGroup.Protocol, ExpertSeverity.Warning, "Unknown parameter");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Date, From, Sender, ReplyTo, To, Cc, Bcc, MessageId, InReplyTo, References, Subject, Comments, UserAgent, Keywords, ResentDate, ResentFrom, ResentSender, ResentTo, ResentCc, ResentBcc, ResentMessageId, ReturnPath, Received, ContentType, ContentTypeType, ContentTypeParameters, ContentDescription, ContentId, ContentTransferEncoding, MimeVersion, Autoforwarded, Autosubmitted, X400ContentIdentifier, ContentLanguage, Conversion, ConversionWithLoss, DeliveryDate, DiscardedX400IpmsExtensions, DiscardedX400MtsExtensions, DlExpansionHistory, DeferredDelivery, Expires, Importance, IncompleteCopy, LatestDeliveryTime, MessageType, OriginalEncodedInformationTypes, OriginatorReturnAddress, Priority, ReplyBy, Sensitivity, Supersedes, X400ContentType, X400MtsIdentifier, X400Originator, X400Received, X400Recipients, DeliveredTo, ExtMailer, ExtMimeole, ExtExpiryDate, ExtTnefCorrelator, ExtUidl, ExtAuthenticationWarning, ExtVirusScanned, ExtOriginalTo, ThreadIndex, Lines, Precedence, Extension, ExtensionType, ExtensionValue, DisplayName, Address, AddressListItem, MailboxListItem, Siolabel, SiolabelMarking, SiolabelFgcolor, SiolabelBgcolor, SiolabelType, SiolabelLabel, SiolabelUnknown, MessageText],
        [UnknownParameter]);
}
