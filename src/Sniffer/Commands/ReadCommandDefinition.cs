using System.CommandLine;

namespace Sniffer.Commands;

/// <summary>The options of <c>sniffer read</c>, spelled as tshark spells them.</summary>
internal static class ReadCommandDefinition
{
    public static readonly Option<string> ReadFile = new("-r", "--read-file")
    {
        Description = "Capture file to read (pcapng or pcap; '-' reads standard input)",
        Required = true,
        HelpName = "FILE",
    };

    public static readonly Option<bool> NoNameResolution = new("-n")
    {
        Description = "Disable name resolution (accepted for tshark compatibility; Sniffer never resolves names)",
    };

    public static readonly Option<long?> Count = new("-c")
    {
        Description = "Stop after reading this many frames",
        HelpName = "N",
    };

    public static readonly Option<string?> OutputFormat = new("-T")
    {
        Description = "Output format, as tshark's: text (summary lines, the default), fields (the fields named by -e), json, jsonraw, ek, pdml or psml",
        HelpName = "text|fields|json|jsonraw|ek|pdml|psml",
    };

    public static readonly Option<string?> ProtocolFilter = new("-j")
    {
        Description = "With -T json|ek|pdml: keep the details of only these protocols (space-separated)",
        HelpName = "PROTOCOLS",
    };

    public static readonly Option<string?> ProtocolFilterWithChildren = new("-J")
    {
        Description = "With -T json|ek|pdml: keep only these protocols, each with all its details (space-separated)",
        HelpName = "PROTOCOLS",
    };

    public static readonly Option<bool> NoDuplicateKeys = new("--no-duplicate-keys")
    {
        Description = "With -T json: merge keys that repeat in an object into one key with an array of values",
    };

    public static readonly Option<string[]> Fields = new("-e")
    {
        Description = "A field to print with -T fields|json|ek, by its Wireshark name (repeat for more)",
        HelpName = "FIELD",
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string[]> FieldOptions = new("-E")
    {
        Description = "-T fields layout: header=y|n, separator=/t|/s|<char>, occurrence=f|l|a, aggregator=,|/s|<char>, quote=d|s|n",
        HelpName = "OPTION=VALUE",
    };

    public static readonly Option<string[]> DecodeAs = new("-d")
    {
        Description = "Decode As: tcp.port==PORT,PROTOCOL (for example tcp.port==5030,htcpcp)",
        HelpName = "RULE",
    };

    public static readonly Option<string[]> DisableProtocol = new("--disable-protocol")
    {
        Description = "Turn a protocol off, as tshark does (for example htcpcp, which Wireshark does not have)",
        HelpName = "PROTOCOL",
    };

    public static readonly Option<string[]> Preferences = new("-o")
    {
        Description = "A preference as tshark spells it, NAME:VALUE (tls.keylog_file:FILE, http.tcp.port:8000-8001, htcpcp.tcp.port:5030 …; sniffer fields --preferences lists them)",
        HelpName = "NAME:VALUE",
    };

    public static readonly Option<string?> KeyLog = new("--keylog")
    {
        Description = "TLS key log file (NSS format, as SSLKEYLOGFILE writes it)",
        HelpName = "FILE",
    };

    public static readonly Option<string?> DisplayFilter = new("-Y", "--display-filter")
    {
        Description = "Display filter in Wireshark 4.0's language: only the frames it selects are printed and written (-w); -z statistics count every frame, as in tshark",
        HelpName = "FILTER",
    };

    public static readonly Option<string?> WriteFile = new("-w")
    {
        Description = "Also write the frames read to this file, keeping the input's section and interface options ('-' for standard output; .gz, .zst or .lz4 compress)",
        HelpName = "FILE",
    };

    public static readonly Option<string?> WriteType = FileTypeOption.Create();

    public static readonly Option<string[]> Statistics = new("-z")
    {
        Description = "Statistics printed after the frames: conv,tcp | io,phs | http,tree | http,connections | follow,tcp,ascii|hex|raw,STREAM",
        HelpName = "STATISTIC",
    };

    public static readonly Option<bool> TlsSessions = new("--tls-sessions")
    {
        Description = "After the frames, list each TLS session: version, cipher suite, SNI, ALPN, keys found, and why decryption failed if it did",
    };

    public static readonly Option<int?> ReassemblyLimit = new("--reassembly-limit")
    {
        Description = "Most bytes of one TCP direction held while a message is incomplete, in MiB (default 32); past it they are shown as data",
        HelpName = "MIB",
    };

    public static readonly Option<int?> ReassemblyTotal = new("--reassembly-total")
    {
        Description = "Most bytes held in all while messages are incomplete, in MiB (default 256); past it the longest-idle stream's are shown as data",
        HelpName = "MIB",
    };

    public static readonly Option<int?> MaxConnections = new("--max-connections")
    {
        Description = "Most TCP connections tracked at once (default 262144); past it the longest-idle are forgotten, keeping their tcp.stream numbers",
        HelpName = "N",
    };

    public static readonly Option<bool> HexDump = new("-x")
    {
        Description = "Print each frame's bytes as hex and ASCII, with the reassembled and decrypted data after them",
    };

    public static readonly Option<bool> Details = new("-V")
    {
        Description = "Print each frame's packet details (the protocol tree), as tshark -V",
    };

    public static readonly Option<string?> ExpandOnly = new("-O")
    {
        Description = "Packet details with only these protocols expanded (comma-separated), as tshark -O",
        HelpName = "PROTOCOLS",
    };

    public static readonly Option<bool> Color = new("--color")
    {
        Description = "Colour summary lines by Wireshark's colouring rules (as on a terminal by default; never in a pipe or with NO_COLOR), and give PDML and PSML packets their colours",
    };

    public static readonly Option<bool> SummaryToo = new("-P")
    {
        Description = "Print the summary line too, before each frame's details",
    };

    public static readonly Option<string?> ReadFilter = new("-R", "--read-filter")
    {
        Description = "Read filter, with -2: the first pass drops the frames it does not select, and the rest are dissected again, renumbered, as with tshark -2 -R",
        HelpName = "FILTER",
    };

    public static readonly Option<bool> TwoPass = new("-2")
    {
        Description = "Two-pass analysis, as tshark -2: the file is read twice so later frames' facts (http.response_in) show on earlier frames",
    };

    public static readonly Option<bool> Quiet = new("-q")
    {
        Description = "Print no per-frame output (statistics only)",
    };

    public static Command Create()
    {
        var command = new Command("read", "Print what a capture file contains, as tshark -r does")
        {
            ReadFile, NoNameResolution, Count, ReadFilter, DisplayFilter, OutputFormat, ProtocolFilter, ProtocolFilterWithChildren, NoDuplicateKeys, Fields, FieldOptions, DecodeAs, DisableProtocol, Preferences, KeyLog, WriteFile, WriteType, Statistics, TlsSessions, ReassemblyLimit, ReassemblyTotal, MaxConnections, HexDump, Details, ExpandOnly, SummaryToo, Color, Quiet, TwoPass,
        };
        OutputFormat.Validators.Add(r =>
        {
            var v = OptionValues.Get<string?>(r);
            if (v is not null and not "text" and not "fields" && !Output.MachinePrinter.TryParse(v, out _))
                r.AddError($"Invalid -T parameter \"{v}\"; it must be one of text, fields, json, jsonraw, ek, pdml or psml.");
        });
        ReassemblyLimit.Validators.Add(r =>
        {
            if (OptionValues.Get<int?>(r) is < 1 or > 1024)
                r.AddError("--reassembly-limit takes 1 to 1024 MiB.");
        });
        ReassemblyTotal.Validators.Add(r =>
        {
            if (OptionValues.Get<int?>(r) is < 1 or > 65536)
                r.AddError("--reassembly-total takes 1 to 65536 MiB.");
        });
        MaxConnections.Validators.Add(r =>
        {
            if (OptionValues.Get<int?>(r) is < 1)
                r.AddError("--max-connections takes a positive number of connections.");
        });
        Count.Validators.Add(r =>
        {
            if (OptionValues.Get<long?>(r) is <= 0)
                r.AddError("-c takes a positive number of frames.");
        });
        command.SetAction(ReadCommand.Run);
        return command;
    }
}
