using System.Buffers;
using System.IO.Compression;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Undoes a Content-Encoding for display: gzip/x-gzip, deflate/x-deflate (zlib-wrapped or raw) and br.
/// Output goes into a pooled buffer the caller returns, and stops at the caller's limit (the preference
/// http.max_uncompressed_body), so a small hostile body cannot claim unbounded memory or time.
/// </summary>
public static class HttpContentDecoder
{
    public enum Coding : byte
    {
        Identity,
        Gzip,
        Deflate,
        Brotli,
        /// <summary>A coding Sniffer cannot undo (compress, zstd, …).</summary>
        Unsupported,
    }

    public enum DecodeStatus : byte
    {
        /// <summary>The whole body was decoded.</summary>
        Decoded,
        /// <summary>The body expands past the limit: the buffer holds its first <c>limit</c> bytes.</summary>
        LimitReached,
        /// <summary>Not a valid stream of that coding, or nothing came out.</summary>
        Failed,
    }

    public static Coding Classify(ReadOnlySpan<byte> contentEncoding)
    {
        var value = TextBytes.TrimBlanks(contentEncoding);
        if (TextBytes.EqualsIgnoreCase(value, "identity"u8))
            return Coding.Identity;
        if (TextBytes.EqualsIgnoreCase(value, "gzip"u8) || TextBytes.EqualsIgnoreCase(value, "x-gzip"u8))
            return Coding.Gzip;
        if (TextBytes.EqualsIgnoreCase(value, "deflate"u8) || TextBytes.EqualsIgnoreCase(value, "x-deflate"u8))
            return Coding.Deflate;
        if (TextBytes.EqualsIgnoreCase(value, "br"u8))
            return Coding.Brotli;
        return Coding.Unsupported;
    }

    /// <summary>
    /// Decodes <paramref name="encoded"/>, keeping at most <paramref name="limit"/> bytes. Unless it failed,
    /// <paramref name="buffer"/> is a rented array (return it to <see cref="ArrayPool{T}.Shared"/>) holding
    /// <paramref name="length"/> bytes; on failure it is null.
    /// </summary>
    public static DecodeStatus TryDecode(Coding coding, ReadOnlySpan<byte> encoded, int limit, out byte[]? buffer, out int length)
    {
        buffer = null;
        length = 0;
        if (encoded.IsEmpty || coding is Coding.Identity or Coding.Unsupported || limit <= 0)
            return DecodeStatus.Failed;
        if (coding == Coding.Deflate)
        {
            var wrapped = TryInflate(encoded, wrapped: true, limit, out buffer, out length);
            return wrapped != DecodeStatus.Failed ? wrapped : TryInflate(encoded, wrapped: false, limit, out buffer, out length);
        }
        return coding == Coding.Gzip ? TryGunzip(encoded, limit, out buffer, out length) : TryBrotli(encoded, limit, out buffer, out length);
    }

    private static unsafe DecodeStatus TryGunzip(ReadOnlySpan<byte> encoded, int limit, out byte[]? buffer, out int length)
    {
        fixed (byte* p = encoded)
        {
            using var input = new UnmanagedMemoryStream(p, encoded.Length);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            return TryReadAll(gzip, encoded.Length, limit, out buffer, out length);
        }
    }

    private static unsafe DecodeStatus TryInflate(ReadOnlySpan<byte> encoded, bool wrapped, int limit, out byte[]? buffer, out int length)
    {
        fixed (byte* p = encoded)
        {
            using var input = new UnmanagedMemoryStream(p, encoded.Length);
            using Stream inflate = wrapped
                ? new ZLibStream(input, CompressionMode.Decompress)
                : new DeflateStream(input, CompressionMode.Decompress);
            return TryReadAll(inflate, encoded.Length, limit, out buffer, out length);
        }
    }

    private static DecodeStatus TryBrotli(ReadOnlySpan<byte> encoded, int limit, out byte[]? buffer, out int length)
    {
        buffer = null;
        length = 0;
        using var decoder = new BrotliDecoder();
        byte[] output = ArrayPool<byte>.Shared.Rent(InitialSize(encoded.Length, limit));
        int consumedTotal = 0;
        while (true)
        {
            int room = Math.Min(output.Length, limit) - length;
            var status = decoder.Decompress(encoded[consumedTotal..], output.AsSpan(length, room), out int consumed, out int written);
            consumedTotal += consumed;
            length += written;
            if (status == OperationStatus.Done)
            {
                buffer = output;
                return DecodeStatus.Decoded;
            }
            if (status == OperationStatus.DestinationTooSmall)
            {
                if (length >= limit)
                {
                    buffer = output;
                    return DecodeStatus.LimitReached;
                }
                output = Grow(output, length, limit);
                continue;
            }
            ArrayPool<byte>.Shared.Return(output);
            length = 0;
            return DecodeStatus.Failed;
        }
    }

    private static DecodeStatus TryReadAll(Stream decoder, int encodedLength, int limit, out byte[]? buffer, out int length)
    {
        buffer = null;
        length = 0;
        byte[] output = ArrayPool<byte>.Shared.Rent(InitialSize(encodedLength, limit));
        Span<byte> probe = stackalloc byte[1];
        try
        {
            while (true)
            {
                if (length >= limit)
                {
                    // Full: one more byte tells a body of exactly the limit from one that goes on.
                    if (decoder.Read(probe) == 0)
                        break;
                    buffer = output;
                    return DecodeStatus.LimitReached;
                }
                if (length == output.Length)
                    output = Grow(output, length, limit);
                int read = decoder.Read(output, length, Math.Min(output.Length, limit) - length);
                if (read == 0)
                    break;
                length += read;
            }
        }
        catch (InvalidDataException)
        {
            ArrayPool<byte>.Shared.Return(output);
            length = 0;
            return DecodeStatus.Failed;
        }
        if (length == 0)
        {
            ArrayPool<byte>.Shared.Return(output);
            return DecodeStatus.Failed;
        }
        buffer = output;
        return DecodeStatus.Decoded;
    }

    private static int InitialSize(int encodedLength, int limit) => (int)Math.Clamp((long)encodedLength * 4, 4096, Math.Max(4096, limit));

    private static byte[] Grow(byte[] output, int used, int limit)
    {
        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)output.Length * 2, Math.Max(limit, output.Length + 1)));
        output.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(output);
        return bigger;
    }
}
