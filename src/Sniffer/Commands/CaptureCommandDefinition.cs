using System.CommandLine;
using Sniffer.Capture;

namespace Sniffer.Commands;

/// <summary>
/// <c>sniffer capture -i IFACE|NUMBER|any [-f FILTER] [-s SNAPLEN] [-p] [-B MIB] [-c N] [-a COND] [-b COND] [-w FILE|-] [-P]</c>,
/// with dumpcap's option letters and defaults.
/// </summary>
internal static class CaptureCommandDefinition
{
    public static readonly Option<string[]> Interfaces = new("-i", "--interface")
    {
        Description = "Interface to capture on: a name, the number 'sniffer interfaces' shows, or 'any'; repeat for several (one file, one interface block each)",
        HelpName = "IFACE",
    };

    public static readonly Option<string?> Filter = new("-f")
    {
        Description = "Capture filter in libpcap (BPF) syntax, e.g. \"tcp port 8080\"",
        HelpName = "FILTER",
    };

    public static readonly Option<int> SnapLength = new("-s", "--snapshot-length")
    {
        Description = "Bytes to keep of each packet (default 262144; 0 means the default)",
        HelpName = "SNAPLEN",
        DefaultValueFactory = _ => LiveInterfaceSettings.DefaultSnapLength,
    };

    public static readonly Option<bool> NoPromiscuous = new("-p", "--no-promiscuous-mode")
    {
        Description = "Do not put the interface in promiscuous mode",
    };

    public static readonly Option<bool> MonitorMode = new("-I", "--monitor-mode")
    {
        Description = "Capture in monitor mode (802.11 interfaces whose driver supports it): every frame on the channel, with radiotap headers",
    };

    public static readonly Option<int> BufferSize = new("-B", "--buffer-size")
    {
        Description = "Kernel capture buffer in MiB (default 2)",
        HelpName = "MIB",
        DefaultValueFactory = _ => LiveInterfaceSettings.DefaultBufferMiB,
    };

    public static readonly Option<long?> Count = new("-c")
    {
        Description = "Stop after this many packets",
        HelpName = "N",
    };

    public static readonly Option<string[]> Autostop = new("-a", "--autostop")
    {
        Description = "Stop when a condition is met: duration:SECONDS, filesize:KB, packets:N (repeat or separate with commas)",
        HelpName = "COND",
    };

    public static readonly Option<string[]> RingBuffer = new("-b", "--ring-buffer")
    {
        Description = "Write a ring of files: filesize:KB or duration:S to switch files, files:N to keep only the newest N (repeat or separate with commas)",
        HelpName = "COND",
    };

    public static readonly Option<string?> WriteFile = new("-w")
    {
        Description = "Write the packets to this pcapng file; '-' writes pcapng to standard output (for '| tshark -r -')",
        HelpName = "FILE",
    };

    public static readonly Option<bool> Print = new("-P", "--print")
    {
        Description = "Print a line per packet while writing the file (without -w lines are printed anyway)",
    };

    public static Command Create()
    {
        var command = new Command("capture", "Capture packets from live interfaces with libpcap into pcapng, as dumpcap")
        {
            Interfaces, Filter, SnapLength, NoPromiscuous, MonitorMode, BufferSize, Count, Autostop, RingBuffer, WriteFile, Print,
        };
        SnapLength.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > LiveInterfaceSettings.DefaultSnapLength)
                r.AddError($"-s takes 1 to {LiveInterfaceSettings.DefaultSnapLength} bytes (0 for the default).");
        });
        BufferSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 2047)
                r.AddError("-B takes 1 to 2047 MiB.");
        });
        Count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long?>() is <= 0)
                r.AddError("-c takes a positive number of packets.");
        });
        Autostop.Validators.Add(r => ValidateConditions(r, CaptureConditionParser.Autostop, "-a"));
        RingBuffer.Validators.Add(r => ValidateConditions(r, CaptureConditionParser.RingBuffer, "-b"));
        command.SetAction(CaptureCommand.Run);
        return command;
    }

    /// <summary>Parses the conditions of every -a (or -b) given, into a list when they are all valid.</summary>
    public static bool TryParseConditions(IEnumerable<string> arguments, IReadOnlyCollection<CaptureConditionKind> allowed, out List<CaptureCondition> conditions, out string error)
    {
        conditions = [];
        error = "";
        foreach (string argument in arguments)
            if (!CaptureConditionParser.TryParse(argument, allowed, conditions, out error))
                return false;
        return true;
    }

    private static void ValidateConditions(System.CommandLine.Parsing.OptionResult result, IReadOnlyCollection<CaptureConditionKind> allowed, string option)
    {
        if (!TryParseConditions(result.GetValueOrDefault<string[]>() ?? [], allowed, out _, out string error))
            result.AddError($"{option}: {error}.");
    }
}
