namespace Sniffer.Output;

/// <summary>
/// <see cref="TimeText.AppendAbsolute"/> written as UTF-8 ("Nov 14, 2023 22:13:20.000080000 UTC"): the part up to the
/// seconds is made once per second and kept, since a capture's frames share their second by the thousand; the
/// nanoseconds are written digit by digit.
/// </summary>
public sealed class Utf8AbsoluteTime
{
    private readonly byte[] _head = new byte[64];
    private int _headLength = -1;
    private long _headSecond;
    private bool _headLocal;
    private byte[] _zone = [];

    /// <summary>Appends the time <paramref name="nanosecondsSinceEpoch"/> in the local zone (or UTC when <paramref name="local"/> is false).</summary>
    public void Append(Utf8Text text, long nanosecondsSinceEpoch, bool local)
    {
        long seconds = Math.DivRem(nanosecondsSinceEpoch, 1_000_000_000, out long ns);
        if (ns < 0)
        {
            ns += 1_000_000_000;
            seconds--;
        }
        if (_headLength < 0 || seconds != _headSecond || local != _headLocal)
            MakeHead(seconds, local);
        text.Append(_head.AsSpan(0, _headLength));
        text.AppendNanoseconds((uint)ns);
        text.Append((byte)' ');
        text.Append(_zone);
    }

    // The head is made here, not as a string: a sparse capture (a lab's one request a second) makes one per frame.
    private readonly System.Text.StringBuilder _headText = new(64);
    private string? _zoneName;

    private void MakeHead(long seconds, bool local)
    {
        _headText.Clear();
        TimeText.AppendSecond(_headText, seconds, local, out string zone);
        _headText.Append('.');
        Span<char> chars = stackalloc char[_head.Length];
        int length = Math.Min(_headText.Length, chars.Length);
        _headText.CopyTo(0, chars, length);
        _headLength = System.Text.Encoding.UTF8.GetBytes(chars[..length], _head);
        if (!ReferenceEquals(zone, _zoneName))
        {
            _zone = System.Text.Encoding.UTF8.GetBytes(zone);
            _zoneName = zone;
        }
        _headSecond = seconds;
        _headLocal = local;
    }
}
