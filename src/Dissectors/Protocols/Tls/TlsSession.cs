using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>What one TLS connection has revealed so far: versions, randoms, suite, SNI, ALPN, and per-direction state.</summary>
public sealed class TlsSession : IDisposable
{
    /// <summary>The negotiated version (from ServerHello and its supported_versions), or 0 while unknown.</summary>
    public ushort Version;

    /// <summary>
    /// In the second pass of a two-pass read (-2), the version the first pass saw the session negotiate: tshark's second
    /// pass names records with it from the session's first record on (its session state outlives the first pass). 0 otherwise.
    /// </summary>
    public ushort NegotiatedBeforehand;
    public ushort ClientHelloVersion;
    /// <summary>The TLS 1.3 draft the ServerHello chose (0x7f14 …), or 0; <see cref="Version"/> then reads TLS 1.3.</summary>
    public ushort DraftVersion;
    public byte[]? ClientRandom;
    public byte[]? ServerRandom;
    public ushort CipherSuite;
    public bool CipherSuiteKnown;
    public string? ServerName;
    /// <summary>The server certificate's subject and issuer names ("CN=…, O=…"), when the Certificate message was readable.</summary>
    public string? CertificateSubject;
    public string? CertificateIssuer;
    public List<string> OfferedAlpn { get; } = new();
    public string? Alpn;
    public bool EncryptThenMac;
    public bool ExtendedMasterSecret;
    public bool ClientHelloSeen;
    /// <summary>The cipher suites the ClientHello offered (for 0-RTT data, sent before the ServerHello picks one).</summary>
    public List<ushort> OfferedSuites { get; } = new();
    /// <summary>The ClientHello carried early_data: the client may send 0-RTT records until its EndOfEarlyData.</summary>
    public bool EarlyDataOffered;
    public bool EarlyDataEnded;
    /// <summary>The 0-RTT decryptor (CLIENT_EARLY_TRAFFIC_SECRET), once found; tried once per session.</summary>
    public TlsRecordDecryptor? EarlyData;
    public bool EarlyDataKeysAttempted;
    /// <summary>Records decrypted with the early traffic secret.</summary>
    public long EarlyRecordsDecrypted;
    public bool ServerHelloSeen;

    /// <summary>Per direction (0 client→server, 1 server→client): records after this are encrypted.</summary>
    public readonly bool[] Encrypting = new bool[2];

    /// <summary>The TCP direction (<see cref="Streams.StreamDirection"/>) the last ClientHello came in, or -1 before any.</summary>
    public int ClientHelloSide = -1;

    /// <summary>Per direction: a handshake message split over records, waiting for the rest.</summary>
    public readonly byte[][] HandshakeBuffer = [[], []];
    public readonly int[] HandshakeBuffered = new int[2];

    /// <summary>The tcp.stream this session rides on.</summary>
    public long StreamIndex;
    public long FirstFrame;

    // ---- decryption ----
    /// <summary>Made once the ServerHello is seen (null before, or when there is no key log).</summary>
    public TlsSessionKeys? Keys;
    public TlsDecryptionProblem Problem = TlsDecryptionProblem.NoKeyLog;
    public bool KeysAttempted;
    /// <summary>TLS 1.2 renegotiation: a ServerHello came after the session's keys were in use.</summary>
    public bool Renegotiating;
    /// <summary>The renegotiated handshake's keys, used per direction from that side's ChangeCipherSpec on.</summary>
    public TlsSessionKeys? NextKeys;
    public bool NextKeysAttempted;
    public readonly bool[] UseNextKeys = new bool[2];
    /// <summary>Handshakes seen on this connection (2 or more: renegotiated).</summary>
    public int Handshakes;
    /// <summary>The cipher suite exchanges keys with ephemeral elliptic-curve Diffie-Hellman (TLS 1.2 and earlier).</summary>
    public bool UsesEcdheKeyExchange => CipherSuiteKnown && CipherSuites.NameOf(CipherSuite) is { } name
        && name.StartsWith("TLS_ECDHE_", StringComparison.Ordinal);
    /// <summary>The cipher suite exchanges keys with RSA (the client encrypts the pre-master secret to the server's key).</summary>
    public bool UsesRsaKeyExchange => CipherSuiteKnown && CipherSuites.NameOf(CipherSuite) is { } name
        && name.StartsWith("TLS_RSA_WITH_", StringComparison.Ordinal);
    /// <summary>How the chosen cipher suite exchanges keys (packet-tls-utils.c's ssl_get_keyex_alg), which shapes the key exchange messages.</summary>
    public TlsKeyExchange KeyExchange => !CipherSuiteKnown || CipherSuites.NameOf(CipherSuite) is not { } name ? TlsKeyExchange.Other
        : name.StartsWith("TLS_DH_anon_", StringComparison.Ordinal) ? TlsKeyExchange.DhAnonymous
        : name.StartsWith("TLS_ECDH_anon_", StringComparison.Ordinal) ? TlsKeyExchange.EcdhAnonymous
        : name.StartsWith("TLS_RSA_PSK_", StringComparison.Ordinal) ? TlsKeyExchange.RsaPsk
        : name.StartsWith("TLS_PSK_DHE_", StringComparison.Ordinal) ? TlsKeyExchange.Other
        : name.StartsWith("TLS_PSK_", StringComparison.Ordinal) ? TlsKeyExchange.Psk
        : name.Contains("_PSK_", StringComparison.Ordinal) ? TlsKeyExchange.Other
        : name.StartsWith("TLS_DHE_", StringComparison.Ordinal) || name.StartsWith("TLS_DH_", StringComparison.Ordinal) ? TlsKeyExchange.Dh
        : name.StartsWith("TLS_ECDHE_", StringComparison.Ordinal) || name.StartsWith("TLS_ECDH_", StringComparison.Ordinal) ? TlsKeyExchange.Ecdh
        : name.StartsWith("TLS_RSA_", StringComparison.Ordinal) ? TlsKeyExchange.Rsa
        : TlsKeyExchange.Other;
    /// <summary>Set at a ServerHello, cleared by a ServerHelloDone: a server ChangeCipherSpec while set ends an abbreviated (resumed) handshake.</summary>
    public bool SessionResumed;
    /// <summary>The master secret came from decrypting the ClientKeyExchange with a configured RSA private key.</summary>
    public bool RsaMasterSecretDerived;
    /// <summary>The RSA-encrypted pre-master secret of the ClientKeyExchange (RSA key exchange only).</summary>
    public byte[]? EncryptedPreMasterSecret;
    /// <summary>The session ID of the ServerHello (null when empty): an "RSA Session-ID:" key log line is found by it.</summary>
    public byte[]? ServerSessionId;
    /// <summary>The master secret came from a key log line by session ID, or from a logged pre-master secret.</summary>
    public bool MasterSecretFromRsaKeyLogLine;

    /// <summary>Whether <paramref name="keys"/> holds this session's secrets: a line for its client random, or an RSA-era line it was decrypted with.</summary>
    public bool KeysFoundIn(KeyLog? keys) =>
        MasterSecretFromRsaKeyLogLine || ClientRandom is not null && keys is not null && keys.Contains(ClientRandom);
    /// <summary>Keep the plaintext handshake messages up to the ClientKeyExchange (for an extended master secret).</summary>
    public bool KeepTranscript;
    public byte[]? Transcript;
    public int TranscriptLength;
    /// <summary>Most handshake bytes kept for the session hash; a longer handshake is not hashed (and will not decrypt).</summary>
    public const int MaxTranscript = 256 * 1024;
    public long RecordsDecrypted;
    public long RecordsFailed;
    /// <summary>Per direction: TLS 1.3 has switched to the application traffic keys.</summary>
    public readonly bool[] UsingApplicationKeys = new bool[2];
    /// <summary>Per direction: a Finished message was decrypted in the current record (TLS 1.3 switches keys after it).</summary>
    public readonly bool[] FinishedInRecord = new bool[2];
    /// <summary>Per direction: a KeyUpdate was decrypted in the current record.</summary>
    public readonly bool[] KeyUpdateInRecord = new bool[2];
    /// <summary>The frame in which a protocol inside TLS last wrote the columns (TLS then leaves them alone).</summary>
    public long ProtocolWroteColumns = -1;
    /// <summary>The record being dissected completed a PDU of the protocol inside TLS.</summary>
    public bool ProtocolWroteRecord;

    // ---- decrypted application data, as a stream per direction ----
    public ConversationState? Inner;
    public readonly StreamSide?[] InnerSides = new StreamSide?[2];
    public IStreamDissector? InnerDissector;
    public bool InnerDissectorChosen;
    /// <summary>Per direction: decrypted bytes waiting to complete a PDU of the inner protocol.</summary>
    public readonly PduStream?[] InnerStreams = new PduStream?[2];

    /// <summary>The frame whose tree already holds this session's "tls" protocol node, and that node's index.</summary>
    public long NodeFrame = -1;
    public int Node = -1;
    /// <summary>The data source <see cref="Node"/> covers: packet-tls.c makes one item per buffer TCP hands it.</summary>
    public int NodeSource = -1;

    public bool IsTls13 => Version == 0x0304;

    /// <summary>Frees the session's cipher objects (they hold native handles) when its connection is forgotten.</summary>
    public void Dispose()
    {
        Keys?.Dispose();
        Keys = null;
        EarlyData?.Dispose();
        EarlyData = null;
        NextKeys?.Dispose();
        NextKeys = null;
        InnerStreams[0]?.Release();
        InnerStreams[1]?.Release();
    }
}
