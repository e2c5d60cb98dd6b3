using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Http;
using Sniffer.Tests.Tls;

namespace Sniffer.Tests.Allocation;

/// <summary>
/// Long single connections to measure the per-frame cost of dissection once everything per connection exists: a
/// keep-alive HTTP/1.1 conversation, and the same HTTP inside a TLS 1.2 AES-128-GCM session with its key log.
/// </summary>
internal static class SteadyStateCaptures
{
    private static readonly byte[] Body = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("steady state body line\n", 40)));

    public static string Request(int i) =>
        $"GET /page/{i % 7}?q={i % 13} HTTP/1.1\r\nHost: lab.example\r\nUser-Agent: probe/1.0\r\nAccept: */*\r\nCookie: session=abc{i % 5}\r\n\r\n";

    public static string Response(int i) => i % 3 == 0
        ? $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nServer: probe\r\n\r\n{Body.Length:x}\r\n{Encoding.ASCII.GetString(Body)}\r\n0\r\n\r\n"
        : $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {Body.Length}\r\nServer: probe\r\n\r\n{Encoding.ASCII.GetString(Body)}";

    public static List<Frame> Http(int exchanges)
    {
        var b = new TcpCaptureBuilder(40000, 80);
        for (int i = 0; i < exchanges; i++)
        {
            b.Request(Request(i));
            var response = Response(i);
            // Every other response comes in two segments, so reassembly is part of the steady state.
            if (i % 2 == 0)
                b.SendInPieces(StreamDirection.ServerToClient, response, response.Length / 2);
            else
                b.Response(response);
        }
        return b.ToFrames();
    }

    /// <summary>
    /// Many short HTTP/1.0-style connections one after another (handshake, one exchange, FIN both ways), each on its own
    /// client port and after the last has ended (the builder's segments are a second apart), so each closed one is
    /// forgotten while later ones come: once the first connections' objects are reused, a new connection allocates
    /// nothing.
    /// </summary>
    public static List<Frame> ShortConnections(int connections)
    {
        var frames = new List<Frame>();
        for (int i = 0; i < connections; i++)
        {
            var b = new TcpCaptureBuilder((ushort)(20000 + i % 40000), 80);
            b.Request(Request(i)).Response(Response(i)).Fin(StreamDirection.ServerToClient).Fin(StreamDirection.ClientToServer);
            long shift = i * 10_000_000_000L;
            foreach (var f in b.ToFrames())
                frames.Add(f with { Number = frames.Count + 1, Timestamp = f.Timestamp + shift });
        }
        return frames;
    }

    /// <summary>A long TCP conversation on a port no protocol claims, carrying binary data both ways (TCP analysis and data only).</summary>
    public static List<Frame> Tcp(int exchanges)
    {
        var b = new TcpCaptureBuilder(40004, 9);
        var bytes = new byte[300];
        for (int i = 0; i < exchanges; i++)
        {
            bytes[0] = (byte)i;
            b.Send(StreamDirection.ClientToServer, bytes[..(50 + i % 200)]);
            b.Send(StreamDirection.ServerToClient, bytes);
        }
        return b.ToFrames();
    }

    /// <summary>A TLS 1.2 ECDHE-RSA-AES128-GCM session carrying the same HTTP; returns the frames and the key log text.</summary>
    public static (List<Frame> Frames, string KeyLog) Https(int exchanges)
    {
        var b = new TcpCaptureBuilder(40001, 443);
        var clientRandom = new byte[32];
        var serverRandom = new byte[32];
        var master = new byte[48];
        new Random(7).NextBytes(clientRandom);
        new Random(8).NextBytes(serverRandom);
        new Random(9).NextBytes(master);
        var block = new byte[40];
        TlsPrf.Derive(TlsPrfAlgorithm.Sha256, master, "key expansion", [.. serverRandom, .. clientRandom], block);
        Assert.True(CipherSuites.TryGet(0xc02f, out var suite));
        byte[] clientKey = block[..16], serverKey = block[16..32], clientSalt = block[32..36], serverSalt = block[36..40];
        ulong clientSeq = 0, serverSeq = 0;

        b.Send(StreamDirection.ClientToServer, Plain(22, Hello(1, clientRandom)));
        b.Send(StreamDirection.ServerToClient, Plain(22, Hello(2, serverRandom)));
        b.Send(StreamDirection.ClientToServer, [.. Plain(20, [1]), .. TestRecordSealer.SealTls12Aead(suite, clientKey, clientSalt, clientSeq++, 22, Finished())]);
        b.Send(StreamDirection.ServerToClient, [.. Plain(20, [1]), .. TestRecordSealer.SealTls12Aead(suite, serverKey, serverSalt, serverSeq++, 22, Finished())]);
        for (int i = 0; i < exchanges; i++)
        {
            b.Send(StreamDirection.ClientToServer, TestRecordSealer.SealTls12Aead(suite, clientKey, clientSalt, clientSeq++, 23,
                Encoding.ASCII.GetBytes(Request(i)), explicitNonce: clientSeq));
            var response = Encoding.ASCII.GetBytes(Response(i));
            // Responses in two records, the first ending mid-headers: the inner HTTP stream reassembles across records.
            int cut = 40;
            b.Send(StreamDirection.ServerToClient, [
                .. TestRecordSealer.SealTls12Aead(suite, serverKey, serverSalt, serverSeq++, 23, response.AsSpan(0, cut), explicitNonce: serverSeq),
                .. TestRecordSealer.SealTls12Aead(suite, serverKey, serverSalt, serverSeq++, 23, response.AsSpan(cut), explicitNonce: serverSeq),
            ]);
        }
        string keyLog = $"CLIENT_RANDOM {Convert.ToHexStringLower(clientRandom)} {Convert.ToHexStringLower(master)}\n";
        return (b.ToFrames(), keyLog);
    }

    private static byte[] Plain(byte type, byte[] fragment)
    {
        var record = new byte[5 + fragment.Length];
        record[0] = type;
        record[1] = 3;
        record[2] = 3;
        BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(3), (ushort)fragment.Length);
        fragment.CopyTo(record, 5);
        return record;
    }

    /// <summary>A minimal ClientHello/ServerHello offering/choosing TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</summary>
    private static byte[] Hello(byte type, byte[] random)
    {
        var body = new List<byte> { 3, 3 };
        body.AddRange(random);
        body.Add(0); // session id
        if (type == 1)
            body.AddRange(new byte[] { 0, 2, 0xc0, 0x2f, 1, 0 });
        else
            body.AddRange(new byte[] { 0xc0, 0x2f, 0 });
        var msg = new byte[4 + body.Count];
        msg[0] = type;
        msg[1] = (byte)(body.Count >> 16);
        msg[2] = (byte)(body.Count >> 8);
        msg[3] = (byte)body.Count;
        body.CopyTo(msg, 4);
        return msg;
    }

    private static byte[] Finished() => [20, 0, 0, 12, .. new byte[12]];
}
