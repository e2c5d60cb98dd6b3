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
        Description = "Disable every name resolution (the default; -N turns some on)",
    };

    public static readonly Option<string?> NameResolution = new("-N")
    {
        Description = "Resolve names, as tshark -N: n addresses from Wireshark's hosts files, N with the system resolver too (/etc/hosts, DNS), t ports from the services file, m MAC address prefixes (OUI); d and v are accepted",
        HelpName = "mnNtdv",
        CustomParser = NameResolutionOption.Parse,
    };

    public static readonly Option<int?> Count = new("-c")
    {
        Description = "Stop after reading this many frames",
        HelpName = "N",
        CustomParser = TsharkOptionValues.PositiveInt("packet count"),
    };

    public static readonly Option<string?> OutputFormat = new("-T")
    {
        Description = "Output format, as tshark's: text (summary lines, the default), fields (the fields named by -e), json, jsonraw, ek, pdml or psml",
        HelpName = "text|fields|json|jsonraw|ek|pdml|psml",
        CustomParser = TsharkOptionValues.OneOf(["text", "fields", "json", "jsonraw", "ek", "pdml", "psml"],
            v => $"Invalid -T parameter \"{v}\"; it must be one of text, fields, json, jsonraw, ek, pdml or psml"),
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

    public static readonly Option<string?> TimeFormat = new("-t")
    {
        Description = "Time column format, as tshark -t: r relative to the first frame (default), a absolute, ad absolute with date, adoy absolute with year/day, d delta, dd delta from the previous displayed frame, e epoch, u/ud/udoy as a/ad/adoy in UTC",
        HelpName = "a|ad|adoy|d|dd|e|r|u|ud|udoy",
        CustomParser = TsharkOptionValues.OneOf(Output.TimeColumnFormat.Names,
            v => $"Invalid time stamp type \"{v}\"; it must be one of a, ad, adoy, d, dd, e, r, u, ud or udoy\nr relative (default), a/u absolute local/UTC, ad/ud with YYYY-MM-DD, adoy/udoy with YYYY/DOY, d delta, dd delta displayed, e epoch"),
    };

    public static readonly Option<string?> SecondsFormat = new("-u")
    {
        Description = "How relative and delta times are written: s seconds (default) or hms hours, minutes and seconds",
        HelpName = "s|hms",
        CustomParser = TsharkOptionValues.OneOf(["s", "hms"],
            v => $"Invalid seconds type \"{v}\"; it must be one of s (seconds) or hms (hours, minutes and seconds)"),
    };

    public static readonly Option<bool> LineBuffered = new("-l")
    {
        Description = "Flush the output after each frame (for a pipe read while the file is read)",
    };

    public static readonly Option<string?> Separator = new("-S")
    {
        Description = "The line printed between frames with -x (and -V), instead of an empty line",
        HelpName = "SEPARATOR",
    };

    public static readonly Option<int?> SnapLength = new("-s", "--snapshot-length")
    {
        Description = "Snapshot length: checked and accepted as tshark does, which applies it only to live captures, not to a file read",
        HelpName = "SNAPLEN",
        CustomParser = TsharkOptionValues.NaturalInt("snapshot length"),
    };

    public static readonly Option<bool> PrintSummary = new("-P", "--print")
    {
        Description = "Print the summary lines even when writing a file with -w, and before each frame's -x dump or -V details",
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
        Description = "Statistics printed after the frames: conv,eth|ip|ipv6|tcp|udp | endpoints,… | io,stat,INTERVAL[,COLUMN…] | io,phs | expert[,LEVEL] | http,tree | http_req,tree | http_srv,tree | credentials | http,connections | follow,tcp,ascii|hex|raw|yaml,STREAM",
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
        CustomParser = TsharkOptionValues.PositiveIntUpTo("reassembly limit", 1024),
    };

    public static readonly Option<int?> ReassemblyTotal = new("--reassembly-total")
    {
        Description = "Most bytes held in all while messages are incomplete, in MiB (default 256); past it the longest-idle stream's are shown as data",
        HelpName = "MIB",
        CustomParser = TsharkOptionValues.PositiveIntUpTo("total reassembly limit", 65536),
    };

    public static readonly Option<int?> MaxConnections = new("--max-connections")
    {
        Description = "Most TCP connections tracked at once (default 262144); past it the longest-idle are forgotten, keeping their tcp.stream numbers",
        HelpName = "N",
        CustomParser = TsharkOptionValues.PositiveInt("connection count"),
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
            ReadFile, NoNameResolution, NameResolution, Count, ReadFilter, DisplayFilter, OutputFormat, ProtocolFilter, ProtocolFilterWithChildren,
            NoDuplicateKeys, Fields, FieldOptions, DecodeAs, DisableProtocol, Preferences, KeyLog, WriteFile, WriteType, Statistics, TlsSessions,
            ReassemblyLimit, ReassemblyTotal, MaxConnections, HexDump, Details, ExpandOnly, Color, Quiet, TwoPass, TimeFormat, SecondsFormat,
            LineBuffered, Separator, SnapLength, PrintSummary,
        };
        FieldOptions.Validators.Add(r =>
        {
            var layout = new Output.FieldsLayout();
            foreach (var token in r.Tokens)
            {
                layout = layout.With(token.Value, out var error);
                if (error is not null)
                {
                    r.AddError(error);
                    return;
                }
            }
        });
        command.SetAction(ReadCommand.Run);
        return command;
    }
}
