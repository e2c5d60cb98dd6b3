namespace Sniffer.Analysis;

/// <summary>
/// One TLS session: what was negotiated, whether the key log opened it and why not, and what an eavesdropper without
/// keys still sees (server name, certificate, record sizes and timing).
/// </summary>
public sealed record TlsReport
{
    public required long Stream { get; init; }
    public required string Client { get; init; }
    public required string Server { get; init; }
    public string? Version { get; init; }
    public string? CipherSuite { get; init; }
    public string? ServerName { get; init; }
    public string? Alpn { get; init; }
    public IReadOnlyList<string> OfferedAlpn { get; init; } = [];
    public string? CertificateSubject { get; init; }
    public string? CertificateIssuer { get; init; }
    public long? ClientHelloFrame { get; init; }
    public long? ServerHelloFrame { get; init; }
    public bool KeysInLog { get; init; }
    public bool Decrypted { get; init; }
    public long RecordsDecrypted { get; init; }
    public long RecordsNotDecrypted { get; init; }
    /// <summary>Why it was not (fully) decrypted, in the words of --tls-sessions; null when it was.</summary>
    public string? NotDecryptedBecause { get; init; }
    public long ApplicationRecordsClientToServer { get; init; }
    public long ApplicationBytesClientToServer { get; init; }
    public long ApplicationRecordsServerToClient { get; init; }
    public long ApplicationBytesServerToClient { get; init; }
    /// <summary>Requests read inside the session thanks to the key log.</summary>
    public int DecryptedRequests { get; init; }
    /// <summary>What anyone on the path sees without the keys, in sentences.</summary>
    public required IReadOnlyList<string> VisibleWithoutKeys { get; init; }
    /// <summary>What the key log revealed, in sentences (empty when nothing was decrypted).</summary>
    public required IReadOnlyList<string> RevealedByKeyLog { get; init; }
}
