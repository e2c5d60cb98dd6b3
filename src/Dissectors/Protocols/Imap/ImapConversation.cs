namespace Sniffer.Dissectors.Protocols.Imap;

/// <summary>
/// An IMAP connection's requests by tag (packet-imap.c's imap_requests): each tagged request line, so that a tagged reply
/// names the latest request with its tag and the time since. Bounded: past <see cref="MaxTags"/> tags the oldest is forgotten.
/// </summary>
public sealed class ImapConversation
{
    public const int MaxTags = 1024;

    public sealed class Request(long frame, long time, int indexInFrame)
    {
        public long Frame { get; } = frame;
        public long Time { get; } = time;
        public long ResponseFrame { get; set; }

        /// <summary>Which request of its frame this is (0 for the first): a two-pass read notes each one's reply apart.</summary>
        public int IndexInFrame { get; } = indexInFrame;
    }

    private long _lastRequestFrame = -1;
    private int _requestsInLastFrame;

    private readonly Dictionary<string, List<Request>> _byTag = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Notes a tagged request; returns which request of its frame it is (0 for the first).</summary>
    public int AddRequest(string tag, long frame, long time)
    {
        int index = frame == _lastRequestFrame ? _requestsInLastFrame : 0;
        _lastRequestFrame = frame;
        _requestsInLastFrame = index + 1;
        if (!_byTag.TryGetValue(tag, out var list))
        {
            if (_byTag.Count >= MaxTags && _order.TryDequeue(out var oldest))
                _byTag.Remove(oldest);
            _byTag[tag] = list = [];
            _order.Enqueue(tag);
        }
        if (list.Count >= MaxTags)
            list.RemoveAt(0);
        list.Add(new Request(frame, time, index));
        return index;
    }

    /// <summary>The latest request with this tag at or before <paramref name="frame"/>.</summary>
    public Request? Find(string tag, long frame)
    {
        if (!_byTag.TryGetValue(tag, out var list))
            return null;
        for (int i = list.Count - 1; i >= 0; i--)
            if (list[i].Frame <= frame)
                return list[i];
        return null;
    }
}
