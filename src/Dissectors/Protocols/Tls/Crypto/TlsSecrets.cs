namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// Everything a key log says about one TLS session (one client random): the TLS 1.0–1.2 master secret and/or
/// the TLS 1.3 traffic secrets. Any of them may be missing (null). <see cref="ToString"/> names the secrets
/// present but never prints them.
/// </summary>
public sealed class TlsSecrets
{
    private static readonly int LabelCount = Enum.GetValues<KeyLogLabel>().Length;

    private readonly byte[]?[] _secrets = new byte[LabelCount][];

    internal TlsSecrets(ClientRandom clientRandom) => ClientRandom = clientRandom;

    public ClientRandom ClientRandom { get; }

    /// <summary>The secret logged under <paramref name="label"/>, or null if no line gave it.</summary>
    public ReadOnlyMemory<byte>? Get(KeyLogLabel label)
    {
        // Not "cond ? secret : null": the null literal would convert through byte[] into an empty, non-null memory.
        if (_secrets[(int)label] is { } secret)
            return secret;
        return null;
    }

    /// <summary>TLS 1.0–1.2 master secret (48 bytes), from a CLIENT_RANDOM line.</summary>
    public ReadOnlyMemory<byte>? MasterSecret => Get(KeyLogLabel.ClientRandom);

    public ReadOnlyMemory<byte>? ClientEarlyTrafficSecret => Get(KeyLogLabel.ClientEarlyTrafficSecret);

    public ReadOnlyMemory<byte>? ClientHandshakeTrafficSecret => Get(KeyLogLabel.ClientHandshakeTrafficSecret);

    public ReadOnlyMemory<byte>? ServerHandshakeTrafficSecret => Get(KeyLogLabel.ServerHandshakeTrafficSecret);

    public ReadOnlyMemory<byte>? ClientTrafficSecret0 => Get(KeyLogLabel.ClientTrafficSecret0);

    public ReadOnlyMemory<byte>? ServerTrafficSecret0 => Get(KeyLogLabel.ServerTrafficSecret0);

    public ReadOnlyMemory<byte>? EarlyExporterSecret => Get(KeyLogLabel.EarlyExporterSecret);

    public ReadOnlyMemory<byte>? ExporterSecret => Get(KeyLogLabel.ExporterSecret);

    /// <summary>A later line for the same session and label replaces an earlier one, as in Wireshark.</summary>
    internal void Set(KeyLogLabel label, ReadOnlySpan<byte> secret) => _secrets[(int)label] = secret.ToArray();

    internal bool Has(KeyLogLabel label) => _secrets[(int)label] is not null;

    public override string ToString()
    {
        var present = new List<string>();
        foreach (var label in Enum.GetValues<KeyLogLabel>())
            if (_secrets[(int)label] is not null)
                present.Add(KeyLogLineParser.LabelText(label));
        return $"TLS secrets for client random {ClientRandom}: {(present.Count == 0 ? "none" : string.Join(", ", present))}";
    }
}
