using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Output;

namespace Sniffer.Tests.Decoding;

/// <summary>Dissects hand-made frames in order and reads field values back as tshark -T fields would print them.</summary>
internal sealed class DissectionHarness
{
    private readonly PacketDissector _dissector;
    private long _number;

    public DissectionHarness(DissectorRegistry? registry = null) => _dissector = new PacketDissector(registry ?? DefaultDissectors.CreateRegistry());

    public PacketDissector Dissector => _dissector;

    public PacketContext Dissect(byte[] bytes, LinkType link, long timeNs = 0, int? originalLength = null)
    {
        _number++;
        var frame = new Frame(_number, timeNs == 0 ? 1_000_000_000L * _number : timeNs, 9, 0, link, originalLength ?? bytes.Length, bytes);
        return _dissector.Dissect(frame);
    }

    /// <summary>All values of a field in the current tree, comma-joined as -T fields prints them; "" when absent.</summary>
    public static string Value(PacketContext packet, string abbrev)
    {
        var values = new List<string>();
        var tree = packet.Tree;
        for (int i = 0; i < tree.Count; i++)
            if (tree[i].Field.Abbrev == abbrev)
                values.Add(FieldValueFormatter.ToText(tree, tree[i]));
        return string.Join(",", values);
    }

    public static string Summary(PacketContext packet)
    {
        var w = new StringWriter();
        new SummaryPrinter().Write(packet, w);
        return w.ToString().TrimEnd('\n');
    }
}
