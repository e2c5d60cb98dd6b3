using System.Text;

namespace Sniffer.Lab;

/// <summary>
/// Buffered reading of text lines and counted bodies from a connection, for the lab peers. Every read is
/// bounded: a line longer than <see cref="MaxLineLength"/> or a body larger than the caller's limit is
/// refused instead of growing a buffer, so a misbehaving peer costs a closed connection, never memory.
/// </summary>
public sealed class LabStreamReader(Stream stream)
{
    public const int MaxLineLength = 8 * 1024;
    private const byte Lf = (byte)'\n';
    private const byte Cr = (byte)'\r';

    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _closed;

    /// <summary>The next line without its CR LF (Latin-1, as HTTP header bytes are).</summary>
    public async ValueTask<(LineReadStatus Status, string Line)> ReadLineAsync(CancellationToken cancel)
    {
        int searched = 0;
        while (true)
        {
            int lf = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf(Lf);
            if (lf >= 0)
            {
                int length = searched + lf;
                if (length > MaxLineLength)
                    return (LineReadStatus.TooLong, "");
                string line = Latin1(length > 0 && _buffer[_start + length - 1] == Cr ? length - 1 : length);
                _start += length + 1;
                return (LineReadStatus.Line, line);
            }
            searched = _end - _start;
            if (searched >= MaxLineLength)
                return (LineReadStatus.TooLong, "");
            if (!await FillAsync(cancel))
            {
                if (_end == _start)
                    return (LineReadStatus.EndOfStream, "");
                string rest = Latin1(_end - _start);
                _start = _end;
                return (LineReadStatus.Line, rest);
            }
        }
    }

    /// <summary>Exactly <paramref name="count"/> bytes, or null when the peer closed first or the count is over <paramref name="limit"/>.</summary>
    public async ValueTask<byte[]?> ReadExactlyAsync(long count, int limit, CancellationToken cancel)
    {
        if (count < 0 || count > limit)
            return null;
        var result = new byte[count];
        int filled = 0;
        while (filled < count)
        {
            if (_end == _start && !await FillAsync(cancel))
                return null;
            int take = (int)Math.Min(count - filled, _end - _start);
            _buffer.AsSpan(_start, take).CopyTo(result.AsSpan(filled));
            _start += take;
            filled += take;
        }
        return result;
    }

    /// <summary>The bytes already received and not read yet, without waiting for more (at most the buffer's size).</summary>
    public byte[] TakeBuffered()
    {
        var taken = _buffer.AsSpan(_start, _end - _start).ToArray();
        _start = _end;
        return taken;
    }

    /// <summary>Everything until the peer closes, or null when that is more than <paramref name="limit"/> bytes.</summary>
    public async ValueTask<byte[]?> ReadToEndAsync(int limit, CancellationToken cancel)
    {
        using var collected = new MemoryStream();
        while (true)
        {
            if (_end > _start)
            {
                if (collected.Length + (_end - _start) > limit)
                    return null;
                collected.Write(_buffer, _start, _end - _start);
                _start = _end;
            }
            if (!await FillAsync(cancel))
                return collected.ToArray();
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancel)
    {
        if (_closed)
            return false;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            return false;
        int read = await stream.ReadAsync(_buffer.AsMemory(_end), cancel);
        if (read == 0)
        {
            _closed = true;
            return false;
        }
        _end += read;
        return true;
    }

    private string Latin1(int length) => Encoding.Latin1.GetString(_buffer, _start, length);
}
