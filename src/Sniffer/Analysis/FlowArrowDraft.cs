namespace Sniffer.Analysis;

/// <summary>
/// An arrow as seen in a frame, before the connection's client and the map's nodes are known. Its label is made only if
/// the connection is kept: a fixed text, a message's facts, or a payload size.
/// </summary>
internal readonly record struct FlowArrowDraft(long Frame, long RelativeTime, bool FromA, FlowArrowKind Kind, string? Text, MessageFacts? Message = null, long Bytes = 0)
{
    public string Label => Message is { } m
        ? (m.IsRequest ? $"{m.Method} {m.Uri} {m.Version}".TrimEnd() : $"{m.Version} {m.Status} {m.Phrase}".Trim())
        : Kind == FlowArrowKind.Data ? $"{Text}, {Bytes} bytes" : Text ?? "";
}
