namespace Sniffer.Dissectors.Streams.IpReassembly;

/// <summary>What reassemble.c notes on a fragment, and on the datagram when any fragment has it (FD_OVERLAP and kin).</summary>
[Flags]
public enum IpFragmentFlags : byte
{
    None = 0,
    /// <summary>The fragment covers bytes another fragment already gave.</summary>
    Overlap = 1,
    /// <summary>... and its bytes there differ.</summary>
    OverlapConflict = 2,
    /// <summary>A last fragment that ends elsewhere than the first last fragment said the datagram ends.</summary>
    MultipleTails = 4,
    /// <summary>Data past the end the last fragment set.</summary>
    TooLongFragment = 8,

    /// <summary>The flags that make a fragment an ip.fragment.error item and the datagram "[Illegal fragments]".</summary>
    Errors = OverlapConflict | MultipleTails | TooLongFragment,
}
