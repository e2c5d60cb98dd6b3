namespace Sniffer.Dissectors.Protocols.Dhcp;

/// <summary>packet-dhcp.c's names: BOOTP op codes, DHCP message types and option names.</summary>
public static class DhcpNames
{
    public static readonly IReadOnlyDictionary<ulong, string> OpCodes = new Dictionary<ulong, string>
    {
        [1] = "Boot Request", [2] = "Boot Reply",
    };

    public static readonly IReadOnlyDictionary<ulong, string> MessageTypes = new Dictionary<ulong, string>
    {
        [1] = "Discover", [2] = "Offer", [3] = "Request", [4] = "Decline", [5] = "ACK", [6] = "NAK", [7] = "Release", [8] = "Inform",
        [9] = "Force Renew", [10] = "Lease query", [11] = "Lease Unassigned", [12] = "Lease Unknown", [13] = "Lease Active",
        [14] = "Bulk Lease Query", [15] = "Lease Query Done", [16] = "Active LeaseQuery", [17] = "Lease Query Status", [18] = "TLS",
    };

    public static readonly IReadOnlyDictionary<ulong, string> HardwareTypes = new Dictionary<ulong, string>
    {
        [1] = "Ethernet", [6] = "IEEE 802", [7] = "ARCNET", [15] = "Frame Relay", [16] = "ATM", [17] = "HDLC",
        [18] = "Fibre Channel", [20] = "Serial Line", [32] = "InfiniBand",
    };

    private static readonly string[] Options = BuildOptions();

    /// <summary>The option's name as "Option: (N) Name" shows it.</summary>
    public static string Option(byte code) => Options[code];

    private static string[] BuildOptions()
    {
        var names = new string[256];
        for (int i = 0; i < 256; i++)
            names[i] = i is >= 224 and <= 254 ? "Private" : "Unknown";
        string[] known =
        [
            "Padding", "Subnet Mask", "Time Offset", "Router", "Time Server", "Name Server", "Domain Name Server", "Log Server",
            "Quotes Server", "LPR Server", "Impress Server", "Resource Location Server", "Host Name", "Boot File Size",
            "Merit Dump File", "Domain Name", "Swap Server", "Root Path", "Extensions Path", "IP Forwarding",
            "Non-Local Source Routing", "Policy Filter", "Maximum Datagram Reassembly Size", "Default IP Time-to-Live",
            "Path MTU Aging Timeout", "Path MTU Plateau Table", "Interface MTU", "All Subnets are Local", "Broadcast Address",
            "Perform Mask Discovery", "Mask Supplier", "Perform Router Discover", "Router Solicitation Address", "Static Route",
            "Trailer Encapsulation", "ARP Cache Timeout", "Ethernet Encapsulation", "TCP Default TTL", "TCP Keepalive Interval",
            "TCP Keepalive Garbage", "Network Information Service Domain", "Network Information Service Servers",
            "Network Time Protocol Servers", "Vendor-Specific Information", "NetBIOS over TCP/IP Name Server",
            "NetBIOS over TCP/IP Datagram Distribution Name Server", "NetBIOS over TCP/IP Node Type", "NetBIOS over TCP/IP Scope",
            "X Window System Font Server", "X Window System Display Manager", "Requested IP Address", "IP Address Lease Time",
            "Option Overload", "DHCP Message Type", "DHCP Server Identifier", "Parameter Request List", "Message",
            "Maximum DHCP Message Size", "Renewal Time Value", "Rebinding Time Value", "Vendor class identifier",
            "Client identifier", "Novell/Netware IP domain", "Novell Options", "Network Information Service+ Domain",
            "Network Information Service+ Servers", "TFTP Server Name", "Bootfile name", "Mobile IP Home Agent", "SMTP Server",
            "POP3 Server", "NNTP Server", "Default WWW Server", "Default Finger Server", "Default IRC Server", "StreetTalk Server",
            "StreetTalk Directory Assistance Server", "User Class Information", "Directory Agent Information",
            "Service Location Agent Scope", "Rapid commit", "Client Fully Qualified Domain Name", "Agent Information Option",
            "iSNS [TODO:RFC4174]", "Removed/Unassigned", "Novell Directory Services Servers", "Novell Directory Services Tree Name",
            "Novell Directory Services Context", "BCMCS Controller Domain Name", "BCMCS Controller IPv4 address", "Authentication",
            "Client last transaction time", "Associated IP option", "Client System Architecture", "Client Network Device Interface",
            "LDAP [TODO:RFC3679]", "Removed/Unassigned", "UUID/GUID-based Client Identifier", "Open Group's User Authentication",
            "GEOCONF_CIVIC", "PCode", "TCode",
        ];
        for (int i = 0; i < known.Length; i++)
            names[i] = known[i];
        names[108] = "IPv6-Only Preferred";
        names[114] = "DHCP Captive-Portal";
        names[116] = "DHCP Auto-Configuration";
        names[117] = "Name Service Search";
        names[118] = "Subnet Selection Option";
        names[119] = "Domain Search";
        names[120] = "SIP Servers";
        names[121] = "Classless Static Route";
        names[125] = "V-I Vendor-specific Information";
        names[150] = "TFTP Server Address";
        names[249] = "Private/Classless Static Route (Microsoft)";
        names[252] = "Private/Proxy autodiscovery";
        names[255] = "End";
        return names;
    }
}
