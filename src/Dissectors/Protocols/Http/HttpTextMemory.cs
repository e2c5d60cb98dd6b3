namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// A value a conversation remembers from one message for later ones (the last request URI, which a response's
/// http.response_for.uri shows): bytes in a buffer that is reused, so remembering allocates only when a longer value
/// than any before comes. Values longer than <see cref="MaxLength"/> are cut there.
/// </summary>
internal sealed class HttpTextMemory
{
    public const int MaxLength = 64 * 1024;

    private byte[] _bytes = [];
    private int _length = -1;

    public bool HasValue => _length >= 0;

    public ReadOnlySpan<byte> Value => _length < 0 ? default : _bytes.AsSpan(0, _length);

    public void Set(ReadOnlySpan<byte> value) => Set(value, default, default);

    /// <summary>Remembers the concatenation of up to three parts (a scheme, a host and a path).</summary>
    public void Set(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third)
    {
        int length = Math.Min(first.Length + second.Length + third.Length, MaxLength);
        if (_bytes.Length < length)
            _bytes = new byte[Math.Max(length, Math.Min(MaxLength, Math.Max(64, _bytes.Length * 2)))];
        var target = _bytes.AsSpan(0, length);
        int n = Copy(first, target);
        n += Copy(second, target[n..]);
        Copy(third, target[n..]);
        _length = length;
    }

    /// <summary>No value any more; a small buffer is kept for the next (a state reused by a later connection).</summary>
    public void Forget()
    {
        _length = -1;
        if (_bytes.Length > KeptBytes)
            _bytes = [];
    }

    private const int KeptBytes = 256;

    private static int Copy(ReadOnlySpan<byte> part, Span<byte> target)
    {
        int n = Math.Min(part.Length, target.Length);
        part[..n].CopyTo(target);
        return n;
    }
}
