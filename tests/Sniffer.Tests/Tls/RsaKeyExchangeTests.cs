using System.Security.Cryptography;
using Sniffer.Pipeline;
using Sniffer.Output;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>
/// TLS 1.2 with RSA key exchange decrypted from the server's private key, as tshark 4.0 does with
/// <c>-o uat:rsa_keys:"key","password"</c> or <c>-o tls.keys_list:…</c>: sample_captures/tls12-rsa.pcapng (AES-128-GCM and
/// AES-256-CBC with encrypt-then-MAC, both with the extended master secret; regenerate-rsa.sh made it) read with
/// sample_captures/rsa-test-server.key only, no key log.
/// </summary>
public class RsaKeyExchangeTests
{
    private static readonly string Capture = Path.Combine(Corpus.SampleCaptures, "tls12-rsa.pcapng");
    private static readonly string Key = Path.Combine(Corpus.SampleCaptures, "rsa-test-server.key");
    private static string Uat(string key) => $"uat:rsa_keys:\"{key}\",\"\"";

    private static (int Code, string Output, string Error) Read(IReadOnlyList<string> preferences, IReadOnlyList<string>? fields = null,
        string? keyLog = null, bool tlsSessions = false)
    {
        var settings = new ReadSettings
        {
            File = Capture,
            Preferences = preferences,
            Output = fields is { Count: > 0 } ? PacketOutput.Fields : PacketOutput.Summary,
            Fields = fields ?? [],
            Layout = new FieldsLayout(Header: true),
            KeyLogFile = keyLog,
            Quiet = tlsSessions,
            TlsSessions = tlsSessions,
        };
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            int code = ReadPipeline.Run(settings, output);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetError(saved);
        }
    }

    [TsharkTheory]
    [InlineData("uat")]
    [InlineData("keys_list")]
    public void The_private_key_decrypts_as_tsharks_does(string form)
    {
        string option = form == "uat" ? Uat(Key) : $"tls.keys_list:127.0.0.1,44330,http,{Key}";
        var summary = ExternalTools.Tshark("-n", "-r", Capture, "-o", option);
        var (code, ours, _) = Read([option]);
        Assert.Equal(0, code);
        GoldenComparison.AssertSameLines(GoldenComparison.Lines(summary.StdOut), GoldenComparison.Lines(ours), Capture, "summary");

        var args = new List<string> { "-n", "-r", Capture, "-T", "fields", "-E", "header=y", "-o", option };
        foreach (var f in ProtocolGoldenTests.ApplicationFields)
            args.AddRange(["-e", f]);
        var fields = ExternalTools.Tshark([.. args]);
        var (code2, ourFields, _) = Read([option], ProtocolGoldenTests.ApplicationFields);
        Assert.Equal(0, code2);
        GoldenComparison.AssertSameFields(fields.StdOut, ourFields, Capture);
    }

    [Fact]
    public void The_master_secrets_derived_from_the_key_are_the_ones_the_client_logged()
    {
        // Same decrypted fields from the private key alone as from the client's key log alone: same master secrets.
        var fromKey = Read([Uat(Key)], ProtocolGoldenTests.ApplicationFields);
        var fromLog = Read([], ProtocolGoldenTests.ApplicationFields, keyLog: Path.Combine(Corpus.SampleCaptures, "tls12-rsa.keys"));
        Assert.Equal(fromLog.Output, fromKey.Output);
        Assert.Contains("GET", fromKey.Output);
        var report = Read([Uat(Key)], tlsSessions: true).Output;
        Assert.Equal(2, report.Split("keys: derived from the server's RSA private key").Length - 1);
        Assert.Equal(2, report.Split("decryption: succeeded").Length - 1);
    }

    [Fact]
    public void Without_the_key_the_session_says_it_needs_the_servers_private_key()
    {
        var report = Read([], tlsSessions: true).Output;
        Assert.Contains("RSA key exchange: the server's RSA private key is needed", report);
    }

    [Fact]
    public void Another_servers_key_is_said_not_to_match()
    {
        string other = Path.Combine(Path.GetTempPath(), $"sniffer-other-{Guid.NewGuid():N}.key");
        using (var rsa = RSA.Create(2048))
            File.WriteAllText(other, PemEncoding.WriteString("RSA PRIVATE KEY", rsa.ExportRSAPrivateKey()));
        try
        {
            var report = Read([Uat(other)], tlsSessions: true).Output;
            Assert.Contains("none of the RSA private keys given decrypts this session's pre-master secret", report);
        }
        finally
        {
            File.Delete(other);
        }
    }

    [Theory]
    [InlineData("uat:rsa_keys:\"/nonexistent/server.key\",\"\"", "cannot read the RSA private key /nonexistent/server.key")]
    [InlineData("uat:rsa_keys:/no/quotes.key", "an rsa_keys record is \"key file\",\"password\"")]
    [InlineData("uat:no_such_table:\"a\",\"b\"", "No such UAT table \"no_such_table\"")]
    [InlineData("tls.keys_list:127.0.0.1,443,http", "is not ip,port,protocol,keyfile[,password]")]
    public void A_bad_key_option_is_one_line_and_exit_code_1(string option, string message)
    {
        var (code, output, error) = Read([option]);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.Contains("Invalid -o flag", lines[0]);
        Assert.Contains(message, lines[0]);
    }
}
