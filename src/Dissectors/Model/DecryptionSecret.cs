namespace Sniffer.Dissectors.Model;

/// <summary>
/// Secrets carried in a pcapng Decryption Secrets Block, kept as read so the TLS dissector can use
/// them. <see cref="SecretsType"/> is the block's type code (0x544c534b "TLSK" for an NSS key log).
/// </summary>
public sealed record DecryptionSecret(uint SecretsType, ReadOnlyMemory<byte> Data)
{
    public const uint TlsKeyLog = 0x544C534B;
    public const uint WireGuardKeyLog = 0x57474B4C;
}
