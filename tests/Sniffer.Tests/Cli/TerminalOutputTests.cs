using System.Text;
using Sniffer.Tests.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

/// <summary>
/// Issue 15: on a terminal (a pseudo-terminal made by script(1)) summary lines are coloured by Wireshark's colouring
/// rules exactly as tshark --color colours them, never in a pipe or with NO_COLOR; a long read shows a progress bar on
/// standard error and clears it; and the terminal's modes are left as they were found.
/// </summary>
public class TerminalOutputTests
{
    private static readonly string Capture = Path.Combine(Corpus.SampleCaptures, "http11-keepalive.pcapng");

    /// <summary>Runs <paramref name="command"/> under a pseudo-terminal; what the terminal received.</summary>
    private static string OnTerminal(string command)
    {
        var r = ExternalTools.Run("script", ["-qec", command, "/dev/null"], timeoutSeconds: 120);
        return r.StdOut;
    }

    private static string Sniffer(string arguments) => $"{SnifferProcess.ShellCommand} {arguments}";

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''") + "'";

    [PseudoTerminalFact(tshark: true)]
    public void Summary_lines_on_a_terminal_are_coloured_as_tshark_color_colours_them()
    {
        string ours = OnTerminal($"COLORTERM=truecolor {Sniffer($"read -n -r {Quote(Capture)}")}");
        string theirs = OnTerminal($"COLORTERM=truecolor tshark --color -n -r {Quote(Capture)} 2>/dev/null");
        Assert.Contains("\u001b[38;2;", ours);
        Assert.Contains("\u001b[48;2;", ours);
        Assert.Equal(theirs.TrimEnd('\n', '\r'), ours.TrimEnd('\n', '\r'));
        Assert.EndsWith("\u001b[0m", ours.TrimEnd('\n', '\r'));
    }

    [PseudoTerminalFact]
    public void Without_24_bit_colour_the_nearest_of_256_colours_is_used()
    {
        string ours = OnTerminal($"COLORTERM= {Sniffer($"read -n -r {Quote(Capture)} -c 3")}");
        Assert.Contains("\u001b[38;5;", ours);
        Assert.DoesNotContain("\u001b[38;2;", ours);
    }

    [PseudoTerminalFact]
    public void No_colour_in_a_pipe_or_with_NO_COLOR()
    {
        var piped = SnifferProcess.Run("read", "-n", "-r", Capture, "--color");
        Assert.Equal(0, piped.ExitCode);
        Assert.DoesNotContain('\u001b', piped.StdOut);
        string noColor = OnTerminal($"NO_COLOR=1 {Sniffer($"read -n -r {Quote(Capture)} --color")}");
        Assert.Contains("HTTP", noColor);
        Assert.DoesNotContain('\u001b', noColor);
    }

    [PseudoTerminalFact]
    public void The_terminal_is_left_as_found()
    {
        string output = OnTerminal($"stty -g; {Sniffer($"read -n -r {Quote(Capture)}")}; stty -g; {Sniffer("read -r /nonexistent.pcap")}; stty -g");
        var modes = System.Text.RegularExpressions.Regex.Replace(output, "\u001b\\[[0-9;?]*[A-Za-z]", "").Split('\n')
            .Select(l => l.Trim('\r')).Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^[0-9a-f]+(:[0-9a-f]+){10,}$")).ToList();
        Assert.Equal(3, modes.Count);
        Assert.All(modes, m => Assert.Equal(modes[0], m));
        // No key-reading modes switched on (application cursor keys and keypad), colours reset at the end.
        Assert.DoesNotContain("\u001b[?1h", output);
        Assert.DoesNotContain("\u001b=", output);
        Assert.Contains("sniffer: /nonexistent.pcap", output);
    }

    [PseudoTerminalFact]
    public void A_long_read_shows_a_progress_bar_on_standard_error_and_clears_it()
    {
        string file = Path.Combine(Path.GetTempPath(), $"sniffer-progress-{Guid.NewGuid():N}.pcap");
        try
        {
            // 60 000 small frames; the bar is told to show at once (the real delay is a second).
            var pcap = new PcapFixture();
            byte[] frame = new byte[60];
            for (uint i = 0; i < 60_000; i++)
                pcap.Record(i, 0, frame);
            File.WriteAllBytes(file, pcap.ToArray());
            string shown = OnTerminal($"SNIFFER_PROGRESS_AFTER_MS=0 {Sniffer($"read -r {Quote(file)} -T fields -e frame.number")} > /dev/null");
            Assert.Contains("\u001b[?25l", shown);   // the cursor hidden while the bar draws
            Assert.EndsWith("\u001b[?25h", shown.TrimEnd('\n', '\r'));   // and shown again at the end
            Assert.Contains(Path.GetFileName(file), shown);
            // Frames printed on the terminal itself get no bar.
            string printing = OnTerminal($"SNIFFER_PROGRESS_AFTER_MS=0 {Sniffer($"read -r {Quote(file)} -c 3000 -T fields -e frame.number")}");
            Assert.DoesNotContain("\u001b[?25l", printing);
            // Nor does a pipe.
            var piped = ExternalTools.Run("bash", ["-c", $"SNIFFER_PROGRESS_AFTER_MS=0 {Sniffer($"read -r {Quote(file)} -q")} 2>&1 | cat"]);
            Assert.DoesNotContain('\u001b', piped.StdOut);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
