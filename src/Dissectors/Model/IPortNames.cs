namespace Sniffer.Dissectors.Model;

/// <summary>Names for TCP and UDP ports (tshark's -N t), shown in the Info column as "http-alt(8080)".</summary>
public interface IPortNames
{
    /// <summary>The service name of the port, or null to show the number alone.</summary>
    string? PortName(ushort port, bool udp);
}
