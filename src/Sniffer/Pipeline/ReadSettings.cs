using Sniffer.Output;

namespace Sniffer.Pipeline;

public enum PacketOutput
{
    Summary,
    Fields,
    /// <summary>A machine-readable format (<see cref="ReadSettings.Machine"/>).</summary>
    Machine,
}

/// <summary>Everything <c>sniffer read</c> was asked to do, validated, independent of the command line.</summary>
public sealed record ReadSettings
{
    public required string File { get; init; }
    public long MaxFrames { get; init; } = long.MaxValue;
    public PacketOutput Output { get; init; } = PacketOutput.Summary;
    public IReadOnlyList<string> Fields { get; init; } = [];
    public FieldsLayout Layout { get; init; } = new();
    public IReadOnlyList<string> DecodeAs { get; init; } = [];
    /// <summary>Protocols turned off (tshark's --disable-protocol).</summary>
    public IReadOnlyList<string> DisabledProtocols { get; init; } = [];
    public string? KeyLogFile { get; init; }
    /// <summary>Other preferences as tshark's -o NAME:VALUE (the key log file is taken out into <see cref="KeyLogFile"/>).</summary>
    public IReadOnlyList<string> Preferences { get; init; } = [];
    /// <summary>-2: read the file twice, as tshark's two-pass analysis, so forward references (http.response_in) show on the frames they belong to.</summary>
    public bool TwoPass { get; init; }
    /// <summary>-R with -2: the first pass keeps only the frames this filter selects; the second pass sees them alone, renumbered.</summary>
    public Dissectors.Taps.IFrameFilter? ReadFilter { get; init; }
    /// <summary>The compiled display filter (-Y): which frames the per-frame outputs and -w see; null shows every frame.</summary>
    public Dissectors.Taps.IFrameFilter? DisplayFilter { get; init; }
    public string? WriteFile { get; init; }
    /// <summary>-F: the type -w writes.</summary>
    public Files.CaptureFileType WriteType { get; init; } = Files.CaptureFileType.PcapNg;
    public IReadOnlyList<string> Statistics { get; init; } = [];
    public bool Quiet { get; init; }
    /// <summary>-x: a hex and ASCII dump of each frame's data sources (instead of summary lines, as tshark does).</summary>
    public bool HexDump { get; init; }
    /// <summary>-V: the packet details (the whole tree of each frame), as tshark -V.</summary>
    public bool Details { get; init; }
    /// <summary>-O: packet details with only these protocols expanded (implies <see cref="Details"/>).</summary>
    public IReadOnlyList<string>? ExpandOnly { get; init; }
    /// <summary>-P: the summary line too, before each frame's details.</summary>
    public bool SummaryWithDetails { get; init; }
    /// <summary>-T json|jsonraw|ek|pdml|psml.</summary>
    public MachineFormat Machine { get; init; }
    /// <summary>-j (or -J, with <see cref="ProtocolFilterIncludesChildren"/>): the protocols whose details JSON, EK and PDML keep.</summary>
    public string? ProtocolFilter { get; init; }
    public bool ProtocolFilterIncludesChildren { get; init; }
    /// <summary>--no-duplicate-keys: -T json merges repeated keys into arrays.</summary>
    public bool NoDuplicateKeys { get; init; }
    /// <summary>--color: as tshark's, colour summary lines (and PDML/PSML packets) by Wireshark's colouring rules.</summary>
    public bool Color { get; init; }
    /// <summary>Standard output is a terminal: summary lines are coloured there unless NO_COLOR is set.</summary>
    public bool OutputIsTerminal { get; init; }
    /// <summary>Standard error is a terminal: long reads show a progress bar there when the frames go elsewhere.</summary>
    public bool ErrorIsTerminal { get; init; }
    /// <summary>Print the TLS sessions view after the frames.</summary>
    public bool TlsSessions { get; init; }
    public int MaxReassemblyBytes { get; init; } = Dissectors.Streams.TcpReassembler.DefaultMaxPendingBytes;
    /// <summary>Most bytes held waiting for the rest of a PDU across every stream (--reassembly-total).</summary>
    public long MaxReassemblyTotal { get; init; } = Dissectors.Streams.ReassemblyLimits.DefaultMaxTotal;
    /// <summary>Most TCP connections tracked at once (--max-connections); the idle ones go first.</summary>
    public int MaxConnections { get; init; } = Dissectors.Streams.TcpConversationTable.DefaultMaxLive;

    /// <summary>
    /// Whether per-frame output is printed: true when an option asked for it (-T, -x, -P: tshark prints them even with
    /// -q or -w), null for tshark's default (printed unless -q or -w).
    /// </summary>
    public bool? PrintFrames { get; init; }

    /// <summary>-P: summary lines even when writing with -w, and before each frame's -x dump.</summary>
    public bool PrintSummary { get; init; }

    /// <summary>-t and -u: how the Time column (summary lines, _ws.col.Time) is written.</summary>
    public TimeColumnFormat TimeFormat { get; init; } = new();

    /// <summary>-N: which names the columns and statistics show instead of addresses and ports (none by default).</summary>
    public NameResolution NameResolution { get; init; }

    /// <summary>-l: flush the output after each frame.</summary>
    public bool FlushEachFrame { get; init; }

    /// <summary>-S: the line between frames with -x (an empty line by default).</summary>
    public string? FrameSeparator { get; init; }

    /// <summary>-s: tshark checks the snapshot length on a read and applies it only to live captures; kept for completeness.</summary>
    public int? SnapLength { get; init; }

    /// <summary>Per-frame output is printed (see <see cref="PrintFrames"/>).</summary>
    public bool PrintsFrames => PrintFrames ?? (!Quiet && WriteFile is null);
}
