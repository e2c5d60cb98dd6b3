using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The TLS pseudo-random function: PRF(secret, label, seed) = P_hash(secret, label ‖ seed) in TLS 1.2
/// (RFC 5246 §5), and P_MD5(S1, label ‖ seed) XOR P_SHA1(S2, label ‖ seed) over the two halves of the secret
/// in TLS 1.0/1.1 (RFC 2246 §5). P_hash chains A(i) = HMAC(secret, A(i-1)) from A(0) = label ‖ seed and
/// emits HMAC(secret, A(i) ‖ label ‖ seed). HMAC comes from .NET; only the chaining is written here.
/// </summary>
public static class TlsPrf
{
    private const int StackLimit = 256;
    private const int MaxHashLength = 64;

    /// <summary>Fills <paramref name="output"/> with PRF(<paramref name="secret"/>, <paramref name="label"/>, <paramref name="seed"/>); the label is ASCII.</summary>
    public static void Derive(TlsPrfAlgorithm algorithm, ReadOnlySpan<byte> secret, string label, ReadOnlySpan<byte> seed, Span<byte> output)
    {
        Span<byte> labelBytes = stackalloc byte[Encoding.ASCII.GetByteCount(label)];
        Encoding.ASCII.GetBytes(label, labelBytes);
        Derive(algorithm, secret, labelBytes, seed, output);
    }

    /// <summary>Fills <paramref name="output"/> with PRF(<paramref name="secret"/>, <paramref name="label"/>, <paramref name="seed"/>).</summary>
    public static void Derive(TlsPrfAlgorithm algorithm, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> label, ReadOnlySpan<byte> seed, Span<byte> output)
    {
        switch (algorithm)
        {
            case TlsPrfAlgorithm.Sha256:
                PHash(HashAlgorithmName.SHA256, secret, label, seed, output);
                break;
            case TlsPrfAlgorithm.Sha384:
                PHash(HashAlgorithmName.SHA384, secret, label, seed, output);
                break;
            default:
                Md5Sha1(secret, label, seed, output);
                break;
        }
    }

    /// <summary>TLS 1.0/1.1: the halves overlap by one byte when the secret's length is odd (RFC 2246 §5).</summary>
    private static void Md5Sha1(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> label, ReadOnlySpan<byte> seed, Span<byte> output)
    {
        int half = (secret.Length + 1) / 2;
        PHash(HashAlgorithmName.MD5, secret[..half], label, seed, output);
        byte[]? rented = null;
        Span<byte> sha1Stream = output.Length <= StackLimit
            ? stackalloc byte[StackLimit]
            : rented = ArrayPool<byte>.Shared.Rent(output.Length);
        sha1Stream = sha1Stream[..output.Length];
        PHash(HashAlgorithmName.SHA1, secret[(secret.Length - half)..], label, seed, sha1Stream);
        for (int i = 0; i < output.Length; i++)
            output[i] ^= sha1Stream[i];
        CryptographicOperations.ZeroMemory(sha1Stream);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
    }

    private static void PHash(HashAlgorithmName hash, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> label, ReadOnlySpan<byte> seed, Span<byte> output)
    {
        int hashLength = HashLength(hash);
        int chainLength = hashLength + label.Length + seed.Length;
        byte[]? rented = null;
        // chain = A(i) ‖ label ‖ seed: the input of each output block; A(i) is rewritten in place.
        Span<byte> chain = chainLength <= StackLimit
            ? stackalloc byte[StackLimit]
            : rented = ArrayPool<byte>.Shared.Rent(chainLength);
        chain = chain[..chainLength];
        label.CopyTo(chain[hashLength..]);
        seed.CopyTo(chain[(hashLength + label.Length)..]);
        Span<byte> a = chain[..hashLength];
        Span<byte> block = stackalloc byte[MaxHashLength];
        block = block[..hashLength];

        CryptographicOperations.HmacData(hash, secret, chain[hashLength..], a);           // A(1)
        for (int done = 0; done < output.Length; done += hashLength)
        {
            CryptographicOperations.HmacData(hash, secret, chain, block);                // HMAC(A(i) ‖ label ‖ seed)
            block[..Math.Min(hashLength, output.Length - done)].CopyTo(output[done..]);
            CryptographicOperations.HmacData(hash, secret, a, block);                    // A(i+1), via block
            block.CopyTo(a);
        }
        CryptographicOperations.ZeroMemory(chain);
        CryptographicOperations.ZeroMemory(block);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
    }

    internal static int HashLength(HashAlgorithmName hash) =>
        hash == HashAlgorithmName.MD5 ? 16
        : hash == HashAlgorithmName.SHA1 ? 20
        : hash == HashAlgorithmName.SHA384 ? 48
        : hash == HashAlgorithmName.SHA512 ? 64
        : 32;
}
