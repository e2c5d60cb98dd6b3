using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>
/// Decrypts the real third-party captures of ../shared/corpus with their key logs, through the same calls the
/// TLS dissector makes: TlsSessionKeys from the hellos' randoms, suite and version, then one decryptor per side.
/// </summary>
public class CorpusDecryptionTests
{
    private static string CorpusFile(string relative) => Path.Combine(Corpus.SharedCorpus, relative);

    private static (TestCapture Capture, KeyLog KeyLog) Open(string capture)
    {
        var load = KeyLog.Load(Path.ChangeExtension(CorpusFile(capture), ".keys"));
        Assert.True(load.Succeeded, load.Message);
        Assert.Empty(load.KeyLog.Problems);
        return (TestCapture.Read(CorpusFile(capture)), load.KeyLog);
    }

    [CorpusTheory]
    [InlineData("illustrated-tls/illustrated-tls12.pcap", TlsVersions.Tls12, 0xC013)]
    [InlineData("illustrated-tls/illustrated-tls13.pcap", TlsVersions.Tls13, 0x1302)]
    [InlineData("illustrated-tls/illustrated-tls13-archive.pcap", TlsVersions.Tls13, 0x1301)]
    public void Illustrated_connections_decrypt_to_ping_and_pong(string capture, ushort version, ushort suite)
    {
        var (file, keyLog) = Open(capture);
        var session = TestTlsSession.Parse(Assert.Single(file.Conversations));
        Assert.Equal(version, session.Version);
        Assert.Equal(suite, session.CipherSuite);

        var decrypted = session.Decrypt(keyLog);

        Assert.Equal(TlsSessionKeysStatus.Ok, decrypted.KeysStatus);
        Assert.All(decrypted.Records, r => Assert.Equal(TlsDecryptStatus.Ok, r.Status));
        Assert.Equal("ping", decrypted.ClientText);
        Assert.Equal("pong", decrypted.ServerText);
    }

    [CorpusTheory]
    [InlineData("illustrated-tls/illustrated-tls12.pcap")]
    [InlineData("illustrated-tls/illustrated-tls13.pcap")]
    [InlineData("local/https.pcapng")]
    public void The_first_protected_record_of_each_side_is_its_finished_message(string capture)
    {
        var (file, keyLog) = Open(capture);
        foreach (var conversation in file.Conversations)
        {
            var decrypted = TestTlsSession.Parse(conversation).Decrypt(keyLog);
            foreach (bool fromClient in new[] { true, false })
            {
                var first = decrypted.Records.First(r => r.FromClient == fromClient);
                Assert.Equal(TlsDecryptStatus.Ok, first.Status);
                Assert.Equal(TestRecord.Handshake, first.ContentType);
                // TLS 1.2: the record is Finished (type 20). TLS 1.3: the client's is Finished, the server's starts with EncryptedExtensions (8).
                Assert.Contains(first.Plaintext[0], new byte[] { 20, 8 });
            }
        }
    }

    [CorpusFact]
    public void Https_capture_decrypts_tls13_aes_gcm_tls12_aes_gcm_and_tls12_chacha20_to_http_requests()
    {
        var (file, keyLog) = Open("local/https.pcapng");
        var sessions = file.Conversations.Select(TestTlsSession.Parse).ToList();
        Assert.Equal(
            [(TlsVersions.Tls13, (ushort)0x1302), (TlsVersions.Tls12, (ushort)0xC02B), (TlsVersions.Tls12, (ushort)0xCCA9)],
            sessions.Select(s => (s.Version, s.CipherSuite)));

        foreach (var session in sessions)
        {
            var decrypted = session.Decrypt(keyLog);
            Assert.Equal(TlsSessionKeysStatus.Ok, decrypted.KeysStatus);
            Assert.All(decrypted.Records, r => Assert.Equal(TlsDecryptStatus.Ok, r.Status));
            Assert.StartsWith("GET /", decrypted.ClientText);
            Assert.StartsWith("HTTP/1.0 200 ok", decrypted.ServerText);
        }
    }

    [CorpusFact]
    public void The_decryption_secrets_block_alone_decrypts_the_same_sessions()
    {
        var file = TestCapture.Read(CorpusFile("local/https_dsb.pcapng"));
        var keyLog = new KeyLog();
        foreach (var (type, data) in file.DecryptionSecrets)
            Assert.True(keyLog.AddDecryptionSecret(new DecryptionSecret(type, data)));
        Assert.Empty(keyLog.Problems);
        Assert.Equal(3, keyLog.SessionCount);

        foreach (var conversation in file.Conversations)
        {
            var decrypted = TestTlsSession.Parse(conversation).Decrypt(keyLog);
            Assert.Equal(TlsSessionKeysStatus.Ok, decrypted.KeysStatus);
            Assert.StartsWith("GET /", decrypted.ClientText);
        }
    }

    [CorpusTsharkFact]
    public void Decrypted_application_data_matches_tshark_follow_tls_for_every_corpus_stream()
    {
        foreach (string capture in new[]
                 {
                     "illustrated-tls/illustrated-tls12.pcap", "illustrated-tls/illustrated-tls13.pcap",
                     "illustrated-tls/illustrated-tls13-archive.pcap", "local/https.pcapng",
                 })
        {
            var (file, keyLog) = Open(capture);
            for (int stream = 0; stream < file.Conversations.Count; stream++)
            {
                var decrypted = TestTlsSession.Parse(file.Conversations[stream]).Decrypt(keyLog);
                var (first, second) = TsharkFollowTls(CorpusFile(capture), Path.ChangeExtension(CorpusFile(capture), ".keys"), stream);
                string client = Convert.ToHexStringLower([.. decrypted.ClientApplicationData]);
                string server = Convert.ToHexStringLower([.. decrypted.ServerApplicationData]);
                Assert.True((first, second) == (client, server) || (first, second) == (server, client),
                    $"{capture} stream {stream}: tshark has {first} / {second}, we have {client} / {server}");
            }
        }
    }

    [CorpusFact]
    public void A_key_log_for_other_sessions_finds_no_entry_for_the_corpus_sessions()
    {
        var (file, _) = Open("illustrated-tls/illustrated-tls12.pcap");
        var otherSessions = KeyLog.Load(CorpusFile("local/https.keys")).KeyLog;

        var decrypted = TestTlsSession.Parse(file.Conversations[0]).Decrypt(otherSessions);

        Assert.Equal(TlsSessionKeysStatus.NoKeyLogEntry, decrypted.KeysStatus);
        Assert.Empty(decrypted.Records);
    }

    [CorpusFact]
    public void Flipping_one_bit_of_a_real_request_record_fails_authentication_and_yields_no_plaintext()
    {
        var (file, keyLog) = Open("local/https.pcapng");
        foreach (var conversation in file.Conversations)
        {
            var session = TestTlsSession.Parse(conversation);
            // The request is the largest application_data record the client sends.
            var request = session.ClientRecords.Where(r => r.ContentType == TestRecord.ApplicationData).MaxBy(r => r.Bytes.Length)!;
            request.Bytes[^20] ^= 0x01;

            var decrypted = session.Decrypt(keyLog);

            var failed = decrypted.Records.First(r => r.Status != TlsDecryptStatus.Ok);
            Assert.Equal(TlsDecryptStatus.AuthenticationFailed, failed.Status);
            Assert.True(failed.FromClient);
            Assert.Empty(failed.Plaintext);
            Assert.Empty(decrypted.ClientApplicationData);
            Assert.StartsWith("HTTP/1.0 200 ok", decrypted.ServerText);
        }
    }

    /// <summary>tshark's decrypted stream, each direction as one hex string (follow,tls,raw indents the second node's lines).</summary>
    private static (string First, string Second) TsharkFollowTls(string capture, string keys, int stream)
    {
        var result = ExternalTools.Tshark("-n", "-r", capture, "-o", $"tls.keylog_file:{keys}", "-q", "-z", $"follow,tls,raw,{stream}");
        Assert.Equal(0, result.ExitCode);
        var first = new System.Text.StringBuilder();
        var second = new System.Text.StringBuilder();
        bool inBody = false;
        foreach (string line in result.StdOut.Split('\n'))
        {
            if (line.StartsWith("Node 1:", StringComparison.Ordinal))
            {
                inBody = true;
                continue;
            }
            if (!inBody || line.StartsWith("=====", StringComparison.Ordinal) || line.Length == 0)
                continue;
            (line.StartsWith('\t') ? second : first).Append(line.Trim());
        }
        return (first.ToString(), second.ToString());
    }
}
