namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The outcome of reading a key log file: the store it went into (empty if nothing could be read), the
/// status, and a one-line message naming the file, fit to print as is.
/// </summary>
public readonly record struct KeyLogLoadResult(KeyLogLoadStatus Status, string Path, KeyLog KeyLog, string Message)
{
    public bool Succeeded => Status == KeyLogLoadStatus.Ok;

    public override string ToString() => Message;
}
