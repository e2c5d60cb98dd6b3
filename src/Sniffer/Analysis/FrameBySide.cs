namespace Sniffer.Analysis;

/// <summary>A frame and the side that sent it (the first FIN, a RST).</summary>
public sealed record FrameBySide(ConnectionSide Side, long Frame);
