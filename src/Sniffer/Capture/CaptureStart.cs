namespace Sniffer.Capture;

/// <summary>What the sinks learn before the first packet: the interfaces (in interface-id order) and when capturing began.</summary>
public sealed record CaptureStart(IReadOnlyList<CaptureInterfaceInfo> Interfaces, long StartTimeNs);
