using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Coloring;

/// <summary>
/// One of Wireshark's colouring rules: a name, a display filter, and the foreground and background colours a frame it
/// selects is drawn with (each 0xRRGGBB, from the file's 16-bit channels).
/// </summary>
public sealed record ColorRule(string Name, string FilterText, int Foreground, int Background, IFrameFilter Filter);
