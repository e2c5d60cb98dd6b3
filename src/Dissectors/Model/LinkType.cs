namespace Sniffer.Dissectors.Model;

/// <summary>
/// Link-layer header types as numbered by the tcpdump.org LINKTYPE_ registry, which both
/// pcap and pcapng use. Only the values Sniffer decodes have names; any other number is kept
/// as it is and its frames are shown as undecoded data.
/// </summary>
public enum LinkType : ushort
{
    Null = 0,          // BSD loopback: 4-byte address family in the capturing host's byte order
    Ethernet = 1,
    Raw = 101,         // raw IPv4 or IPv6, version from the first nibble
    LinuxSll = 113,
    Loop = 108,        // OpenBSD loopback: like Null but the family is always big-endian
    Ieee80211 = 105,   // 802.11 frames with no radio header
    Ieee80211Radiotap = 127, // radiotap header, then 802.11
    Ppi = 192,         // Per-Packet Information header, then the link type it names
    Ipv4 = 228,
    Ipv6 = 229,
    LinuxSll2 = 276,
}
