using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>What <see cref="TestTlsSession.Decrypt"/> produced: the key status, every record's outcome, and the application data of each side.</summary>
internal sealed class DecryptedTestSession
{
    public TlsSessionKeysStatus KeysStatus { get; init; }

    public List<(bool FromClient, TlsDecryptStatus Status, byte ContentType, byte[] Plaintext)> Records { get; } = [];

    public List<byte> ClientApplicationData { get; } = [];

    public List<byte> ServerApplicationData { get; } = [];

    public string ClientText => System.Text.Encoding.ASCII.GetString([.. ClientApplicationData]);

    public string ServerText => System.Text.Encoding.ASCII.GetString([.. ServerApplicationData]);
}
