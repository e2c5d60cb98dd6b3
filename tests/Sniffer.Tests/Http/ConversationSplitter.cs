using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

/// <summary>
/// Plays a request/response conversation through a stream dissector cut into pieces, exchange by exchange
/// (the client's pieces until request i is sent, then the server's until response i is), and says what came
/// out: per direction, each PDU's bytes and field values, and the frame it was reported on. When the last
/// response runs until the connection closes, the server's FIN follows the last piece.
/// </summary>
public sealed class ConversationSplitter(Func<IStreamDissector> dissector, byte[][] requests, byte[][] responses,
    IReadOnlySet<FieldDef> orderDependentFields, bool lastResponseRunsUntilClose)
{
    public sealed record Pdu(StreamDirection Direction, string Bytes, string Fields, long Frame);

    public sealed record Outcome(List<Pdu> Pdus, StreamHarness Harness)
    {
        public IEnumerable<(string Bytes, string Fields)> InDirection(StreamDirection direction)
            => Pdus.Where(p => p.Direction == direction).Select(p => (p.Bytes, p.Fields));
    }

    private int ServerLength => responses.Sum(r => r.Length);

    /// <summary>One segment per message.</summary>
    public Outcome PlayWhole() => Play(MessagePieces(requests), MessagePieces(responses));

    /// <summary>Pieces of the given lengths, used in turn (client pieces from even indexes, server pieces from odd ones).</summary>
    public Outcome PlayCut(int[] lengths) => Play(Pieces(requests, lengths, 0), Pieces(responses, lengths, 1));

    /// <summary>Checks that each PDU of a cut run was reported on the frame whose piece holds its last byte.</summary>
    public void AssertEachPduOnItsLastSegment(int[] lengths, Outcome outcome)
    {
        var clientPieces = Pieces(requests, lengths, 0);
        var serverPieces = Pieces(responses, lengths, 1);
        var frames = FrameNumbers(clientPieces, serverPieces);
        long finFrame = frames.Values.Max() + 1;
        int clientEnd = 0, serverEnd = 0;
        foreach (var pdu in outcome.Pdus)
        {
            int length = pdu.Bytes.Length / 2;
            bool toServer = pdu.Direction == StreamDirection.ClientToServer;
            int lastByte = (toServer ? clientEnd : serverEnd) + length - 1;
            if (toServer)
                clientEnd += length;
            else
                serverEnd += length;
            var pieces = toServer ? clientPieces : serverPieces;
            int piece = pieces.FindIndex(p => p.Start <= lastByte && lastByte < p.End);
            long expected = frames[(pdu.Direction, piece)];
            // A response delimited by the close is reported on the server's FIN, after all its segments.
            if (lastResponseRunsUntilClose && !toServer && serverEnd == ServerLength)
                expected = finFrame;
            Assert.Equal(expected, pdu.Frame);
        }
    }

    private Outcome Play(List<(int Start, int End)> clientPieces, List<(int Start, int End)> serverPieces)
    {
        var client = requests.SelectMany(r => r).ToArray();
        var server = responses.SelectMany(r => r).ToArray();
        var harness = new StreamHarness(dissector());
        int c = 0, s = 0, clientAt = 0, serverAt = 0, requestEnd = 0, responseEnd = 0;
        for (int i = 0; i < requests.Length; i++)
        {
            requestEnd += requests[i].Length;
            responseEnd += responses[i].Length;
            while (clientAt < requestEnd)
            {
                var (start, end) = clientPieces[c++];
                harness.Send(StreamDirection.ClientToServer, client[start..end]);
                clientAt = end;
            }
            while (serverAt < responseEnd)
            {
                var (start, end) = serverPieces[s++];
                harness.Send(StreamDirection.ServerToClient, server[start..end]);
                serverAt = end;
            }
        }
        if (lastResponseRunsUntilClose)
            harness.Fin(StreamDirection.ServerToClient);
        var pdus = new List<Pdu>();
        foreach (var frame in harness.Frames)
            foreach (var pdu in frame.Pdus)
                pdus.Add(new Pdu(pdu.Direction, Convert.ToHexString(pdu.Bytes), Fingerprint(frame, pdu), pdu.Frame));
        return new Outcome(pdus, harness);
    }

    private Dictionary<(StreamDirection, int), long> FrameNumbers(List<(int Start, int End)> clientPieces, List<(int Start, int End)> serverPieces)
    {
        var frames = new Dictionary<(StreamDirection, int), long>();
        long next = 1;
        int c = 0, s = 0, clientAt = 0, serverAt = 0, requestEnd = 0, responseEnd = 0;
        for (int i = 0; i < requests.Length; i++)
        {
            requestEnd += requests[i].Length;
            responseEnd += responses[i].Length;
            while (clientAt < requestEnd)
            {
                frames[(StreamDirection.ClientToServer, c)] = next++;
                clientAt = clientPieces[c++].End;
            }
            while (serverAt < responseEnd)
            {
                frames[(StreamDirection.ServerToClient, s)] = next++;
                serverAt = serverPieces[s++].End;
            }
        }
        return frames;
    }

    private static List<(int Start, int End)> MessagePieces(byte[][] messages)
    {
        var pieces = new List<(int, int)>();
        int at = 0;
        foreach (var m in messages)
        {
            pieces.Add((at, at + m.Length));
            at += m.Length;
        }
        return pieces;
    }

    /// <summary>
    /// Pieces of the given lengths, each cut short at the end of its message: a segment never carries bytes of two
    /// messages here. With pipelining, which request a response is paired with (tshark's rule: the latest) and how a
    /// response to HEAD is framed depend on what the other side had sent by then, so cuts that cross messages would
    /// change the answer legitimately; several messages in one segment have tests of their own.
    /// </summary>
    private static List<(int Start, int End)> Pieces(byte[][] messages, int[] lengths, int phase)
    {
        var pieces = new List<(int, int)>();
        int at = 0, k = phase, messageEnd = 0;
        foreach (var message in messages)
        {
            messageEnd += message.Length;
            while (at < messageEnd)
            {
                int length = lengths.Length == 0 ? messageEnd : Math.Max(1, lengths[k++ % lengths.Length]);
                int end = Math.Min(messageEnd, at + length);
                pieces.Add((at, end));
                at = end;
            }
        }
        return pieces;
    }

    private string Fingerprint(HarnessFrame frame, HarnessPdu pdu)
    {
        var tree = frame.Packet.Tree;
        var parts = new List<string>();
        for (int i = pdu.FirstNode; i < pdu.EndNode; i++)
        {
            var node = tree[i];
            if (orderDependentFields.Contains(node.Field))
                continue;
            parts.Add(node.Field.Abbrev + "=" + Sniffer.Output.FieldValueFormatter.ToText(tree, node));
        }
        return string.Join(";", parts);
    }
}
