using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>
/// The ports a line protocol is registered on (its tcp.port preference), to tell requests from replies as Wireshark
/// does: a segment is a request when it goes to the port that chose the dissector (pinfo->match_uint == destport). That
/// port is the connection's server port, or its client port when only that one is the protocol's (a capture that starts
/// with the server's first reply, whose sender TCP takes for the client).
/// </summary>
public sealed class ServicePorts(IReadOnlyList<ushort> ports)
{
    private readonly HashSet<ushort> _ports = [.. ports];

    public static ServicePorts From(Preferences preferences, PreferenceDef range)
        => new(PortRange.TryParse(preferences[range], out var list) ? list : []);

    public bool IsRequest(PacketContext packet, StreamSide side)
    {
        var conversation = side.Conversation.Root;
        ushort matched = conversation.ServerPort;
        if (!_ports.Contains(matched) && _ports.Contains(conversation.ClientPort))
            matched = conversation.ClientPort;
        return packet.DestinationPort == matched;
    }
}
