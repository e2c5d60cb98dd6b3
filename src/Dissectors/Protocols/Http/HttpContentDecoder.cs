using System.Buffers;
using System.IO.Compression;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// Undoes a Content-Encoding for display: gzip/x-gzip, deflate/x-deflate (zlib-wrapped or raw) and br.
/// Output goes into a pooled buffer the caller returns, and stops at <see cref="MaxDecodedBytes"/> so a
/// small hostile body cannot claim unbounded memory.
/// </summary>
public static class HttpContentDecoder
{
    /// <summary>The most bytes a body is expanded to; beyond it decoding counts as failed.</summary>
    public const int MaxDecodedBytes = 64 * 1024 * 1024;

    public enum Coding : byte
    {
        Identity,
        Gzip,
        Deflate,
        Brotli,
        /// <summary>A coding Sniffer cannot undo (compress, zstd, …).</summary>
        Unsupported,
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
    /// Decodes <paramref name="encoded"/>. On success <paramref name="buffer"/> is a rented array (return it to
    /// <see cref="ArrayPool{T}.Shared"/>) holding <paramref name="length"/> bytes; on failure it is null.
    /// </summary>
    public static bool TryDecode(Coding coding, ReadOnlySpan<byte> encoded, out byte[]? buffer, out int length)
    {
        buffer = null;
        length = 0;
        if (encoded.IsEmpty || coding is Coding.Identity or Coding.Unsupported)
            return false;
        if (coding == Coding.Deflate)
        {
            return TryInflate(encoded, wrapped: true, out buffer, out length)
                || TryInflate(encoded, wrapped: false, out buffer, out length);
        }
        return coding == Coding.Gzip ? TryGunzip(encoded, out buffer, out length) : TryBrotli(encoded, out buffer, out length);
    }

    private static unsafe bool TryGunzip(ReadOnlySpan<byte> encoded, out byte[]? buffer, out int length)
    {
        fixed (byte* p = encoded)
        {
            using var input = new UnmanagedMemoryStream(p, encoded.Length);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            return TryReadAll(gzip, encoded.Length, out buffer, out length);
        }
    }

    private static unsafe bool TryInflate(ReadOnlySpan<byte> encoded, bool wrapped, out byte[]? buffer, out int length)
    {
        fixed (byte* p = encoded)
        {
            using var input = new UnmanagedMemoryStream(p, encoded.Length);
            using Stream inflate = wrapped
                ? new ZLibStream(input, CompressionMode.Decompress)
                : new DeflateStream(input, CompressionMode.Decompress);
            return TryReadAll(inflate, encoded.Length, out buffer, out length);
        }
    }

    private static bool TryBrotli(ReadOnlySpan<byte> encoded, out byte[]? buffer, out int length)
    {
        buffer = null;
        length = 0;
        using var decoder = new BrotliDecoder();
        byte[] output = ArrayPool<byte>.Shared.Rent(Math.Max(4096, encoded.Length * 4));
        int consumedTotal = 0;
        while (true)
        {
            var status = decoder.Decompress(encoded[consumedTotal..], output.AsSpan(length), out int consumed, out int written);
            consumedTotal += consumed;
            length += written;
            if (status == OperationStatus.Done)
            {
                buffer = output;
                return true;
            }
            if (status == OperationStatus.DestinationTooSmall && output.Length < MaxDecodedBytes)
            {
                output = Grow(output, length);
                continue;
            }
            ArrayPool<byte>.Shared.Return(output);
            length = 0;
            return false;
        }
    }

    private static bool TryReadAll(Stream decoder, int encodedLength, out byte[]? buffer, out int length)
    {
        buffer = null;
        length = 0;
        byte[] output = ArrayPool<byte>.Shared.Rent(Math.Max(4096, encodedLength * 4));
        try
        {
            while (true)
            {
                if (length == output.Length)
                {
                    if (output.Length >= MaxDecodedBytes)
                    {
                        ArrayPool<byte>.Shared.Return(output);
                        return false;
                    }
                    output = Grow(output, length);
                }
                int read = decoder.Read(output, length, output.Length - length);
                if (read == 0)
                    break;
                length += read;
            }
        }
        catch (InvalidDataException)
        {
            ArrayPool<byte>.Shared.Return(output);
            length = 0;
            return false;
        }
        if (length == 0)
        {
            ArrayPool<byte>.Shared.Return(output);
            return false;
        }
        buffer = output;
        return true;
    }

    private static byte[] Grow(byte[] output, int used)
    {
        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)output.Length * 2, MaxDecodedBytes));
        output.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(output);
        return bigger;
    }
}
