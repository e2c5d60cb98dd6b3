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

    public static readonly ExpertDef UnframedBody = new("htcpcp.unframed_body", ExpertGroup.Protocol, ExpertSeverity.Note,
        "Request body without Content-Length: by RFC 9112 such a request ends with its headers; the bytes that came with it are shown as its body");

    public static readonly ExpertDef UnknownMethod = new("htcpcp.unknown_method", ExpertGroup.RequestCode, ExpertSeverity.Warning,
        "Unknown HTCPCP method (RFC 2324 and RFC 7168 define BREW, POST, GET, PROPFIND and WHEN)");

    public static readonly ExpertDef BadStatusLine = new("htcpcp.bad_status_line", ExpertGroup.Malformed, ExpertSeverity.Warning,
        "Status line without a three-digit status code");
}
