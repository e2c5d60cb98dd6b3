namespace Sniffer.Dissectors.Taps;

/// <summary>What a tap needs dissection to produce for it, beyond the fields it names.</summary>
[Flags]
public enum TapNeeds
{
    None = 0,
    /// <summary>The summary columns (Protocol, Info, addresses): dissectors fill them only when some tap reads them.</summary>
    Columns = 1,
    /// <summary>Items' display text (the -V tree): built only when some tap reads it.</summary>
    DisplayText = 2,
    /// <summary>Every field (the whole tree), not only <see cref="ITap.Fields"/>.</summary>
    AllFields = 4,
    /// <summary>Each TCP direction's new in-order bytes and gaps, as <see cref="Model.PacketContext.StreamEvents"/> (Follow Stream).</summary>
    StreamData = 8,
    /// <summary>Keep every connection (and what its protocols learnt) until the end, for a report of them all.</summary>
    Connections = 16,
    /// <summary>
    /// Receive every dissected frame, not only those the display filter selects: tshark's -z statistics count every
    /// frame whatever -Y says (their own filter argument is theirs to apply).
    /// </summary>
    EveryFrame = 32,
    /// <summary>
    /// Receive each TCP connection as the run lets it go (<see cref="ITap.OnConnectionEnd"/>) and the ones still open
    /// at the end in the model, instead of keeping every connection: a report over connections whose memory stays
    /// bounded by the open ones (the analysis).
    /// </summary>
    ConnectionsAsTheyEnd = 64,
    /// <summary>
    /// With <see cref="AllFields"/>: of the whole tree only the items that are shown (-V's tree): hidden items and what
    /// hangs under them may be left out when no other reader (a filter, a field, a machine format) wants them.
    /// </summary>
    ShownItemsOnly = 128,
}
