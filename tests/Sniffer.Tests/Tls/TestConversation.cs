namespace Sniffer.Tests.Tls;

/// <summary>One TCP connection of a <see cref="TestCapture"/>: each direction's bytes joined in stream order.</summary>
internal sealed class TestConversation(string clientEndpoint)
{
    private readonly MemoryStream _fromClient = new(), _fromServer = new();

    public string ClientEndpoint { get; } = clientEndpoint;

    public byte[] ClientBytes => _fromClient.ToArray();

    public byte[] ServerBytes => _fromServer.ToArray();

    public void Add(bool fromClient, ReadOnlySpan<byte> bytes) => (fromClient ? _fromClient : _fromServer).Write(bytes);
}
