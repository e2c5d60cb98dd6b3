using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The parts of the TLS 1.3 key schedule (RFC 8446 §7) a passive decryptor needs, given the traffic secrets a
/// key log provides: HKDF-Expand-Label, the record key and IV of a traffic secret (§7.3), and the next
/// application traffic secret after a KeyUpdate (§7.2). HKDF itself is .NET's.
/// </summary>
public static class Tls13KeySchedule
{
    /// <summary>Every TLS 1.3 label is prefixed with this (RFC 8446 §7.1).</summary>
    public const string LabelPrefix = "tls13 ";

    /// <summary>A label and a context are each at most 255 bytes (HkdfLabel's opaque vectors).</summary>
    private const int MaxVectorLength = 255;

    private static ReadOnlySpan<byte> Prefix => "tls13 "u8;

    /// <summary>
    /// HKDF-Expand-Label(secret, label, context, output.Length) = HKDF-Expand(secret, HkdfLabel, length) with
    /// HkdfLabel = uint16 length ‖ opaque label&lt;7..255&gt; = "tls13 " + label ‖ opaque context&lt;0..255&gt;.
    /// <paramref name="secret"/> must be at least one hash long. Labels and lengths are the caller's constants, so
    /// a label over 249 bytes, a context over 255 or an output over 65535 bytes is a programming error and throws.
    /// </summary>
    public static void ExpandLabel(HashAlgorithmName hash, ReadOnlySpan<byte> secret, string label, ReadOnlySpan<byte> context, Span<byte> output)
    {
        int labelLength = Prefix.Length + Encoding.ASCII.GetByteCount(label);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labelLength, MaxVectorLength, nameof(label));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(context.Length, MaxVectorLength, nameof(context));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(output.Length, ushort.MaxValue, nameof(output));

        Span<byte> info = stackalloc byte[2 + 1 + MaxVectorLength + 1 + MaxVectorLength];
        BinaryPrimitives.WriteUInt16BigEndian(info, (ushort)output.Length);
        info[2] = (byte)labelLength;
        Prefix.CopyTo(info[3..]);
        Encoding.ASCII.GetBytes(label, info[(3 + Prefix.Length)..]);
        int at = 3 + labelLength;
        info[at++] = (byte)context.Length;
        context.CopyTo(info[at..]);
        at += context.Length;
        HKDF.Expand(hash, secret, output, info[..at]);
    }

    /// <summary>
    /// The record protection key and IV of a traffic secret: key = HKDF-Expand-Label(secret, "key", "",
    /// key_length), iv = HKDF-Expand-Label(secret, "iv", "", 12). <paramref name="key"/> must be
    /// <see cref="CipherSuite.KeyLength"/> long and <paramref name="iv"/> 12 bytes.
    /// </summary>
    public static void DeriveTrafficKeys(CipherSuite suite, ReadOnlySpan<byte> trafficSecret, Span<byte> key, Span<byte> iv)
    {
        ExpandLabel(suite.Hash, trafficSecret, "key", [], key[..suite.KeyLength]);
        ExpandLabel(suite.Hash, trafficSecret, "iv", [], iv[..CipherSuite.AeadNonceLength]);
    }

    /// <summary>
    /// application_traffic_secret_N+1 = HKDF-Expand-Label(secret_N, "traffic upd", "", Hash.length), the secret
    /// that protects records after a KeyUpdate. <paramref name="next"/> must be one hash long.
    /// </summary>
    public static void NextTrafficSecret(HashAlgorithmName hash, ReadOnlySpan<byte> secret, Span<byte> next) =>
        ExpandLabel(hash, secret, "traffic upd", [], next[..TlsPrf.HashLength(hash)]);
}
