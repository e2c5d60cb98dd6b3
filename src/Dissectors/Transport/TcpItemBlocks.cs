using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Transport;

/// <summary>
/// The blocks of items <see cref="TcpDissector"/> adds under a segment's TCP item, each skipped as a whole when no output
/// and no filter reads any of its items (analyze reads tcp.stream and tcp.flags; -Y on HTTP reads none). Each block is
/// named by the prefixes of the abbreviations its items carry, so an item declared later joins its block.
/// </summary>
internal static class TcpItemBlocks
{
    /// <summary>The ports (then comes tcp.stream, on its own).</summary>
    public static readonly FieldGroup Ports = Of(f => f.Abbrev is "tcp.srcport" or "tcp.dstport" or "tcp.port");

    /// <summary>Completeness, lengths, sequence and acknowledgment numbers, header length.</summary>
    public static readonly FieldGroup Numbers = Of(f => f.Abbrev is "tcp.completeness" or "tcp.len" or "tcp.seq" or "tcp.seq_raw"
        or "tcp.nxtseq" or "tcp.ack" or "tcp.ack_raw" or "tcp.ack.nonzero" or "tcp.hdr_len");

    /// <summary>The Flags item, its bits and string, and the connection notes that hang from them.</summary>
    public static readonly FieldGroup Flags = Of(f => f.Abbrev.StartsWith("tcp.flags", StringComparison.Ordinal)
        || f.Abbrev.StartsWith("tcp.connection.", StringComparison.Ordinal));

    /// <summary>The Flags item's bits, string and connection notes: analyze reads only tcp.flags itself.</summary>
    public static readonly FieldGroup FlagDetails = Of(f => f.Abbrev != "tcp.flags" && (f.Abbrev.StartsWith("tcp.flags", StringComparison.Ordinal)
        || f.Abbrev.StartsWith("tcp.connection.", StringComparison.Ordinal)));

    /// <summary>Window, checksum and urgent pointer.</summary>
    public static readonly FieldGroup WindowToUrgent = Of(f => f.Abbrev.StartsWith("tcp.window_size", StringComparison.Ordinal)
        || f.Abbrev.StartsWith("tcp.checksum", StringComparison.Ordinal) || f.Abbrev.StartsWith("tcp.urgent_pointer", StringComparison.Ordinal));

    /// <summary>The "[Timestamps]" label and its two times.</summary>
    public static readonly FieldGroup Timestamps = new(
        [TextItem.Field, .. TcpFields.Declaration.Items.Items.Where(f => f.Abbrev is "tcp.time_relative" or "tcp.time_delta")]);

    /// <summary>"[SEQ/ACK analysis]": its values, flags and expert items.</summary>
    public static readonly FieldGroup Analysis = Of(f => f.Abbrev.StartsWith("tcp.analysis", StringComparison.Ordinal));

    private static FieldGroup Of(Func<FieldDef, bool> belongs) => new(TcpFields.Declaration.Items.Items.Where(belongs));
}
