namespace Sniffer.Output;

/// <summary>What tshark's -N turns on (its letters in brackets); nothing by default, as tshark -n.</summary>
[Flags]
public enum NameResolution
{
    None = 0,
    /// <summary>m: MAC addresses by their maker's prefix (Wireshark's manuf and ethers files).</summary>
    Mac = 1,
    /// <summary>n: IP addresses from Wireshark's hosts files.</summary>
    Network = 2,
    /// <summary>N: with n, ask the system resolver too (/etc/hosts, DNS).</summary>
    External = 4,
    /// <summary>t: TCP and UDP ports from the services file.</summary>
    Transport = 8,
    /// <summary>d: names learnt from DNS answers in the capture (accepted; Sniffer learns none yet).</summary>
    CapturedDns = 16,
    /// <summary>v: VLAN IDs from the vlans file (accepted; Sniffer shows IDs).</summary>
    Vlan = 32,
}
