namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>What an FTP request's command means for a login (see <see cref="FtpDissector.Login"/>).</summary>
public enum FtpLogin : byte
{
    None,
    User,
    Pass,
}
