namespace Sniffer.Dissectors.Model;

/// <summary>Which kind of address fills the Source and Destination columns.</summary>
public enum AddressKind : byte
{
    None,
    Ether,
    Ipv4,
    Ipv6,
}

/// <summary>
/// The summary-line columns that dissectors set while they decode (Wireshark's pinfo->cinfo):
/// the protocol name, the info text and the network addresses. Outputs format them; nothing here prints.
/// </summary>
public sealed class PacketColumns
{
    private readonly byte[] _src = new byte[16];
    private readonly byte[] _dst = new byte[16];

    /// <summary>Protocol column text; a constant string of the deepest protocol that claimed the frame.</summary>
    public string Protocol { get; set; } = "";
    public InfoColumn Info { get; } = new();
    public AddressKind AddressKind { get; private set; }
    public ReadOnlySpan<byte> Source => _src.AsSpan(0, AddressLength);
    public ReadOnlySpan<byte> Destination => _dst.AsSpan(0, AddressLength);

    private int AddressLength => AddressKind switch
    {
        AddressKind.Ether => 6,
        AddressKind.Ipv4 => 4,
        AddressKind.Ipv6 => 16,
        _ => 0,
    };

    /// <summary>Text after the Source column's address (802.11's " (TA)"); empty for most protocols.</summary>
    public string SourceNote { get; private set; } = "";

    /// <summary>Text after the Destination column's address (802.11's " (RA)").</summary>
    public string DestinationNote { get; private set; } = "";

    /// <summary>True when the frame names no source (an 802.11 ACK or CTS): the Source column stays empty.</summary>
    public bool SourceAbsent { get; private set; }

    public void Reset()
    {
        Protocol = "";
        Info.Reset();
        AddressKind = AddressKind.None;
        SourceNote = DestinationNote = "";
        SourceAbsent = false;
    }

    /// <summary>
    /// Marks the address columns as 802.11 shows transmitter and receiver: a note after each address, or no source at all.
    /// A deeper layer's <see cref="SetAddresses"/> clears the marks.
    /// </summary>
    public void SetAddressNotes(string sourceNote, string destinationNote, bool sourceAbsent)
    {
        SourceNote = sourceNote;
        DestinationNote = destinationNote;
        SourceAbsent = sourceAbsent;
    }

    /// <summary>Sets the address columns; a deeper layer (IP over Ethernet) overwrites a shallower one.</summary>
    public void SetAddresses(AddressKind kind, ReadOnlySpan<byte> source, ReadOnlySpan<byte> destination)
    {
        AddressKind = kind;
        SourceNote = DestinationNote = "";
        SourceAbsent = false;
        source.CopyTo(_src);
        destination.CopyTo(_dst);
    }
}
