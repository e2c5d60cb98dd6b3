namespace Sniffer.Files;

/// <summary>What <see cref="PcapngOptionReader.TryReadNext"/> found.</summary>
internal enum PcapngOptionStatus
{
    /// <summary>An option: its code and value are set.</summary>
    Option,

    /// <summary>opt_endofopt, or the option area is used up.</summary>
    End,

    /// <summary>The option's length runs past the end of the block; its code and declared length are reported.</summary>
    RunsPastBlock,
}
