using System.CommandLine;
using Sniffer.Commands;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

/// <summary>
/// Every option that takes a value, of every command, read from the System.CommandLine definitions themselves (a new
/// option is swept without touching this test), given bad values: a word ("abc", also a file that does not exist), a
/// negative number, a number past 64 bits, and the empty string. Each is either refused — exactly one line on standard
/// error starting "sniffer", exit code 1 (2 where tshark exits 2: display filters), nothing on standard output — or,
/// for an option listed in <see cref="AcceptsWords"/> with the reason, taken as the user's word; never a stack trace.
/// Each command runs from a valid base invocation that ends at once (a small capture, a one-second server), in a
/// scratch directory, so a value that is accepted writes only there.
/// </summary>
public sealed class BadOptionValueSweepTests
{
    private static readonly string[] BadValues = ["abc", "-5", "99999999999999999999", ""];

    /// <summary>Options whose value is a name or text the user chooses, so some bad values are legitimate words.</summary>
    private static readonly Dictionary<string, string> AcceptsWords = new()
    {
        ["read -w"] = "a file to write: any word is a file name",
        ["read -Y"] = "an empty display filter selects every frame, as tshark's",
        ["read -R"] = "an empty read filter selects every frame, as tshark's",
        ["read -O"] = "tshark takes any word as a protocol to show in detail (tshark -O abc exits 0)",
        ["read -j"] = "tshark takes any word as a protocol filter for JSON (tshark -j abc exits 0)",
        ["read -J"] = "tshark takes any word as a protocol filter for JSON (tshark -J abc exits 0)",
        ["read -o"] = "an empty preference is ignored",
        ["read -e"] = "an empty field list",
        ["read -S"] = "any text separates frames",
        ["read --keylog"] = "a key log that cannot be read is a one-line note and reading goes on, as tshark",
        ["inject-secrets -w"] = "a file to write",
        ["edit --capture-comment"] = "comment text",
        ["edit -a"] = "comment text",
        ["merge -w"] = "a file to write",
        ["capture -w"] = "a file to write",
        ["capture -f"] = "an empty capture filter captures everything, as dumpcap",
        ["capture -Y"] = "an empty display filter shows every frame",
        ["capture --keylog"] = "a key log file to write",
        ["analyze -o"] = "an output file to write",
        ["analyze -Y"] = "an empty display filter selects every frame",
        ["analyze --keylog"] = "a key log that cannot be read is a one-line note",
        ["lab serve --keylog"] = "a key log file to write",
        ["lab client --keylog"] = "a key log file to write",
        ["lab client --text"] = "the text to send",
        ["export-lua -o"] = "a file to write",
        ["follow --keylog"] = "a key log that cannot be read is a one-line note and reading goes on, as tshark",
        ["glossary --elastic-mapping-filter"] = "protocol names to keep; an unknown one keeps nothing, as tshark -G elastic-mapping --elastic-mapping-filter",
        ["read -N"] = "an empty -N resolves nothing, as tshark -N '' (exit 0)",
        ["interfaces -i"] = "the interface -L lists link types for; without -L the interface list ignores it, as dumpcap -D -i",
    };

    /// <summary>Refusals that exit 2 as tshark's do: an input file that cannot be read (tshark -r exits 2), a display filter.</summary>
    private static readonly HashSet<string> ExitsTwo =
    [
        "read -r", "follow -r", "analyze -r", "inject-secrets -r", "inject-secrets --keylog", "read -Y", "read -R",
        "capture -Y", "analyze -Y",
    ];

    /// <summary>
    /// Refusals that print more than one line because tshark's do: a display filter's error with its caret lines, the
    /// list of file types after -F (tshark -F abc), the time formats after -t, dumpcap's list of interfaces after an
    /// unknown -i and its second line after a capture filter it cannot compile.
    /// </summary>
    private static readonly HashSet<string> ListsAsTshark =
    [
        "read -Y", "read -R", "capture -Y", "analyze -Y", "read -F", "edit -F", "merge -F", "capture -F", "read -t",
        "capture -i", "capture -f",
    ];

    /// <summary>Options not run: what they start is not bounded by the base invocation.</summary>
    private static readonly Dictionary<string, string> NotRun = new()
    {
        ["demo -o"] = "a directory for the whole demo (lab servers, a capture and its report): any word is a directory, and the demo runs for minutes",
    };

    /// <summary>A valid invocation per command that finishes at once; the swept option's own pair is left out of it.</summary>
    private static (string[] Positional, (string Option, string Value)[] Options) Base(string command, string scratch)
    {
        string capture = Path.Combine(Corpus.SampleCaptures, "tls12-echo.pcapng");
        string keys = Path.Combine(Corpus.SampleCaptures, "tls12-echo.keys");
        return command switch
        {
            "read" => ([], [("-r", capture), ("-c", "1")]),
            "follow" => (["tcp", "0"], [("-r", capture)]),
            "inject-secrets" => ([], [("-r", capture), ("--keylog", keys), ("-w", Path.Combine(scratch, "out.pcapng"))]),
            "edit" => ([capture, Path.Combine(scratch, "out.pcapng")], []),
            "merge" => ([capture], [("-w", Path.Combine(scratch, "out.pcapng"))]),
            "capture" => ([], [("-i", "lo"), ("-a", "duration:1"), ("-c", "1"), ("-w", Path.Combine(scratch, "cap.pcapng"))]),
            "analyze" => ([], [("-r", capture)]),
            "lab serve" => (["echo"], [("--port", "0"), ("--duration", "1")]),
            "lab client" => (["echo"], [("--port", "1"), ("--count", "1")]),
            "export-lua" => (["htcpcp"], [("-o", Path.Combine(scratch, "x.lua"))]),
            "glossary" => (["protocols"], []),
            _ => ([], []),
        };
    }

    public static IEnumerable<object[]> ValueOptions()
    {
        var root = SnifferCli.CreateRoot();
        foreach (var (path, command) in Commands(root, ""))
        {
            foreach (var option in command.Options)
            {
                if (option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) || option.Name is "--help" or "--version")
                    continue;
                yield return [path, option.Name];
            }
        }
    }

    private static IEnumerable<(string Path, Command Command)> Commands(Command command, string path)
    {
        foreach (var sub in command.Subcommands)
        {
            string subPath = path.Length == 0 ? sub.Name : path + " " + sub.Name;
            yield return (subPath, sub);
            foreach (var deeper in Commands(sub, subPath))
                yield return deeper;
        }
    }

    [Fact]
    public void The_sweep_finds_the_options_users_type()
    {
        var swept = ValueOptions().Select(o => $"{o[0]} {o[1]}").ToHashSet();
        foreach (var expected in new[] { "read -c", "read -s", "read --reassembly-limit", "capture -s", "lab serve --port", "follow -r", "analyze --top-connections", "edit -c" })
            Assert.Contains(expected, swept);
    }

    [Theory]
    [MemberData(nameof(ValueOptions))]
    public void A_bad_value_is_one_line_and_exit_code_1(string command, string option)
    {
        string key = $"{command} {option}";
        if (NotRun.ContainsKey(key))
            return;
        string scratch = Directory.CreateTempSubdirectory("sniffer-sweep-").FullName;
        try
        {
            var (positional, options) = Base(command, scratch);
            foreach (string value in BadValues)
            {
                var args = new List<string>(command.Split(' '));
                args.AddRange(positional);
                foreach (var (name, baseValue) in options)
                {
                    if (name != option)
                        args.AddRange([name, baseValue]);
                }
                args.AddRange([option, value]);
                var r = SnifferProcess.RunIn(scratch, [.. args]);
                string shown = $"sniffer {string.Join(' ', args)} → exit {r.ExitCode}\nstdout: {Clip(r.StdOut)}\nstderr: {Clip(r.StdErr)}";
                Assert.False(r.StdErr.Contains("   at ", StringComparison.Ordinal) || r.StdOut.Contains("   at ", StringComparison.Ordinal), shown);
                Assert.DoesNotContain("Unhandled exception", r.StdErr + r.StdOut, StringComparison.Ordinal);
                Assert.DoesNotContain("internal error", r.StdErr, StringComparison.Ordinal);
                if (r.ExitCode == 0)
                {
                    Assert.True(AcceptsWords.ContainsKey(key), "accepted a bad value without being listed as taking words: " + shown);
                    continue;
                }
                Assert.True(r.ExitCode == 1 || ExitsTwo.Contains(key) && r.ExitCode == 2, "exit code: " + shown);
                // One line; a usage error may add one indented hint line (UsageError), tshark-shaped refusals their lists.
                var lines = r.StdErr.TrimEnd('\n').Split('\n');
                Assert.True(lines[0].StartsWith("sniffer", StringComparison.Ordinal), "stderr starts with the program's name: " + shown);
                Assert.True(lines.Length == 1 || lines.Length == 2 && lines[1].StartsWith('\t') || ListsAsTshark.Contains(key),
                    "one line on stderr: " + shown);
                // After a file it cannot open, nothing on stdout: no statistic (follow's included) prints its empty table, as tshark.
                Assert.True(r.StdOut.Length == 0, "nothing on stdout: " + shown);
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string Clip(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
