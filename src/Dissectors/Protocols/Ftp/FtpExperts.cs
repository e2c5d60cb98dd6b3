using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>FTP's expert items (packet-ftp.c's ei_ftp_*).</summary>
public static class FtpExperts
{
    public static readonly ExpertDef EprtArgsInvalid = new("ftp.eprt.args_invalid", ExpertGroup.Malformed, ExpertSeverity.Warning,
        "EPRT arguments must have the form: |<family>|<addr>|<port>|");
    public static readonly ExpertDef EpsvArgsInvalid = new("ftp.epsv.args_invalid", ExpertGroup.Malformed, ExpertSeverity.Warning,
        "EPSV arguments must have the form (|||<port>|)");
    public static readonly ExpertDef ResponseCodeInvalid = new("ftp.response.code.invalid", ExpertGroup.Malformed, ExpertSeverity.Error, "Invalid response code");
    public static readonly ExpertDef PwdResponseInvalid = new("ftp.response.pwd.invalid", ExpertGroup.Malformed, ExpertSeverity.Error, "Invalid PWD response");
}
