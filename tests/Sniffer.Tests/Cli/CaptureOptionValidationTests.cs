using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

/// <summary>
/// Every option of capture, interfaces, lab and demo given a bad value — not a number, negative, past the range, empty —
/// is refused before anything runs: one line on standard error starting "sniffer: ", exit code 1, nothing on standard
/// output, no stack trace (dumpcap and tshark answer bad values the same way).
/// </summary>
public class CaptureOptionValidationTests
{
    public static TheoryData<string[]> BadValues()
    {
        var data = new TheoryData<string[]>();
        string[] numbers = ["abc", "-1", "99999999999999999999", "", "1.5"];
        foreach (string v in numbers)
        {
            data.Add(["capture", "-i", "lo", "-s", v]);
            data.Add(["capture", "-i", "lo", "-B", v]);
            data.Add(["capture", "-i", "lo", "-c", v]);
            data.Add(["capture", "-i", "lo", "-a", "duration:" + v]);
            data.Add(["capture", "-i", "lo", "-a", "filesize:" + v]);
            data.Add(["capture", "-i", "lo", "-a", "packets:" + v]);
            data.Add(["capture", "-i", "lo", "-w", "x.pcapng", "-b", "filesize:" + v]);
            data.Add(["capture", "-i", "lo", "-w", "x.pcapng", "-b", "files:" + v]);
            data.Add(["capture", "-i", "lo", "-w", "x.pcapng", "-b", "duration:" + v]);
            data.Add(["lab", "serve", "http", "--port", v]);
            data.Add(["lab", "serve", "http", "--duration", v]);
            data.Add(["lab", "client", "http", "--port", v]);
            data.Add(["lab", "client", "http", "--repeat", v]);
            data.Add(["lab", "client", "echo", "--count", v]);
        }
        data.Add(["capture", "-i", "lo", "-s", "262145"]);
        data.Add(["capture", "-i", "lo", "-B", "0"]);
        data.Add(["capture", "-i", "lo", "-c", "0"]);
        data.Add(["capture", "-i", ""]);
        data.Add(["capture", "-i", "lo", "-y", ""]);
        data.Add(["capture", "-i", "lo", "-w", ""]);
        data.Add(["capture", "-i", "lo", "--keylog", ""]);
        data.Add(["capture", "-i", "lo", "--backend", "pcap"]);
        data.Add(["capture", "-i", "lo", "--backend", ""]);
        data.Add(["capture", "-i", "lo", "-a", ""]);
        data.Add(["capture", "-i", "lo", "-a", "size:10"]);
        data.Add(["capture", "-i", "lo", "-P", "-n", "-w", "x"]);
        data.Add(["interfaces", "-L", "-i", ""]);
        data.Add(["interfaces", "-L"]);
        data.Add(["lab", "serve", "http", "--port", "65536"]);
        data.Add(["lab", "serve", "http", "--bind", ""]);
        data.Add(["lab", "serve", "http", "--bind", "not-an-address"]);
        data.Add(["lab", "serve", "http", "--tls-version", "1.1"]);
        data.Add(["lab", "serve", "coffee-web", "--pot", ""]);
        data.Add(["lab", "serve", "nothing"]);
        data.Add(["lab", "serve", "http", "--keylog", ""]);
        data.Add(["lab", "client", "http", "--scenario", ""]);
        data.Add(["lab", "client", "http", "--host", ""]);
        data.Add(["lab", "client", "http", "--repeat", "1001"]);
        data.Add(["demo", "-o", ""]);
        return data;
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_option_value_is_one_line_on_standard_error_and_exit_code_1(string[] args)
    {
        var r = SnifferProcess.Run(args);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.StartsWith("sniffer: ", r.StdErr);
        Assert.EndsWith("\n", r.StdErr);
        Assert.Single(r.StdErr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", r.StdErr);
        Assert.DoesNotContain("Exception", r.StdErr);
    }

    [Fact]
    public void The_messages_use_dumpcaps_words()
    {
        Assert.Equal("sniffer: The specified snapshot length \"abc\" isn't a decimal number (-s takes 0 to 262144).\n", SnifferProcess.Run("capture", "-s", "abc").StdErr);
        Assert.Equal("sniffer: The specified port \"abc\" isn't a decimal number (--port takes 0 to 65535).\n", SnifferProcess.Run("lab", "serve", "http", "--port", "abc").StdErr);
        Assert.Equal("sniffer: The specified packet count \"99999999999999999999\" is out of range (-c takes a whole number from 1).\n",
            SnifferProcess.Run("capture", "-c", "99999999999999999999").StdErr);
    }
}
