using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Dhcp;

/// <summary>DHCP/BOOTP's fields as tshark 4.0 declares them (packet-dhcp.c; the protocol is "dhcp" since 3.0).</summary>
public static class DhcpFields
{
    public static readonly ProtocolDef Protocol = new("dhcp", "DHCP/BOOTP", "Dynamic Host Configuration Protocol") { ColumnName = "DHCP" };

    public static readonly FieldDef Type = new("dhcp.type", "Message type", FieldType.UInt8, FieldBase.Dec, valueNames: DhcpNames.OpCodes);
    public static readonly FieldDef HwType = new("dhcp.hw.type", "Hardware type", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef HwLen = new("dhcp.hw.len", "Hardware address length", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Hops = new("dhcp.hops", "Hops", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Id = new("dhcp.id", "Transaction ID", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef Secs = new("dhcp.secs", "Seconds elapsed", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef Flags = new("dhcp.flags", "Bootp flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef FlagsBc = new("dhcp.flags.bc", "Broadcast flag", FieldType.Boolean, FieldBase.None, 0x8000) { Booleans = new("Broadcast", "Unicast") };
    public static readonly FieldDef FlagsReserved = new("dhcp.flags.reserved", "Reserved flags", FieldType.UInt16, FieldBase.Hex, 0x7FFF);
    public static readonly FieldDef IpClient = new("dhcp.ip.client", "Client IP address", FieldType.Ipv4);
    public static readonly FieldDef IpYour = new("dhcp.ip.your", "Your (client) IP address", FieldType.Ipv4);
    public static readonly FieldDef IpServer = new("dhcp.ip.server", "Next server IP address", FieldType.Ipv4);
    public static readonly FieldDef IpRelay = new("dhcp.ip.relay", "Relay agent IP address", FieldType.Ipv4);
    public static readonly FieldDef HwMacAddr = new("dhcp.hw.mac_addr", "Client MAC address", FieldType.Ether);
    public static readonly FieldDef HwAddr = new("dhcp.hw.addr", "Client hardware address", FieldType.Bytes);
    public static readonly FieldDef HwAddrPadding = new("dhcp.hw.addr_padding", "Client hardware address padding", FieldType.Bytes);
    public static readonly FieldDef Server = new("dhcp.server", "Server host name", FieldType.String);
    public static readonly FieldDef File = new("dhcp.file", "Boot file name", FieldType.String);
    public static readonly FieldDef Cookie = new("dhcp.cookie", "Magic cookie", FieldType.Ipv4);
    public static readonly FieldDef OptionType = new("dhcp.option.type", "Option", FieldType.UInt8, FieldBase.Dec, description: "DHCP/BOOTP option type");
    public static readonly FieldDef OptionLength = new("dhcp.option.length", "Length", FieldType.UInt8, FieldBase.Dec, description: "DHCP/BOOTP option length");
    public static readonly FieldDef OptionValue = new("dhcp.option.value", "Value", FieldType.Bytes, description: "DHCP/BOOTP option value");
    public static readonly FieldDef OptionEnd = new("dhcp.option.end", "Option End", FieldType.UInt8, FieldBase.Dec, description: "Option 255: End");
    public static readonly FieldDef OptionPadding = new("dhcp.option.padding", "Padding", FieldType.Bytes, description: "Option 0: Padding");
    public static readonly FieldDef OptionSubnetMask = new("dhcp.option.subnet_mask", "Subnet Mask", FieldType.Ipv4, description: "Option 1: Subnet Mask");
    public static readonly FieldDef OptionTimeOffset = new("dhcp.option.time_offset", "Time Offset", FieldType.Int32, FieldBase.Dec, description: "Option 2: Time Offset");
    public static readonly FieldDef OptionRouter = new("dhcp.option.router", "Router", FieldType.Ipv4, description: "Option 3: Router");
    public static readonly FieldDef OptionTimeServer = new("dhcp.option.time_server", "Time Server", FieldType.Ipv4, description: "Option 4: Time Server");
    public static readonly FieldDef OptionDomainNameServer = new("dhcp.option.domain_name_server", "Domain Name Server", FieldType.Ipv4, description: "Option 6: Domain Name Server");
    public static readonly FieldDef OptionHostname = new("dhcp.option.hostname", "Host Name", FieldType.StringZ, description: "Option 12: Host Name");
    public static readonly FieldDef OptionDomainName = new("dhcp.option.domain_name", "Domain Name", FieldType.StringZ, description: "Option 15: Domain Name");
    public static readonly FieldDef OptionInterfaceMtu = new("dhcp.option.interface_mtu", "Interface MTU", FieldType.UInt16, FieldBase.Dec, description: "Option 26: Interface MTU");
    public static readonly FieldDef OptionBroadcastAddress = new("dhcp.option.broadcast_address", "Broadcast Address", FieldType.Ipv4, description: "Option 28: Broadcast Address");
    public static readonly FieldDef OptionNtpServer = new("dhcp.option.ntp_server", "Network Time Protocol Server", FieldType.Ipv4, description: "Option 42: Network Time Protocol Server");
    public static readonly FieldDef OptionRequestedIpAddress = new("dhcp.option.requested_ip_address", "Requested IP Address", FieldType.Ipv4, description: "Option 50: Requested IP Address");
    public static readonly FieldDef OptionIpAddressLeaseTime = new("dhcp.option.ip_address_lease_time", "IP Address Lease Time", FieldType.UInt32, FieldBase.Dec, description: "Option 51: IP Address Lease Time");
    public static readonly FieldDef OptionDhcp = new("dhcp.option.dhcp", "DHCP", FieldType.UInt8, FieldBase.Dec, valueNames: DhcpNames.MessageTypes, description: "Option 53: DHCP option");
    public static readonly FieldDef OptionDhcpServerId = new("dhcp.option.dhcp_server_id", "DHCP Server Identifier", FieldType.Ipv4, description: "Option 54: DHCP Server Identifier");
    public static readonly FieldDef OptionRequestListItem = new("dhcp.option.request_list_item", "Parameter Request List Item", FieldType.UInt8, FieldBase.Dec, description: "Option 55: Parameter Request List Item");
    public static readonly FieldDef OptionMessage = new("dhcp.option.message", "Message", FieldType.StringZ, description: "Option 56: Option message");
    public static readonly FieldDef OptionDhcpMaxMessageSize = new("dhcp.option.dhcp_max_message_size", "Maximum DHCP Message Size", FieldType.UInt16, FieldBase.Dec, description: "Option 57: Maximum DHCP Message Size");
    public static readonly FieldDef OptionRenewalTimeValue = new("dhcp.option.renewal_time_value", "Renewal Time Value", FieldType.UInt32, FieldBase.Dec, description: "Option 58: Renewal Time Value");
    public static readonly FieldDef OptionRebindingTimeValue = new("dhcp.option.rebinding_time_value", "Rebinding Time Value", FieldType.UInt32, FieldBase.Dec, description: "Option 59: Rebinding Time Value");
    public static readonly FieldDef OptionVendorClassId = new("dhcp.option.vendor_class_id", "Vendor class identifier", FieldType.StringZ, description: "Option 60: Vendor class identifier");
    public static readonly FieldDef ClientId = new("dhcp.client_id", "Identifier", FieldType.Bytes);

    public static readonly FieldDef ClientIdType = new("dhcp.client_id.type", "Type", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef ClientIdUndef = new("dhcp.client_id.undef", "Client Identifier", FieldType.String);

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Type, HwType, HwLen, Hops, Id, Secs, Flags, FlagsBc, FlagsReserved, IpClient, IpYour, IpServer, IpRelay, HwMacAddr, HwAddr,
         HwAddrPadding, Server, File, Cookie, OptionType, OptionLength, OptionValue, OptionEnd, OptionPadding, OptionSubnetMask,
         OptionTimeOffset, OptionRouter, OptionTimeServer, OptionDomainNameServer, OptionHostname, OptionDomainName,
         OptionInterfaceMtu, OptionBroadcastAddress, OptionNtpServer, OptionRequestedIpAddress, OptionIpAddressLeaseTime,
         OptionDhcp, OptionDhcpServerId, OptionRequestListItem, OptionMessage, OptionDhcpMaxMessageSize, OptionRenewalTimeValue,
         OptionRebindingTimeValue, OptionVendorClassId, ClientId, ClientIdType, ClientIdUndef]);
}
