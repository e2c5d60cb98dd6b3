namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The secrets a key log gave for one TLS session (one client random). Never printed: <see cref="ToString"/>
/// says only which secrets are present.
/// </summary>
public sealed class TlsSecrets
{
    /// <summary>TLS 1.2 and earlier: the 48-byte master secret (CLIENT_RANDOM line).</summary>
    public byte[]? MasterSecret { get; internal set; }
    public byte[]? ClientHandshakeTrafficSecret { get; internal set; }
    public byte[]? ServerHandshakeTrafficSecret { get; internal set; }
    public byte[]? ClientTrafficSecret0 { get; internal set; }
    public byte[]? ServerTrafficSecret0 { get; internal set; }
    public byte[]? ExporterSecret { get; internal set; }
    public byte[]? ClientEarlyTrafficSecret { get; internal set; }

    public bool HasTls13HandshakeSecrets => ClientHandshakeTrafficSecret is not null && ServerHandshakeTrafficSecret is not null;
    public bool HasTls13ApplicationSecrets => ClientTrafficSecret0 is not null && ServerTrafficSecret0 is not null;

    public override string ToString()
    {
        var present = new List<string>();
        if (MasterSecret is not null) present.Add("master secret");
        if (HasTls13HandshakeSecrets) present.Add("TLS 1.3 handshake secrets");
        if (HasTls13ApplicationSecrets) present.Add("TLS 1.3 application secrets");
        return present.Count == 0 ? "no secrets" : string.Join(", ", present) + " (values not shown)";
    }
}
