using System.Text.RegularExpressions;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Robustness;

/// <summary>
/// Issue 11: no key material reaches any output. Every mode of `sniffer read` (and inject/edit copies' messages) is run
/// over the TLS sample captures with their key logs; standard output and standard error, with everything but hex digits
/// squeezed out, never contain a secret of the key log (the third column of each line, in any case, with or without
/// separators). Client randoms are public (they are in the packets) and are not checked.
/// </summary>
public partial class SecretsInOutputTests
{
    public static IEnumerable<object[]> Modes()
    {
        string[][] modes =
        [
            [],
            ["-x"],
            ["-V"],
            ["-T", "json"],
            ["-T", "fields", "-e", "tls.handshake.random", "-e", "tls.app_data", "-e", "tls.handshake.session_id", "-e", "http.request.uri"],
            ["-q", "--tls-sessions"],
            ["-q", "-z", "http,connections"],
            ["-q", "-z", "follow,tcp,hex,0"],
            ["-2"],
        ];
        foreach (var capture in new[] { "https.pcapng", "tls12-echo.pcapng", "tls13-echo.pcapng" })
            foreach (var mode in modes)
                yield return [capture, string.Join(' ', mode)];
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void No_secret_of_the_key_log_appears_in_any_output(string capture, string mode)
    {
        string file = Path.Combine(Corpus.SampleCaptures, capture);
        string keys = Path.ChangeExtension(file, ".keys");
        var secrets = File.ReadAllLines(keys)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length == 3 && !c[0].StartsWith('#'))
            .Select(c => c[2].ToLowerInvariant())
            .ToList();
        Assert.NotEmpty(secrets);
        var args = new List<string> { "read", "-r", file, "--keylog", keys };
        if (mode.Length > 0)
            args.AddRange(mode.Split(' '));
        var r = SnifferProcess.Run([.. args]);
        Assert.True(r.ExitCode is 0 or 1, $"exit {r.ExitCode}: {r.StdErr}");
        string squeezed = NotHex().Replace((r.StdOut + "\n" + r.StdErr).ToLowerInvariant(), "");
        foreach (var secret in secrets)
            Assert.False(squeezed.Contains(secret, StringComparison.Ordinal), $"a key-log secret appears in the output of read {mode}");
    }

    [GeneratedRegex("[^0-9a-f]")]
    private static partial Regex NotHex();
}
