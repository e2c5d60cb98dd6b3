using System.Security.Cryptography;
using System.Text;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>The TLS 1.2 PRF (RFC 5246 §5) and TLS 1.3's HKDF-Expand-Label (RFC 8446 §7.1), on .NET's HMAC and HKDF.</summary>
public static class TlsKeyDerivation
{
    /// <summary>P_hash(secret, label + seed) to <paramref name="length"/> bytes.</summary>
    public static byte[] Prf(HashAlgorithmName hash, ReadOnlySpan<byte> secret, string label, ReadOnlySpan<byte> seed, int length)
    {
        byte[] labelSeed = [.. Encoding.ASCII.GetBytes(label), .. seed];
        var output = new byte[length];
        byte[] a = labelSeed; // A(0)
        int written = 0;
        while (written < length)
        {
            a = HmacOf(hash, secret, a); // A(i) = HMAC(secret, A(i-1))
            var block = HmacOf(hash, secret, [.. a, .. labelSeed]);
            int take = Math.Min(block.Length, length - written);
            block.AsSpan(0, take).CopyTo(output.AsSpan(written));
            written += take;
        }
        return output;
    }

    /// <summary>HKDF-Expand-Label(secret, label, context, length) with the "tls13 " prefix.</summary>
    public static byte[] HkdfExpandLabel(HashAlgorithmName hash, ReadOnlySpan<byte> secret, string label, ReadOnlySpan<byte> context, int length)
    {
        var fullLabel = Encoding.ASCII.GetBytes("tls13 " + label);
        byte[] info = [(byte)(length >> 8), (byte)length, (byte)fullLabel.Length, .. fullLabel, (byte)context.Length, .. context];
        var output = new byte[length];
        HKDF.Expand(hash, secret, output, info);
        return output;
    }

    public static int HashLength(HashAlgorithmName hash) => hash == HashAlgorithmName.SHA384 ? 48 : 32;

    private static byte[] HmacOf(HashAlgorithmName hash, ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) =>
        hash == HashAlgorithmName.SHA384 ? HMACSHA384.HashData(key, data)
        : hash == HashAlgorithmName.SHA1 ? HMACSHA1.HashData(key, data)
        : HMACSHA256.HashData(key, data);
}
