using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;

namespace Sniffer.Tests.Tls;

/// <summary>
/// The TCP conversations of a small corpus capture for the TLS crypto tests: each direction's bytes in
/// stream order as the real reader and reassembler deliver them (no TLS key log is given, so nothing is
/// decrypted here), and the file's Decryption Secrets Blocks. A gap in a stream fails the test that reads it.
/// </summary>
internal sealed class TestCapture : ITap
{
    public TapNeeds Needs => TapNeeds.StreamData | TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields => [];
    public void OnEnd(CaptureModel model) { }

    public void OnFrame(PacketContext packet)
    {
        foreach (var e in packet.StreamEvents)
        {
            if (e.MissingBytes > 0)
                OnGap(packet, e.Conversation, e.Direction, (int)e.MissingBytes);
            else
                OnPayload(packet, e.Conversation, e.Direction, packet.Frame.Data.Span.Slice(e.Offset, e.Length));
        }
    }

    private readonly Dictionary<long, TestConversation> _byStream = [];

    public List<TestConversation> Conversations { get; } = [];

    /// <summary>The payload of each Decryption Secrets Block, with its secrets type.</summary>
    public List<(uint Type, byte[] Data)> DecryptionSecrets { get; } = [];

    public static TestCapture Read(string path)
    {
        var capture = new TestCapture();
        using var reader = CaptureFileReader.Open(path);
        var run = new DissectionRun(DefaultDissectors.CreateRegistry(), [capture]);
        while (reader.TryReadNext(out var frame))
            run.Process(frame);
        if (reader.Error is { } error)
            throw new InvalidDataException(error.ToString());
        foreach (var secret in reader.DecryptionSecrets)
            capture.DecryptionSecrets.Add((secret.SecretsType, secret.Data.ToArray()));
        return capture;
    }

    public void OnPayload(PacketContext packet, TcpConversation conversation, StreamDirection direction, ReadOnlySpan<byte> bytes)
    {
        if (!_byStream.TryGetValue(conversation.Index, out var c))
        {
            bool fromClient = direction == StreamDirection.ClientToServer;
            var client = fromClient ? packet.NetworkSource : packet.NetworkDestination;
            ushort clientPort = fromClient ? packet.SourcePort : packet.DestinationPort;
            c = new TestConversation($"{new System.Net.IPAddress(client)}:{clientPort}");
            _byStream[conversation.Index] = c;
            Conversations.Add(c);
        }
        c.Add(direction == StreamDirection.ClientToServer, bytes);
    }

    public void OnGap(PacketContext packet, TcpConversation conversation, StreamDirection direction, int missingBytes) =>
        throw new InvalidDataException($"tcp.stream {conversation.Index} lacks {missingBytes} bytes before frame {packet.Frame.Number}");
}
