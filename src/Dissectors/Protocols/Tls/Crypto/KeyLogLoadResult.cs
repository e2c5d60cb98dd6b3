namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The outcome of reading a key log file: the store its lines went into (for <see cref="KeyLog.Load"/> a new
/// one, empty if the file could not be read), the status, and a one-line message naming the file, fit to print as is.
/// </summary>
public readonly record struct KeyLogLoadResult(KeyLogLoadStatus Status, string Path, KeyLog KeyLog, string Message)
{
    public bool Succeeded => Status == KeyLogLoadStatus.Ok;

    public override string ToString() => Message;
}
