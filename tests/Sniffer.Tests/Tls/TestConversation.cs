namespace Sniffer.Tests.Tls;

/// <summary>One TCP connection of a <see cref="TestCapture"/>: each direction's bytes joined in sequence order.</summary>
internal sealed class TestConversation(string clientEndpoint)
{
    private readonly List<(uint Sequence, byte[] Payload)> _fromClient = [], _fromServer = [];
    private uint? _clientStart, _serverStart;

    public string ClientEndpoint { get; } = clientEndpoint;

    public byte[] ClientBytes { get; private set; } = [];

    public byte[] ServerBytes { get; private set; } = [];

    public void Add(bool fromClient, uint sequence, bool syn, byte[] payload)
    {
        if (syn)
        {
            if (fromClient)
                _clientStart = sequence + 1;
            else
                _serverStart = sequence + 1;
        }
        if (payload.Length > 0)
            (fromClient ? _fromClient : _fromServer).Add((sequence, payload));
    }

    public void Reassemble()
    {
        ClientBytes = Join(_fromClient, _clientStart);
        ServerBytes = Join(_fromServer, _serverStart);
    }

    /// <summary>Orders segments by their offset from the stream start, drops retransmitted bytes, and refuses gaps.</summary>
    private static byte[] Join(List<(uint Sequence, byte[] Payload)> segments, uint? start)
    {
        if (segments.Count == 0)
            return [];
        uint origin = start ?? segments[0].Sequence;
        var ordered = segments.OrderBy(s => s.Sequence - origin).ToList();
        var joined = new List<byte>();
        foreach (var (sequence, payload) in ordered)
        {
            long offset = sequence - origin;
            if (offset > joined.Count)
                throw new InvalidDataException($"gap of {offset - joined.Count} bytes: the test captures should have no loss");
            int skip = joined.Count - (int)offset;
            if (skip < payload.Length)
                joined.AddRange(payload.Skip(skip));
        }
        return [.. joined];
    }
}
