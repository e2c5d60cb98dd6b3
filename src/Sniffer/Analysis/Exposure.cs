namespace Sniffer.Analysis;

/// <summary>
/// Something an eavesdropper reads: where (frame, connection), what (name and value, masked to its first and last
/// character unless --show-secrets), who can read it ("anyone on the path" for plain text, "whoever has the key log"
/// inside TLS) and why it matters.
/// </summary>
public sealed record Exposure
{
    public required ExposureKind Kind { get; init; }
    public required string Severity { get; init; }
    public required long Frame { get; init; }
    public required long Stream { get; init; }
    public required string Name { get; init; }
    public required string Value { get; init; }
    public bool Masked { get; init; }
    /// <summary>True when it travelled in clear text; false when only the TLS key log revealed it.</summary>
    public required bool PlainText { get; init; }
    public required string Detail { get; init; }
    /// <summary>A display filter that finds it.</summary>
    public required string Filter { get; init; }

    public string VisibleTo => PlainText ? "anyone on the path" : "whoever has the TLS key log";
}
