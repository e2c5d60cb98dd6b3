using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Sniffer.Files.Compression;

/// <summary>
/// Decompresses gzip as it is read, one or more members back to back (as <c>cat a.gz b.gz</c> makes), in
/// constant memory: a 64 KiB input buffer and zlib's 32 KiB window. A stream that ends inside a member,
/// a bad CRC or length check, or bytes that are not deflate data throw <see cref="CompressedDataException"/>
/// with the compressed offset, after every byte that did decode was handed out. Bytes after the last
/// member that do not start another member are ignored, as gzip(1) ignores trailing garbage.
/// </summary>
internal sealed unsafe class GzipReadStream : Stream
{
    private const int InputLength = 64 * 1024;
    private const byte Magic1 = 0x1F, Magic2 = 0x8B;

    private readonly Stream _compressed;
    private readonly byte[] _input = GC.AllocateUninitializedArray<byte>(InputLength, pinned: true);
    private Zlib.ZStream* _z;
    private long _compressedRead;
    private bool _memberOpen;
    private bool _finished;
    private CompressedDataException? _pending;     // found while bytes decoded before it were being returned

    private GzipReadStream(Stream compressed)
    {
        _compressed = compressed;
        _z = (Zlib.ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(Zlib.ZStream));
        int rc = Zlib.InflateInit2(_z, Zlib.GzipWindowBits, Zlib.ZlibVersion(), sizeof(Zlib.ZStream));
        if (rc != Zlib.Ok)
        {
            NativeMemory.Free(_z);
            _z = null;
            throw new OutOfMemoryException($"zlib inflateInit2 failed ({rc})");
        }
    }

    ~GzipReadStream() => Release();

    /// <summary>A gzip decoder over <paramref name="compressed"/>: zlib's when the system has it, else .NET's (which cannot tell a stream cut short).</summary>
    public static Stream Open(Stream compressed) =>
        Zlib.IsAvailable
            ? new GzipReadStream(compressed)
            : CheckedDecoderStream.Create(compressed, CompressionFormat.Gzip, s => new GZipStream(s, CompressionMode.Decompress));

    public override int Read(Span<byte> buffer)
    {
        if (_pending is { } pending)
        {
            _pending = null;
            _finished = true;
            throw pending;
        }
        if (buffer.IsEmpty || _finished)
            return 0;
        ObjectDisposedException.ThrowIf(_z is null, this);
        fixed (byte* output = buffer)
        {
            _z->NextOut = output;
            _z->AvailOut = (uint)buffer.Length;
            while (_z->AvailOut == (uint)buffer.Length)
            {
                if (_z->AvailIn == 0 && !Refill())
                {
                    if (_memberOpen)
                        throw Broken("is cut short (the stream ends inside a gzip member)");
                    _finished = true;
                    break;
                }
                if (!_memberOpen && !StartMember())
                {
                    _finished = true;
                    break;
                }
                int rc = Zlib.Inflate(_z, Zlib.NoFlush);
                switch (rc)
                {
                    case Zlib.Ok:
                    case Zlib.BufError:         // no progress possible without more input: the loop refills
                        break;
                    case Zlib.StreamEnd:
                        _memberOpen = false;
                        Zlib.InflateReset(_z);
                        break;
                    case Zlib.MemError:
                        throw new OutOfMemoryException("zlib ran out of memory");
                    default:
                        var fault = Broken(Describe(rc));
                        if (_z->AvailOut == (uint)buffer.Length)
                        {
                            _finished = true;
                            throw fault;
                        }
                        // Hand out what this call decoded before the fault; the fault comes with the next read.
                        _pending = fault;
                        break;
                }
                if (_pending is not null)
                    break;
            }
            int produced = buffer.Length - (int)_z->AvailOut;
            _z->NextOut = null;
            _z->AvailOut = 0;
            return produced;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    /// <summary>At a member boundary: true when another gzip member starts here, false (the end) otherwise.</summary>
    private bool StartMember()
    {
        if (_z->AvailIn < 2)
        {
            // Keep the one byte there is and read more behind it, to see both magic bytes.
            byte first = *_z->NextIn;
            int more = _compressed.Read(_input, 1, InputLength - 1);
            _compressedRead += more;
            _input[0] = first;
            fixed (byte* start = _input)
                _z->NextIn = start;
            _z->AvailIn = (uint)(1 + more);
            if (more == 0)
                return false;
        }
        if (_z->NextIn[0] != Magic1 || _z->NextIn[1] != Magic2)
            return false;
        _memberOpen = true;
        return true;
    }

    private bool Refill()
    {
        int read = _compressed.Read(_input, 0, InputLength);
        if (read == 0)
            return false;
        _compressedRead += read;
        fixed (byte* start = _input)
            _z->NextIn = start;
        _z->AvailIn = (uint)read;
        return true;
    }

    private string Describe(int rc)
    {
        string message = _z->Message is null ? "" : Marshal.PtrToStringUTF8((nint)_z->Message) ?? "";
        return message switch
        {
            "incorrect data check" => "has a bad CRC",
            "incorrect length check" => "has a bad length check",
            "" => $"is corrupt (zlib error {rc})",
            _ => $"is corrupt ({message})",
        };
    }

    private CompressedDataException Broken(string problem) =>
        new(CompressionFormat.Gzip, problem, _compressedRead - _z->AvailIn);

    protected override void Dispose(bool disposing)
    {
        Release();
        if (disposing)
        {
            _compressed.Dispose();
            GC.SuppressFinalize(this);
        }
        base.Dispose(disposing);
    }

    private void Release()
    {
        if (_z is null)
            return;
        Zlib.InflateEnd(_z);
        NativeMemory.Free(_z);
        _z = null;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
