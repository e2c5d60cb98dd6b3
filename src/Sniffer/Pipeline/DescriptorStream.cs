using System.Runtime.InteropServices;

namespace Sniffer.Pipeline;

/// <summary>
/// A Unix file descriptor (standard output or error) written with write(2), as a C program's stdio writes it: each
/// write goes at the descriptor's shared offset, so `sniffer … &gt; log 2&gt;&amp;1` and a shell appending to the same file
/// interleave instead of overwriting each other (a FileStream over a seekable descriptor keeps its own position and
/// writes with pwrite at it). Unlike .NET's console stream it neither touches the terminal's modes nor ignores EPIPE:
/// a reader that went away (`sniffer read … | head`) ends the output with <see cref="OutputClosedException"/> once,
/// and later writes (the final flushes) are dropped.
/// </summary>
public sealed partial class DescriptorStream : Stream
{
    private const int EINTR = 4;
    private const int EPIPE = 32;
    private readonly int _descriptor;
    private bool _closed;

    public DescriptorStream(int descriptor) => _descriptor = descriptor;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        if (_closed)
            return;
        fixed (byte* start = buffer)
        {
            int done = 0;
            while (done < buffer.Length)
            {
                nint written = WriteDescriptor(_descriptor, start + done, buffer.Length - done);
                if (written >= 0)
                {
                    done += (int)written;
                    continue;
                }
                int errno = Marshal.GetLastPInvokeError();
                if (errno == EINTR)
                    continue;
                if (errno == EPIPE)
                {
                    _closed = true;
                    throw new OutputClosedException(Marshal.GetPInvokeErrorMessage(errno));
                }
                throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
            }
        }
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteDescriptor(int descriptor, byte* buffer, nint count);
}
