using System.Buffers.Binary;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The 32-byte ClientHello.random that names a TLS session in a key log. A value type usable as a dictionary
/// key without allocating, so a lookup per session costs nothing on the heap. The random is public (it is sent
/// in clear), so <see cref="ToString"/> may print it.
/// </summary>
public readonly struct ClientRandom : IEquatable<ClientRandom>
{
    public const int Length = 32;

    private readonly ulong _a, _b, _c, _d;

    private ClientRandom(ReadOnlySpan<byte> random)
    {
        _a = BinaryPrimitives.ReadUInt64BigEndian(random);
        _b = BinaryPrimitives.ReadUInt64BigEndian(random[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(random[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(random[24..]);
    }

    /// <summary>Reads a client random; false unless <paramref name="random"/> is exactly 32 bytes.</summary>
    public static bool TryRead(ReadOnlySpan<byte> random, out ClientRandom clientRandom)
    {
        if (random.Length != Length)
        {
            clientRandom = default;
            return false;
        }
        clientRandom = new ClientRandom(random);
        return true;
    }

    /// <summary>Writes the 32 bytes into <paramref name="destination"/> (at least 32 bytes long).</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    public bool Equals(ClientRandom other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    public override bool Equals(object? obj) => obj is ClientRandom other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_a, _b, _c, _d);

    public static bool operator ==(ClientRandom left, ClientRandom right) => left.Equals(right);

    public static bool operator !=(ClientRandom left, ClientRandom right) => !left.Equals(right);

    /// <summary>The random as 64 lower-case hex digits, as key log files write it.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
