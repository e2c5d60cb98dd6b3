using System.Buffers.Binary;
using Sniffer.Dissectors.Protocols.Tls.Crypto;

namespace Sniffer.Tests.Tls;

/// <summary>
/// The little a test needs from a TLS handshake to call the crypto API the way the TLS dissector will:
/// ClientHello.random, ServerHello.random, the chosen suite, the negotiated version (supported_versions) and
/// whether encrypt_then_mac was echoed; then it walks both directions' records, switching TLS 1.3 decryptors
/// at each side's Finished and following KeyUpdates.
/// </summary>
internal sealed class TestTlsSession
{
    private const byte ClientHello = 1, ServerHello = 2, Finished = 20, KeyUpdate = 24;
    private const ushort SupportedVersionsExtension = 43, EncryptThenMacExtension = 22;
    private const int RandomOffset = 6, RandomLength = 32;

    public required byte[] ClientRandom { get; init; }
    public required byte[] ServerRandom { get; init; }
    public required ushort Version { get; init; }
    public required ushort CipherSuite { get; init; }
    public required bool EncryptThenMac { get; init; }
    public required List<TestRecord> ClientRecords { get; init; }
    public required List<TestRecord> ServerRecords { get; init; }

    public static TestTlsSession Parse(TestConversation conversation)
    {
        var clientRecords = TestRecord.Split(conversation.ClientBytes);
        var serverRecords = TestRecord.Split(conversation.ServerBytes);
        var clientHello = clientRecords.First(r => r.ContentType == TestRecord.Handshake).Fragment;
        var serverHello = serverRecords.First(r => r.ContentType == TestRecord.Handshake).Fragment;
        if (clientHello[0] != ClientHello || serverHello[0] != ServerHello)
            throw new InvalidDataException("the first handshake records are not ClientHello and ServerHello");

        // ServerHello body: version(2) random(32) session_id<1> cipher_suite(2) compression(1) extensions<2>.
        ushort version = BinaryPrimitives.ReadUInt16BigEndian(serverHello[4..]);
        int at = RandomOffset + RandomLength;
        at += 1 + serverHello[at];
        ushort suite = BinaryPrimitives.ReadUInt16BigEndian(serverHello[at..]);
        at += 3;
        bool encryptThenMac = false;
        int helloEnd = 4 + (serverHello[1] << 16 | serverHello[2] << 8 | serverHello[3]);
        if (at + 2 <= helloEnd)
        {
            int end = at + 2 + BinaryPrimitives.ReadUInt16BigEndian(serverHello[at..]);
            for (at += 2; at + 4 <= end;)
            {
                ushort type = BinaryPrimitives.ReadUInt16BigEndian(serverHello[at..]);
                int length = BinaryPrimitives.ReadUInt16BigEndian(serverHello[(at + 2)..]);
                if (type == SupportedVersionsExtension)
                    version = BinaryPrimitives.ReadUInt16BigEndian(serverHello[(at + 4)..]);
                if (type == EncryptThenMacExtension)
                    encryptThenMac = true;
                at += 4 + length;
            }
        }
        return new TestTlsSession
        {
            ClientRandom = clientHello.Slice(RandomOffset, RandomLength).ToArray(),
            ServerRandom = serverHello.Slice(RandomOffset, RandomLength).ToArray(),
            Version = version,
            CipherSuite = suite,
            EncryptThenMac = encryptThenMac,
            ClientRecords = clientRecords,
            ServerRecords = serverRecords,
        };
    }

    public DecryptedTestSession Decrypt(KeyLog keyLog)
    {
        var status = TlsSessionKeys.TryCreate(Version, CipherSuite, ClientRandom, ServerRandom, keyLog, out var keys, EncryptThenMac);
        var result = new DecryptedTestSession { KeysStatus = status };
        if (keys is null)
            return result;
        using (keys)
        {
            Walk(fromClient: true, ClientRecords, keys.ClientHandshake, keys.Client, result);
            Walk(fromClient: false, ServerRecords, keys.ServerHandshake, keys.Server, result);
        }
        return result;
    }

    private void Walk(bool fromClient, List<TestRecord> records, TlsRecordDecryptor? handshake, TlsRecordDecryptor? application,
        DecryptedTestSession result)
    {
        bool tls13 = Version == TlsVersions.Tls13;
        bool protectedRecords = false;
        var current = tls13 ? handshake : application;
        var handshakeBytes = new List<byte>();
        byte[] plaintext = new byte[TlsRecordDecryptor.MaxFragmentLength];
        foreach (var record in records)
        {
            if (record.ContentType == TestRecord.ChangeCipherSpec)
            {
                protectedRecords = !tls13;                        // TLS 1.3 sends it only for middleboxes
                continue;
            }
            if (tls13 ? record.ContentType != TestRecord.ApplicationData : !protectedRecords)
                continue;                                        // the clear hellos (and TLS 1.2 handshake before CCS)
            if (current is null)
                return;
            var status = current.Decrypt(record.Bytes, plaintext, out var decrypted);
            byte[] content = plaintext.AsSpan(0, decrypted.Length).ToArray();
            result.Records.Add((fromClient, status, decrypted.ContentType, content));
            if (status != TlsDecryptStatus.Ok)
                continue;
            if (decrypted.ContentType == TestRecord.ApplicationData)
                (fromClient ? result.ClientApplicationData : result.ServerApplicationData).AddRange(content);
            if (tls13 && decrypted.ContentType == TestRecord.Handshake)
            {
                handshakeBytes.AddRange(content);
                foreach (byte type in TakeWholeMessages(handshakeBytes))
                {
                    if (type == Finished && current == handshake)
                        current = application;
                    else if (type == KeyUpdate && current is Tls13RecordDecryptor updating)
                        updating.ApplyKeyUpdate();
                }
            }
        }
    }

    /// <summary>Removes the complete handshake messages from the front of <paramref name="buffer"/> and yields their types.</summary>
    private static List<byte> TakeWholeMessages(List<byte> buffer)
    {
        var types = new List<byte>();
        while (buffer.Count >= 4)
        {
            int length = buffer[1] << 16 | buffer[2] << 8 | buffer[3];
            if (buffer.Count < 4 + length)
                break;
            types.Add(buffer[0]);
            buffer.RemoveRange(0, 4 + length);
        }
        return types;
    }
}
