namespace Sniffer.Capture;

/// <summary>How a capture ended: why, how many packets reached the sinks, and each interface's counters.</summary>
public sealed record CaptureSummary(
    CaptureStopReason Reason,
    ulong PacketsCaptured,
    IReadOnlyList<InterfaceCaptureStatistics> Interfaces,
    CaptureError Error);
