namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>Whether a key log file could be read at all (bad lines inside it are <see cref="KeyLogProblem"/>s).</summary>
public enum KeyLogLoadStatus
{
    Ok,
    FileNotFound,
    /// <summary>The path names a directory.</summary>
    NotAFile,
    AccessDenied,
    /// <summary>The operating system reported an I/O error while reading.</summary>
    ReadFailed,
    /// <summary>The file was read but holds no usable secret (empty, all lines malformed, or binary data).</summary>
    NoSecrets,
}
