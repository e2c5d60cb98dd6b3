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

    private void MakeHead(long seconds, bool local)
    {
        var sb = new System.Text.StringBuilder(32);
        TimeText.AppendSecond(sb, seconds, local, out string zone);
        sb.Append('.');
        _headLength = System.Text.Encoding.UTF8.GetBytes(sb.ToString(), _head);
        _zone = System.Text.Encoding.UTF8.GetBytes(zone);
        _headSecond = seconds;
        _headLocal = local;
    }
}
