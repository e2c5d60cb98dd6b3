using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Http;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Robustness;

/// <summary>
/// Issue 11: a handshake message split across records (a server with a large certificate chain) is put back together
/// and dissected, and the records after it (Server Hello Done, Change Cipher Spec) still are — as tshark shows them.
/// </summary>
public class TlsHandshakeSplitTests
{
    private static byte[] Record(byte type, ReadOnlySpan<byte> fragment)
    {
        var r = new byte[5 + fragment.Length];
        r[0] = type;
        r[1] = 3;
        r[2] = 3;
        BinaryPrimitives.WriteUInt16BigEndian(r.AsSpan(3), (ushort)fragment.Length);
        fragment.CopyTo(r.AsSpan(5));
        return r;
    }

    private static byte[] Message(byte type, ReadOnlySpan<byte> body)
    {
        var m = new byte[4 + body.Length];
        m[0] = type;
        m[1] = (byte)(body.Length >> 16);
        m[2] = (byte)(body.Length >> 8);
        m[3] = (byte)body.Length;
        body.CopyTo(m.AsSpan(4));
        return m;
    }

    private static byte[] Hello(byte type)
    {
        byte[] body = type == 1
            ? [3, 3, .. new byte[32], 0, 0, 2, 0xc0, 0x2f, 1, 0]
            : [3, 3, .. new byte[32], 0, 0xc0, 0x2f, 0];
        return Message(type, body);
    }

    /// <summary>A real certificate made larger than one record with a bulky extension.</summary>
    private static byte[] LargeCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=big.lab.example", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509Extension(new Oid("1.3.6.1.4.1.99999.1"), new byte[20_000], critical: false));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(50), DateTimeOffset.UnixEpoch.AddYears(60));
        return cert.RawData;
    }

    [TsharkTheory]
    [InlineData(16_000, 0, false)]
    [InlineData(16_000, 0, true)]
    [InlineData(6_000, 14_000, true)]
    [InlineData(100, 20_000, false)]
    public void A_certificate_split_over_records_and_what_follows_it_are_dissected_as_tshark_does(int cut, int secondCut, bool separateFrames)
    {
        var der = LargeCertificate();
        byte[] list = [(byte)((der.Length + 3) >> 16), (byte)((der.Length + 3) >> 8), (byte)(der.Length + 3),
            (byte)(der.Length >> 16), (byte)(der.Length >> 8), (byte)der.Length, .. der];
        var certificate = Message(11, list);
        byte[] serverFlight = [.. Hello(2), .. certificate, .. Message(14, [])];
        var b = new TcpCaptureBuilder(40002, 443)
            .Request(System.Text.Encoding.Latin1.GetString(Record(22, Hello(1))));
        var records = new List<byte[]>();
        int end = secondCut > 0 ? secondCut : serverFlight.Length;
        records.Add(Record(22, serverFlight.AsSpan(0, cut)));
        records.Add(Record(22, serverFlight.AsSpan(cut, end - cut)));
        if (secondCut > 0)
            records.Add(Record(22, serverFlight.AsSpan(secondCut)));
        if (separateFrames)
            foreach (var r in records)
                b.Send(StreamDirection.ServerToClient, r);
        else
            b.Send(StreamDirection.ServerToClient, records.SelectMany(r => r).ToArray());
        b.Send(StreamDirection.ClientToServer, Record(20, [1]));
        string path = b.WriteTemporaryPcap();
        try
        {
            string[] fields = ["frame.number", "tls.record.content_type", "tls.handshake.type", "tls.handshake.length"];
            var args = new List<string> { "-n", "-r", path, "-T", "fields", "-E", "header=y" };
            foreach (var f in fields)
                args.AddRange(["-e", f]);
            var expected = ExternalTools.Tshark([.. args]);
            var (code, actual) = SnifferRunner.Read(path, fields);
            Assert.Equal(0, code);
            GoldenComparison.AssertSameFields(expected.StdOut, actual, path);
            var summary = ExternalTools.Tshark("-n", "-r", path);
            var (_, ours) = SnifferRunner.Read(path, []);
            GoldenComparison.AssertSameLines(GoldenComparison.Lines(summary.StdOut), GoldenComparison.Lines(ours), path, "summary");
            Assert.Contains("Server Hello Done", ours);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_handshake_length_of_two_to_the_24_minus_one_neither_breaks_nor_stalls_the_records_after_it()
    {
        var b = new TcpCaptureBuilder(40003, 443).Request(System.Text.Encoding.Latin1.GetString(Record(22, Hello(1))));
        b.Send(StreamDirection.ServerToClient, Record(22, [.. Hello(2), 11, 0xFF, 0xFF, 0xFF, 1, 2, 3]));
        for (int i = 0; i < 200; i++)
            b.Send(StreamDirection.ServerToClient, Record(22, new byte[1000]));
        b.Send(StreamDirection.ServerToClient, Record(22, Message(14, [])));
        b.Send(StreamDirection.ClientToServer, Record(20, [1]));
        string path = b.WriteTemporaryPcap();
        try
        {
            var (code, output) = SnifferRunner.Read(path, []);
            Assert.Equal(0, code);
            Assert.DoesNotContain("Dissector bug", output);
            Assert.Contains("Server Hello Done", output);
            Assert.Contains("Change Cipher Spec", output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
