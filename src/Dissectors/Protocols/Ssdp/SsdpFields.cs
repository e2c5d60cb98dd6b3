using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Ssdp;

/// <summary>SSDP (UPnP discovery): HTTP messages over UDP, shown under their own protocol with the http.* fields, as tshark 4.0 does.</summary>
public static class SsdpFields
{
    public static readonly ProtocolDef Protocol = new("ssdp", "SSDP", "Simple Service Discovery Protocol");
}
