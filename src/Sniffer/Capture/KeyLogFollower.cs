using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Capture;

/// <summary>
/// --keylog on a live capture: the key log grows while the capture runs (the TLS peers append a line per session), so
/// its new complete lines are added to <see cref="Keys"/> whenever the file has grown, checked at most every
/// <see cref="CheckIntervalNs"/>. A session whose keys arrive before its encrypted records is decrypted live.
/// </summary>
public sealed class KeyLogFollower(string path)
{
    public const long CheckIntervalNs = 5_000_000;

    private long _offset;
    private long _nextCheckNs;
    private string _partialLine = "";

    public KeyLog Keys { get; } = new();

    public string Path => path;

    /// <summary>Reads what was appended since the last call, if it is time to look; never throws for I/O.</summary>
    public void Poll(long nowNs)
    {
        if (nowNs < _nextCheckNs)
            return;
        _nextCheckNs = nowNs + CheckIntervalNs;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length < _offset)
                _offset = 0;                             // replaced by a shorter file: start again
            if (file.Length == _offset)
                return;
            file.Position = _offset;
            var buffer = new byte[(int)Math.Min(file.Length - _offset, 4 << 20)];
            int read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            _offset += read;
            string text = _partialLine + System.Text.Encoding.ASCII.GetString(buffer, 0, read);
            int lastLineEnd = text.LastIndexOf('\n');
            _partialLine = text[(lastLineEnd + 1)..];
            if (lastLineEnd >= 0)
                Keys.AddText(text[..(lastLineEnd + 1)], path);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
