using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>FTP's and FTP-DATA's fields, with tshark 4.0's abbreviations, names and types (packet-ftp.c).</summary>
public static class FtpFields
{
    public static readonly ProtocolDef Protocol = new("ftp", "FTP", "File Transfer Protocol (FTP)");
    public static readonly ProtocolDef DataProtocol = new("ftp-data", "FTP-DATA", "FTP Data");

    public static readonly FieldDef CurrentWorkingDirectory = new("ftp.current-working-directory", "Current working directory", FieldType.String);
    public static readonly FieldDef Response = new("ftp.response", "Response", FieldType.Boolean, description: "TRUE if FTP response");
    public static readonly FieldDef Request = new("ftp.request", "Request", FieldType.Boolean, description: "TRUE if FTP request");
    public static readonly FieldDef RequestCommand = new("ftp.request.command", "Request command", FieldType.String);
    public static readonly FieldDef RequestArg = new("ftp.request.arg", "Request arg", FieldType.String);
    public static readonly FieldDef ResponseCode = new("ftp.response.code", "Response code", FieldType.UInt32, valueNames: FtpResponseCodes.Names);
    public static readonly FieldDef ResponseArg = new("ftp.response.arg", "Response arg", FieldType.String);
    public static readonly FieldDef PassiveIp = new("ftp.passive.ip", "Passive IP address", FieldType.Ipv4, description: "Passive IP address (check NAT)");
    public static readonly FieldDef PassivePort = new("ftp.passive.port", "Passive port", FieldType.UInt16, description: "Passive FTP server port");
    public static readonly FieldDef PassiveNat = new("ftp.passive.nat", "Passive IP NAT", FieldType.Boolean, description: "NAT is active SIP and passive IP different");
    public static readonly FieldDef ActiveIp = new("ftp.active.cip", "Active IP address", FieldType.Ipv4, description: "Active FTP client IP address");
    public static readonly FieldDef ActivePort = new("ftp.active.port", "Active port", FieldType.UInt16, description: "Active FTP client port");
    public static readonly FieldDef ActiveNat = new("ftp.active.nat", "Active IP NAT", FieldType.Boolean, description: "NAT is active");
    public static readonly FieldDef EprtAddressFamily = new("ftp.eprt.af", "Extended active address family", FieldType.UInt8,
        valueNames: new Dictionary<ulong, string> { [1] = "IPv4", [2] = "IPv6" });
    public static readonly FieldDef EprtIp = new("ftp.eprt.ip", "Extended active IP address", FieldType.Ipv4, description: "Extended active FTP client IPv4 address");
    public static readonly FieldDef EprtIpv6 = new("ftp.eprt.ipv6", "Extended active IPv6 address", FieldType.Ipv6, description: "Extended active FTP client IPv6 address");
    public static readonly FieldDef EprtPort = new("ftp.eprt.port", "Extended active port", FieldType.UInt16, description: "Extended active FTP client listener port");
    public static readonly FieldDef EpsvIp = new("ftp.epsv.ip", "Extended passive IPv4 address", FieldType.Ipv4, description: "Extended passive FTP server IPv4 address");
    public static readonly FieldDef EpsvIpv6 = new("ftp.epsv.ipv6", "Extended passive IPv6 address", FieldType.Ipv6, description: "Extended passive FTP server IPv6 address");
    public static readonly FieldDef EpsvPort = new("ftp.epsv.port", "Extended passive port", FieldType.UInt16, description: "Extended passive FTP server port");
    public static readonly FieldDef ResponseFirstFrame = new("ftp.command-response.first-frame-num", "Command response first frame", FieldType.FrameNum,
        description: "First frame seen in resulting ftp-data stream");
    public static readonly FieldDef ResponseLastFrame = new("ftp.command-response.last-frame-num", "Command response last frame", FieldType.FrameNum,
        description: "Last frame seen in resulting ftp-data stream");
    public static readonly FieldDef ResponseDuration = new("ftp.command-response.duration", "Response duration", FieldType.UInt32,
        description: "Duration of command response in ms") { Unit = new Units("ms", "ms") }; // 4.0's units_milliseconds: "0ms"
    public static readonly FieldDef ResponseBitrate = new("ftp.command-response.bitrate", "Response bitrate", FieldType.UInt32,
        description: "Bitrate of command response") { Unit = new Units("Kbps", "Kbps") }; // 4.0's units_kbps: "0Kbps"
    public static readonly FieldDef ResponseFrames = new("ftp.command-response.frames", "Command response frames", FieldType.UInt32,
        description: "Number of frames seen in resulting ftp-data stream");
    public static readonly FieldDef ResponseBytes = new("ftp.command-response.bytes", "Command response bytes", FieldType.UInt32,
        description: "Number of bytes seen in resulting ftp-data stream");
    public static readonly FieldDef SetupFrame = new("ftp.setup-frame", "Setup frame", FieldType.FrameNum,
        description: "Where ftp-data conversation for this command was signalled");
    public static readonly FieldDef CommandFrame = new("ftp.command-frame", "Command frame", FieldType.FrameNum, description: "Where command for setup was seen");
    public static readonly FieldDef Command = new("ftp.command", "Command", FieldType.String, description: "Command corresponding to this setup frame");

    public static readonly FieldDef DataSetupFrame = new("ftp-data.setup-frame", "Setup frame", FieldType.FrameNum, description: "Where ftp-data conversation was signalled");
    public static readonly FieldDef DataSetupMethod = new("ftp-data.setup-method", "Setup method", FieldType.String, description: "Method used to set up data conversation");
    public static readonly FieldDef DataCommand = new("ftp-data.command", "Command", FieldType.String, description: "Command that this data stream answers");
    public static readonly FieldDef DataCommandFrame = new("ftp-data.command-frame", "Command frame", FieldType.FrameNum, description: "Where command for this data was seen");
    public static readonly FieldDef DataCurrentWorkingDirectory = new("ftp-data.current-working-directory", "Current working directory", FieldType.String,
        description: "Current working directory at time of command");

    /// <summary>What FTP declares (the ftp-data.* fields are registered under ftp, as packet-ftp.c does).</summary>
    public static IReadOnlyList<ProtocolDeclaration> Declarations { get; } =
    [
        new(Protocol,
            [CurrentWorkingDirectory, Response, Request, RequestCommand, RequestArg, ResponseCode, ResponseArg, PassiveIp, PassivePort, PassiveNat,
             ActiveIp, ActivePort, ActiveNat, EprtAddressFamily, EprtIp, EprtIpv6, EprtPort, EpsvIp, EpsvIpv6, EpsvPort, ResponseFirstFrame,
             ResponseLastFrame, ResponseDuration, ResponseBitrate, ResponseFrames, ResponseBytes, SetupFrame, CommandFrame, Command,
             DataSetupFrame, DataSetupMethod, DataCommand, DataCommandFrame, DataCurrentWorkingDirectory],
            [FtpExperts.EprtArgsInvalid, FtpExperts.EpsvArgsInvalid, FtpExperts.ResponseCodeInvalid, FtpExperts.PwdResponseInvalid],
            [FtpRegistration.TcpPorts]),
        new(DataProtocol, [], [], [FtpRegistration.DataTcpPorts]),
    ];
}
