namespace Sniffer.Files;

/// <summary>One section of a pcapng file, as its Section Header Block describes it.</summary>
/// <param name="Index">0 for the first section of the file, counting on.</param>
/// <param name="BigEndian">The byte order of every block in the section.</param>
/// <param name="Hardware">shb_hardware.</param>
/// <param name="OperatingSystem">shb_os.</param>
/// <param name="Application">shb_userappl.</param>
/// <param name="Comment">opt_comment.</param>
public sealed record PcapngSection(
    int Index,
    bool BigEndian,
    ushort MajorVersion,
    ushort MinorVersion,
    string? Hardware,
    string? OperatingSystem,
    string? Application,
    string? Comment);
