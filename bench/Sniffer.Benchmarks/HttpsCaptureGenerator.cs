using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Files;

namespace Sniffer.Benchmarks;

/// <summary>
/// Writes a large synthetic HTTPS capture and its key log for the decryption benchmark: TCP connections
/// that do a TLS 1.2 ECDHE-RSA-AES128-GCM handshake (hellos, change_cipher_spec, encrypted Finished) and then
/// keep-alive HTTP/1.1 requests and responses as encrypted application data. Records are encrypted with .NET's
/// AesGcm under keys from a random master secret, which the key log gives (CLIENT_RANDOM), so tshark decrypts
/// the file independently of Sniffer.
/// </summary>
public static class HttpsCaptureGenerator
{
    private const ushort Suite = 0xc02f;
    private const int Mss = 1400;

    /// <summary>Writes the capture and key log; returns the bytes of decrypted application data it holds.</summary>
    public static long Write(string capturePath, string keyLogPath, double sizeMb)
    {
        long applicationBytes = 0;
        long limit = (long)(sizeMb * 1024 * 1024);
        using var file = new FileStream(capturePath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new PcapngWriter(file, new PcapngWriterOptions { Application = "Sniffer benchmark generator" });
        int iface = writer.AddInterface(new PcapngInterface { LinkType = LinkType.Ethernet, SnapLength = 262144, Name = "lo" });
        using var keyLog = new StreamWriter(keyLogPath, false, Encoding.ASCII);
        long time = 1_700_000_000L * 1_000_000_000, conn = 0;
        var body = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Sniffer HTTPS benchmark body line.\n", 200)));
        while (file.Position < limit)
        {
            var c = new Connection(writer, iface, (ushort)(20000 + conn % 40000), 443, time, (uint)(1000 + conn * 7), (uint)(500000 + conn * 11));
            var clientRandom = RandomNumberGenerator.GetBytes(32);
            var serverRandom = RandomNumberGenerator.GetBytes(32);
            var master = RandomNumberGenerator.GetBytes(48);
            keyLog.Write($"CLIENT_RANDOM {Convert.ToHexString(clientRandom).ToLowerInvariant()} {Convert.ToHexString(master).ToLowerInvariant()}\n");
            var block = new byte[40];
            TlsPrf.Derive(TlsPrfAlgorithm.Sha256, master, "key expansion", [.. serverRandom, .. clientRandom], block);
            using var clientKey = new AesGcm(block.AsSpan(0, 16), 16);
            using var serverKey = new AesGcm(block.AsSpan(16, 16), 16);
            byte[] clientSalt = block[32..36], serverSalt = block[36..40];
            ulong clientSeq = 0, serverSeq = 0;

            c.Handshake();
            c.Send(true, Record(22, Hello(1, clientRandom, [0xc0, 0x2f])));
            c.Send(false, Record(22, Hello(2, serverRandom, [0xc0, 0x2f])));
            byte[] finished = [20, 0, 0, 12, .. RandomNumberGenerator.GetBytes(12)];
            c.Send(true, [.. Record(20, [1]), .. Encrypt(clientKey, clientSalt, ref clientSeq, 22, finished)]);
            c.Send(false, [.. Record(20, [1]), .. Encrypt(serverKey, serverSalt, ref serverSeq, 22, finished)]);
            for (int i = 0; i < 3; i++)
            {
                var request = Encoding.ASCII.GetBytes($"GET /page{i}.html HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: bench\r\n\r\n");
                c.Send(true, Encrypt(clientKey, clientSalt, ref clientSeq, 23, request));
                applicationBytes += request.Length;
                var response = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\n\r\n");
                c.Send(false, Encrypt(serverKey, serverSalt, ref serverSeq, 23, [.. response, .. body]));
                applicationBytes += response.Length + body.Length;
            }
            c.Close();
            time = c.Time;
            conn++;
        }
        return applicationBytes;
    }

    private static byte[] Hello(byte type, byte[] random, byte[] suite)
    {
        var body = new List<byte> { 3, 3 };
        body.AddRange(random);
        body.Add(0); // no session id
        if (type == 1)
            body.AddRange([0, 2, .. suite, 1, 0]);
        else
            body.AddRange([.. suite, 0]);
        body.AddRange([0, 0]); // no extensions
        return [type, 0, (byte)(body.Count >> 8), (byte)body.Count, .. body];
    }

    private static byte[] Record(byte type, byte[] content) =>
        [type, 3, 3, (byte)(content.Length >> 8), (byte)content.Length, .. content];

    /// <summary>An AES-128-GCM TLS 1.2 record (RFC 5288): explicit nonce = the sequence number, AAD = seq ‖ type ‖ version ‖ length.</summary>
    private static byte[] Encrypt(AesGcm key, byte[] salt, ref ulong seq, byte type, byte[] content)
    {
        var nonce = new byte[12];
        salt.CopyTo(nonce, 0);
        BinaryPrimitives.WriteUInt64BigEndian(nonce.AsSpan(4), seq);
        var aad = new byte[13];
        BinaryPrimitives.WriteUInt64BigEndian(aad, seq);
        aad[8] = type; aad[9] = 3; aad[10] = 3;
        BinaryPrimitives.WriteUInt16BigEndian(aad.AsSpan(11), (ushort)content.Length);
        var cipher = new byte[content.Length];
        var tag = new byte[16];
        key.Encrypt(nonce, content, cipher, tag, aad);
        seq++;
        return Record(type, [.. nonce[4..], .. cipher, .. tag]);
    }

    /// <summary>One TCP connection on loopback: handshake, data in MSS-sized segments each ACKed, FINs.</summary>
    private sealed class Connection(PcapngWriter writer, int iface, ushort clientPort, ushort serverPort, long time, uint clientSeq, uint serverSeq)
    {
        private uint _c = clientSeq, _s = serverSeq;
        public long Time { get; private set; } = time;

        public void Handshake()
        {
            Emit(true, 0x02, _c, 0, []);
            Emit(false, 0x12, _s, _c + 1, []);
            _c++; _s++;
            Emit(true, 0x10, _c, _s, []);
        }

        public void Send(bool fromClient, byte[] data)
        {
            for (int off = 0; off < data.Length; off += Mss)
            {
                var seg = data.AsSpan(off, Math.Min(Mss, data.Length - off)).ToArray();
                if (fromClient) { Emit(true, 0x18, _c, _s, seg); _c += (uint)seg.Length; }
                else { Emit(false, 0x18, _s, _c, seg); _s += (uint)seg.Length; }
            }
            Emit(!fromClient, 0x10, fromClient ? _s : _c, fromClient ? _c : _s, []);
        }

        public void Close()
        {
            Emit(true, 0x11, _c, _s, []);
            Emit(false, 0x11, _s, _c + 1, []);
            Emit(true, 0x10, _c + 1, _s + 1, []);
        }

        private void Emit(bool fromClient, int flags, uint seq, uint ack, byte[] payload)
        {
            var packet = new byte[14 + 20 + 20 + payload.Length];
            packet[12] = 0x08;
            var ip = packet.AsSpan(14);
            ip[0] = 0x45;
            BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(40 + payload.Length));
            ip[6] = 0x40; ip[8] = 64; ip[9] = 6;
            ip[12] = 127; ip[15] = 1; ip[16] = 127; ip[19] = 1;
            var tcp = packet.AsSpan(34);
            BinaryPrimitives.WriteUInt16BigEndian(tcp, fromClient ? clientPort : serverPort);
            BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], fromClient ? serverPort : clientPort);
            BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], seq);
            BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], ack);
            tcp[12] = 0x50;
            tcp[13] = (byte)flags;
            BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], 65535);
            payload.CopyTo(packet.AsSpan(54));
            Time += 20_000;
            writer.WritePacket(iface, Time, packet, packet.Length);
        }
    }
}
