namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The outcome of reading a key log file: the store its lines went into (for <see cref="KeyLog.Load"/> a new
/// one, empty if the file could not be read), the status, and a one-line message naming the file, fit to print as is.
/// </summary>
public readonly record struct KeyLogLoadResult(KeyLogLoadStatus Status, string Path, KeyLog KeyLog, string Message)
{
    public bool Succeeded => Status == KeyLogLoadStatus.Ok;

    /// <summary>
    /// Lines to print beside <see cref="Message"/>: the first few malformed lines, then one line counting the
    /// rest (never one line per malformed line).
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public override string ToString() => Message;
}
