using System.CommandLine;
using Sniffer.Capture;

namespace Sniffer.Commands;

/// <summary>
/// <c>sniffer capture -i IFACE|NUMBER|any [-f FILTER] [-s SNAPLEN] [-p] [-B MIB] [-y TYPE] [-c N] [-a COND] [-b COND]
/// [-w FILE|-] [-P|-n] [-q] [--print] [--keylog FILE] [--backend native|sharppcap]</c>, with dumpcap's option letters and defaults.
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
        CustomParser = OptionValues.Int32("-s", "snapshot length", 0, LiveInterfaceSettings.DefaultSnapLength),
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
        CustomParser = OptionValues.Int32("-B", "buffer size", 1, 2047),
    };

    public static readonly Option<string?> LinkType = new("-y", "--linktype")
    {
        Description = "Data link type to capture with, by the name 'sniffer interfaces -L -i IFACE' lists (EN10MB, LINUX_SLL2, …)",
        HelpName = "TYPE",
        CustomParser = OptionValues.NonEmpty("-y", "data link type"),
    };

    public static readonly Option<long?> Count = new("-c")
    {
        Description = "Stop after this many packets",
        HelpName = "N",
        CustomParser = OptionValues.OptionalNumber("-c", "packet count", 1, long.MaxValue),
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
        Description = "Write the packets to this file (pcapng, or pcap with -P); '-' writes to standard output (for '| tshark -r -')",
        HelpName = "FILE",
        CustomParser = OptionValues.NonEmpty("-w", "file name"),
    };

    public static readonly Option<bool> Pcap = new("-P")
    {
        Description = "Write pcap (libpcap's format) instead of pcapng, as dumpcap -P (one interface; several still give pcapng)",
    };

    public static readonly Option<bool> Pcapng = new("-n")
    {
        Description = "Write pcapng (the default), as dumpcap -n",
    };

    public static readonly Option<bool> Quiet = new("-q")
    {
        Description = "Do not show the live 'Packets: N' counter on a terminal",
    };

    public static readonly Option<bool> Print = new("--print")
    {
        Description = "Print a line per packet while writing the file (without -w lines are printed anyway)",
    };

    public static readonly Option<bool> Analyze = new("--analyze")
    {
        Description = "When the capture stops, print the lab report of the file just written (as sniffer analyze -r FILE); needs -w FILE",
    };

    public static readonly Option<string?> KeyLog = new("--keylog")
    {
        Description = "TLS key log (NSS format, as SSLKEYLOGFILE writes it, followed while it grows) to decrypt TLS in the printed lines",
        HelpName = "FILE",
        CustomParser = OptionValues.NonEmpty("--keylog", "key log file name"),
    };

    public static readonly Option<string?> DisplayFilter = new("-Y", "--display-filter")
    {
        Description = "Print only the packets this display filter selects (live output; a file written with -w gets every packet)",
        HelpName = "FILTER",
    };

    public static readonly Option<string?> Backend = new("--backend")
    {
        Description = "Capture library binding: native (the default) or sharppcap (also set by SNIFFER_CAPTURE_BACKEND)",
        HelpName = "native|sharppcap",
    };

    public static Command Create()
    {
        var command = new Command("capture", "Capture packets from live interfaces with libpcap into pcapng, as dumpcap")
        {
            Interfaces, Filter, SnapLength, NoPromiscuous, MonitorMode, BufferSize, LinkType, Count, Autostop, RingBuffer, WriteFile, Pcap, Pcapng,
            Quiet, Print, KeyLog, DisplayFilter, Backend, Analyze,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(Analyze) && (r.GetValue(WriteFile) is null or "-" || (r.GetValue(RingBuffer) ?? []).Length > 0))
                r.AddError("--analyze reports on the file just written: it needs -w FILE, and no -b ring buffer.");
        });
        Interfaces.Validators.Add(r =>
        {
            foreach (string name in r.GetValueOrDefault<string[]>() ?? [])
                if (name.Length == 0)
                    r.AddError("-i: the interface name is empty.");
        });
        Backend.AcceptOnlyFromAmong(CaptureBackends.Names);
        command.Validators.Add(r =>
        {
            if (r.GetValue(Pcap) && r.GetValue(Pcapng))
                r.AddError("-P (pcap) and -n (pcapng) cannot both be given.");
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
