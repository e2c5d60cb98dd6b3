namespace Sniffer.Dissectors.Model;

/// <summary>
/// What a capture file says about the interface a frame arrived on (a pcapng Interface Description Block and the
/// section it belongs to), as the frame tree shows it: "Section number: 1", "Interface id: 0 (lo)". One instance per
/// interface, shared by its frames.
/// </summary>
/// <param name="Name">if_name, when given.</param>
/// <param name="Description">if_description, when given.</param>
/// <param name="SectionNumber">1 for the file's first section, counting on (0 when the format has no sections).</param>
public sealed record InterfaceInfo(string? Name, string? Description, int SectionNumber);
