namespace Sniffer.Output;

/// <summary>The protocols tshark 4.0 follows.</summary>
public enum FollowProtocol
{
    Tcp,
    Udp,
    Tls,
    Http,
}
