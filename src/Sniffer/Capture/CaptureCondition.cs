namespace Sniffer.Capture;

/// <summary>One parsed condition, e.g. "filesize:1024" → (FileSize, 1024).</summary>
public readonly record struct CaptureCondition(CaptureConditionKind Kind, long Value);
