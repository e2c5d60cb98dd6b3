namespace Sniffer.Analysis;

/// <summary>The capture a report is about: its file, how many frames it had and counted, its time span, filter and key log.</summary>
public sealed record ReportCapture
{
    public required string File { get; init; }
    /// <summary>Frames read.</summary>
    public long Frames { get; init; }
    /// <summary>Frames the display filter selected (every frame without one): only these count in the report.</summary>
    public long FramesCounted { get; init; }
    public string? DisplayFilter { get; init; }
    /// <summary>Absolute time of the first frame, ns since the epoch (0 for an empty capture).</summary>
    public long FirstTimestamp { get; init; }
    /// <summary>Seconds from the first frame to the last.</summary>
    public double DurationSeconds { get; init; }
    /// <summary>The key log given (file name), or null.</summary>
    public string? KeyLog { get; init; }
    /// <summary>TLS sessions the key log (and the file's Decryption Secrets Blocks) had secrets for.</summary>
    public int KeyLogSessions { get; init; }
    /// <summary>Whether values that look like secrets are shown whole (--show-secrets) instead of masked.</summary>
    public bool SecretsShown { get; init; }
    /// <summary>Notes the dissection left that no frame could carry.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
