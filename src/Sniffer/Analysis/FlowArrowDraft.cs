namespace Sniffer.Analysis;

/// <summary>An arrow as seen in a frame, before the connection's client and the map's nodes are known.</summary>
internal readonly record struct FlowArrowDraft(long Frame, long RelativeTime, bool FromA, FlowArrowKind Kind, string Label);
