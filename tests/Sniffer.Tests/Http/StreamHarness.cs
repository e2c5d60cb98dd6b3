using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

/// <summary>
/// Plays the reassembler's loop over a list of segments, one frame per segment, so a stream dissector can
/// be tested on any split: for each direction the new bytes join what is pending, then
/// <c>while (FindPdu is Complete(len)) { Dissect(pending[..len]); pending = pending[len..]; }</c>, with
/// endOfStream on a FIN. DescribeIncomplete is called as tshark calls the dissector on a PDU still
/// incomplete: on the frame where the PDU starts (also after PDUs this frame completed), and on later frames
/// while its length was unknown (NeedMore(0), tshark's "one more segment"), not once a total length or
/// "until the end of the stream" was given.
/// </summary>
public sealed class StreamHarness
{
    private readonly IStreamDissector _dissector;
    private readonly List<byte>[] _pending = [new(), new()];
    private readonly long[] _pduFirstFrame = new long[2];
    private readonly bool[] _ended = new bool[2];
    private readonly bool[] _lengthUnknown = new bool[2];
    private readonly long[] _consumed = new long[2];
    private readonly long[] _scanFor = [-1, -1];
    private readonly ushort _clientPort;
    private readonly ushort _serverPort;
    private long _nextFrame;
    private long _nextTime;

    public StreamHarness(IStreamDissector dissector, ushort clientPort = 40000, ushort serverPort = 80, long firstFrame = 1)
    {
        _dissector = dissector;
        _clientPort = clientPort;
        _serverPort = serverPort;
        _nextFrame = firstFrame;
        _nextTime = 1_700_000_000L * 1_000_000_000L;
        Conversation = new ConversationState(0, clientPort, serverPort);
        Client = new StreamSide(Conversation, StreamDirection.ClientToServer);
        Server = new StreamSide(Conversation, StreamDirection.ServerToClient);
    }

    public ConversationState Conversation { get; }
    public StreamSide Client { get; }
    public StreamSide Server { get; }
    public List<HarnessFrame> Frames { get; } = new();

    /// <summary>Every PDU dissected so far, in order.</summary>
    public IEnumerable<HarnessPdu> Pdus => Frames.SelectMany(f => f.Pdus);

    /// <summary>Sends one segment; its frame is numbered after the last and timed one second later unless told otherwise.</summary>
    public HarnessFrame Send(StreamDirection direction, byte[] payload, long? frameNumber = null, long? time = null)
        => Deliver(direction, payload, fin: false, frameNumber, time);

    public HarnessFrame Send(StreamDirection direction, string ascii, long? frameNumber = null, long? time = null)
        => Send(direction, System.Text.Encoding.Latin1.GetBytes(ascii), frameNumber, time);

    public HarnessFrame Request(string ascii) => Send(StreamDirection.ClientToServer, ascii);

    public HarnessFrame Response(string ascii) => Send(StreamDirection.ServerToClient, ascii);

    /// <summary>A FIN (empty segment) from one side: the direction's pending bytes are offered with endOfStream.</summary>
    public HarnessFrame Fin(StreamDirection direction, long? frameNumber = null, long? time = null)
        => Deliver(direction, [], fin: true, frameNumber, time);

    /// <summary>Skips frame numbers (handshake frames in a capture the harness mirrors).</summary>
    public void SkipFrames(int count) => _nextFrame += count;

    private HarnessFrame Deliver(StreamDirection direction, byte[] payload, bool fin, long? frameNumber, long? time)
    {
        long number = frameNumber ?? _nextFrame;
        _nextFrame = number + 1;
        long timestamp = time ?? (_nextTime += 1_000_000_000L);
        var packet = new PacketContext();
        packet.Reset(new Frame(number, timestamp, 9, 0, LinkType.Ethernet, payload.Length, payload));
        bool toServer = direction == StreamDirection.ClientToServer;
        packet.SourcePort = toServer ? _clientPort : _serverPort;
        packet.DestinationPort = toServer ? _serverPort : _clientPort;
        var frame = new HarnessFrame(number, packet);
        Frames.Add(frame);

        int d = (int)direction;
        var side = toServer ? Client : Server;
        side.CurrentFrame = number;
        side.CurrentTime = timestamp;
        if (_ended[d])
            return frame;
        if (_pending[d].Count == 0)
            _pduFirstFrame[d] = number;
        _pending[d].AddRange(payload);
        if (fin)
            _ended[d] = true;

        bool completedAny = false;
        while (_pending[d].Count > 0)
        {
            var bytes = _pending[d].ToArray();
            side.PduFirstFrame = _pduFirstFrame[d];
            if (_scanFor[d] != _consumed[d])
            {
                // As the stream does: the dissector's bookmark holds only while the PDU's start stays put.
                side.Scan = default;
                _scanFor[d] = _consumed[d];
            }
            var boundary = _dissector.FindPdu(bytes, side, _ended[d]);
            if (boundary.Status == PduStatus.Complete && boundary.Length > 0 && boundary.Length <= bytes.Length)
            {
                var pdu = bytes.AsSpan(0, boundary.Length);
                int source = packet.Tree.AddDataSource($"PDU ({pdu.Length} bytes)", pdu);
                side.PduSourceOffset = 0;
                int nodesBefore = packet.Tree.Count;
                _dissector.Dissect(pdu, side, packet, source);
                frame.Pdus.Add(new HarnessPdu(number, direction, pdu.ToArray(), source, nodesBefore, packet.Tree.Count));
                _pending[d].RemoveRange(0, boundary.Length);
                _consumed[d] += boundary.Length;
                _pduFirstFrame[d] = number;
                _lengthUnknown[d] = false;
                completedAny = true;
                continue;
            }
            if (boundary.Status == PduStatus.NotMine)
            {
                frame.NotMineBytes += bytes.Length;
                _consumed[d] += bytes.Length;
                _pending[d].Clear();
                break;
            }
            frame.Incomplete = !completedAny;
            if (_pduFirstFrame[d] == number || _lengthUnknown[d])
                _dissector.DescribeIncomplete(bytes, side, packet);
            _lengthUnknown[d] = boundary.Length == 0;
            break;
        }
        return frame;
    }
}
