namespace Sniffer.Dissectors.Model;

/// <summary>
/// Names for MAC addresses (tshark's -N m: ethers, manuf, well-known addresses), for the hidden "(resolved)" items
/// (eth.src_resolved, wlan.sa_resolved…) that carry the name when resolution is on and the address when it is off.
/// </summary>
public interface IMacNames
{
    /// <summary>The name of a 6-byte address ("Broadcast", "Intel_12:34:56"), or null to show the address itself.</summary>
    string? MacName(ReadOnlySpan<byte> address);
}
