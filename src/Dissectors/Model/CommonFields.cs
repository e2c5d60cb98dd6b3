namespace Sniffer.Dissectors.Model;

/// <summary>Wireshark's own pseudo-protocol fields that mark dissection problems (epan/show_exception.c).</summary>
public static class CommonFields
{
    /// <summary>The "[Malformed Packet]" protocol: present when a frame is shorter than its headers claim.</summary>
    public static readonly ProtocolDef Malformed = new("_ws.malformed", "Malformed packet", "Malformed Packet") { IsLayer = false };

    public static readonly ExpertDef MalformedExpert = new("_ws.malformed.expert", ExpertGroup.Malformed,
        ExpertSeverity.Error, "Malformed Packet (Exception occurred)");

    /// <summary>"[Packet size limited during capture]": the snapshot length cut the frame before a header ended.</summary>
    public static readonly ProtocolDef Short = new("_ws.short", "Short frame", "Short Frame") { IsLayer = false };

    /// <summary>Wireshark's "Expert Info" pseudo-protocol (declared once, in <see cref="ExpertInfoFields"/>): outputs show each expert item as one of these.</summary>
    public static ProtocolDef ExpertProtocol => ExpertInfoFields.Protocol;
    public static FieldDef ExpertMessageField => ExpertInfoFields.Message;
    public static FieldDef ExpertGroupField => ExpertInfoFields.Group;
    public static FieldDef ExpertSeverityField => ExpertInfoFields.Severity;

    public static readonly FieldDef Data = new("data.data", "Data", FieldType.Bytes);
    public static readonly ProtocolDef DataProtocol = new("data", "Data", "Data") { ColumnName = "DATA" };
    public static readonly FieldDef DataLength = new("data.len", "Length", FieldType.Int32);

    /// <summary>
    /// Marks the frame as malformed the way tshark does: the protocol node ("[Malformed Packet: TCP]", naming the
    /// protocol whose header did not fit by its short name), the expert item, and "[Malformed Packet]" appended to
    /// the Info column; the Protocol column shows <paramref name="protocol"/>'s column name.
    /// </summary>
    public static void MarkMalformed(PacketContext packet, ProtocolDef protocol) => MarkMalformed(packet, protocol.ColumnName, protocol.ShortName);

    /// <param name="columnName">The Protocol column's text.</param>
    /// <param name="shortName">The protocol's short name, as the "[Malformed Packet: …]" line shows it (Wireshark's current_proto).</param>
    public static void MarkMalformed(PacketContext packet, string columnName, string? shortName = null)
    {
        if (packet.Malformed)
            return;
        packet.Malformed = true;
        var tree = packet.Tree;
        int node = tree.AddNode(-1, Malformed, 0, packet.ExceptionOffset, 0);
        if (tree.BuildsText)
            tree.SetText(node, $"[Malformed Packet: {shortName ?? columnName}]");
        tree.AddExpert(node, MalformedExpert, 0, 0, 0, "Malformed Packet (Exception occurred)");
        packet.Columns.Protocol = columnName;
        packet.Columns.Info.Append("[Malformed Packet]"); // show_reported_bounds_error: no separator
    }

    /// <summary>Marks a frame whose header was cut by the capture's snapshot length ("[Packet size limited during capture: TCP truncated]").</summary>
    public static void MarkCutBySnaplen(PacketContext packet, string? shortName = null)
    {
        if (packet.Malformed)
            return;
        packet.Malformed = true;
        var tree = packet.Tree;
        int node = tree.AddNode(-1, Short, 0, packet.ExceptionOffset, 0);
        if (tree.BuildsText && shortName is not null)
            tree.SetText(node, string.Concat("[Packet size limited during capture: ", shortName, " truncated]"));
        packet.Columns.Info.AppendSeparated(" ", "[Packet size limited during capture]");
    }

    /// <summary>Reports a header that does not fit in the bytes there are: short capture or malformed packet.</summary>
    public static void MarkTooShort(PacketContext packet, ProtocolDef protocol)
    {
        if (packet.Frame.CutBySnaplen)
            MarkCutBySnaplen(packet, protocol.ShortName);
        else
            MarkMalformed(packet, protocol);
    }

    /// <inheritdoc cref="MarkTooShort(PacketContext, ProtocolDef)"/>
    public static void MarkTooShort(PacketContext packet, string protocolShortName)
    {
        if (packet.Frame.CutBySnaplen)
            MarkCutBySnaplen(packet, protocolShortName);
        else
            MarkMalformed(packet, protocolShortName);
    }

    /// <summary>
    /// Starts a layer the way every header decoder does: names it in frame.protocols and the Protocol column, and
    /// adds its node covering <paramref name="headerLength"/> bytes (<paramref name="node"/>, -1 when the tree leaves
    /// it out). When fewer bytes remain, the node covers what there is, the frame is marked too short (snaplen cut
    /// or malformed) and the answer is false: stop decoding.
    /// </summary>
    public static bool TryBeginLayer(PacketContext packet, ProtocolDef protocol, string protocolsName, int offset, int available,
        int headerLength, out int node)
    {
        packet.AddProtocolName(protocolsName);
        packet.Columns.Protocol = protocol.ColumnName;
        if (available < headerLength)
        {
            node = packet.Tree.AddNode(-1, protocol, 0, offset, available);
            MarkTooShort(packet, protocol);
            return false;
        }
        node = packet.Tree.AddNode(-1, protocol, 0, offset, headerLength);
        return true;
    }

    /// <summary>Shows bytes no dissector claimed as Wireshark's "data" protocol; <paramref name="bytes"/> are those at <paramref name="offset"/> of <paramref name="source"/>.</summary>
    public static void AddData(PacketContext packet, int source, int offset, ReadOnlySpan<byte> bytes)
        => AddData(packet, -1, source, offset, bytes.Length);

    /// <summary>
    /// Wireshark's "data" protocol (call_data_dissector) over <paramref name="length"/> bytes at <paramref name="offset"/>
    /// of <paramref name="source"/>, under <paramref name="parent"/> (-1: a layer of its own): "Data (N bytes)", or
    /// "(1 byte)", with data.data and the generated data.len.
    /// </summary>
    public static void AddData(PacketContext packet, int parent, int source, int offset, int length)
    {
        var tree = packet.Tree;
        int node = tree.AddNode(parent, DataProtocol, source, offset, length);
        if (tree.BuildsText)
        {
            if (length == 1)
                tree.SetText(node, "Data (1 byte)");
            else
                tree.SetText(node, $"Data ({length} bytes)");
        }
        tree.AddBytesInPlace(node, Data, source, offset, length);
        tree.Add(node, DataLength, source, offset, 0, (ulong)length, NodeFlags.Generated);
        packet.AddProtocolName(DataProtocol.Abbrev);
    }

    /// <summary>What these protocols declare: their fields and expert items, for the field catalog.</summary>
    public static IReadOnlyList<ProtocolDeclaration> Declarations { get; } =
    [
        new(Malformed,
            [],
            [MalformedExpert, Frames.FrameFields.DissectorBug]),
        new(Short,
            []),
        new(DataProtocol,
            [Data, DataLength]),
    ];
}
