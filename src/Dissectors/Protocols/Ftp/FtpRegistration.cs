using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Common;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Ftp;

public static class FtpRegistration
{
    public static readonly PreferenceDef TcpPorts = new("ftp.tcp.port", "FTP TCP ports", "TCP ports FTP control connections are decoded on", PreferenceKind.Range, "21");
    public static readonly PreferenceDef DataTcpPorts = new("ftp-data.tcp.port", "FTP-DATA TCP ports", "TCP ports FTP data connections are decoded on", PreferenceKind.Range, "20");

    /// <summary>FTP on 21 and FTP-DATA on 20, and FTP-DATA on every data connection a control connection announces.</summary>
    public static ProtocolModule Module { get; } = new(() => FtpFields.Declarations, Attach);

    private static void Attach(DissectorRegistry registry)
    {
        // One pair per run: FTP hands the data connections it announces to its own FTP-DATA, through the run's registry.
        var data = new FtpDataDissector();
        var control = new FtpDissector(data, registry.ExpectedTcp, ServicePorts.From(registry.Preferences, TcpPorts));
        registry.Declare(control);
        registry.Declare(data);
        registry.AddTcpPorts(data, DataTcpPorts);
        registry.AddTcpPorts(control, TcpPorts);
    }
}
