using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

public static class HtcpcpExperts
{
    public static readonly ExpertDef NoBlankLine = new("htcpcp.no_blank_line", ExpertGroup.Malformed, ExpertSeverity.Warning,
        "Body starts without the blank line that ends the headers");

    public static readonly ExpertDef PostDeprecated = new("htcpcp.post_deprecated", ExpertGroup.Deprecated, ExpertSeverity.Note,
        "POST is the deprecated synonym of BREW (RFC 2324 section 2.1.1)");

    public static readonly ExpertDef MessageTruncated = new("htcpcp.message_truncated", ExpertGroup.Malformed, ExpertSeverity.Warning,
        "The stream ended before this HTCPCP message was complete");

    public static readonly ExpertDef ResponseWithoutRequest = new("htcpcp.response_without_request", ExpertGroup.Sequence, ExpertSeverity.Note,
        "Response without a request: no request in this conversation is waiting for one");
}
