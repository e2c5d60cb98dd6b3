namespace Sniffer.Files;

/// <summary>What the Section Header Block a <see cref="PcapngWriter"/> starts with says, and how the writer treats its stream.</summary>
public sealed record PcapngWriterOptions
{
    /// <summary>shb_hardware, e.g. the CPU model.</summary>
    public string? Hardware { get; init; }

    /// <summary>shb_os, e.g. "Linux 6.1.0".</summary>
    public string? OperatingSystem { get; init; }

    /// <summary>shb_userappl: the program that wrote the file.</summary>
    public string? Application { get; init; }

    /// <summary>opt_comment of the section.</summary>
    public string? Comment { get; init; }

    /// <summary>
    /// Options to write in the Section Header Block instead of the four above: those of a section read from a
    /// file (numbers little-endian, as <see cref="PcapngReader.SectionOptions"/> gives them), in their order.
    /// </summary>
    public IReadOnlyList<PcapngOption>? SectionOptions { get; init; }

    /// <summary>Write the section big-endian instead of little-endian (readers must handle both).</summary>
    public bool BigEndian { get; init; }

    /// <summary>Leave the stream open when the writer is disposed (it is disposed by default).</summary>
    public bool LeaveOpen { get; init; }
}
