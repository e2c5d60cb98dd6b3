namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>What one TLS connection has revealed so far: versions, randoms, suite, SNI, ALPN, and per-direction state.</summary>
public sealed class TlsSession
{
    /// <summary>The negotiated version (from ServerHello and its supported_versions), or 0 while unknown.</summary>
    public ushort Version;
    public ushort ClientHelloVersion;
    public byte[]? ClientRandom;
    public byte[]? ServerRandom;
    public ushort CipherSuite;
    public bool CipherSuiteKnown;
    public string? ServerName;
    public List<string> OfferedAlpn { get; } = new();
    public string? Alpn;
    public bool EncryptThenMac;
    public bool ExtendedMasterSecret;
    public bool ClientHelloSeen;
    public bool ServerHelloSeen;

    /// <summary>Per direction (0 client→server, 1 server→client): records after this are encrypted.</summary>
    public readonly bool[] Encrypting = new bool[2];

    /// <summary>Per direction: a handshake message split over records, waiting for the rest.</summary>
    public readonly byte[][] HandshakeBuffer = [[], []];
    public readonly int[] HandshakeBuffered = new int[2];

    /// <summary>The frame whose tree already holds this session's "tls" protocol node, and that node's index.</summary>
    public long NodeFrame = -1;
    public int Node = -1;

    public bool IsTls13 => Version == 0x0304;
}
