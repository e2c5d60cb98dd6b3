using System.Globalization;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// Fills the _ws.col.* fields with the columns as the summary line writes them: number, time in the -t/-u format,
/// addresses (by name with -N), protocol, length and Info.
/// </summary>
public sealed class ColumnFieldsCompletion(TimeColumnFormat? time = null, NameResolver? names = null) : ITreeCompletion
{
    private readonly TimeColumnFormat _time = time ?? new TimeColumnFormat();
    private readonly NameResolver _names = names ?? NameResolver.None;
    private readonly char[] _text = new char[96];

    public IReadOnlyCollection<FieldDef> Provides => ColumnFields.All;

    /// <summary>The columns; the delta times read the frame's delta fields, which the tree then keeps.</summary>
    public TapNeeds NeedsFor(IReadOnlySet<FieldDef> requested) => TapNeeds.Columns;

    /// <summary>The fields the Time column reads (frame.time_delta for -t d), for the tree to keep.</summary>
    public IReadOnlyCollection<FieldDef> Reads => _time.Field is { } delta ? [delta] : [];

    public void Complete(PacketContext packet)
    {
        var tree = packet.Tree;
        var frame = packet.Frame;
        const NodeFlags flags = NodeFlags.Hidden | NodeFlags.Generated;
        Span<char> text = _text;
        if (tree.Wants(ColumnFields.Number))
        {
            frame.Number.TryFormat(text, out int n, default, CultureInfo.InvariantCulture);
            tree.AddString(-1, ColumnFields.Number, 0, 0, 0, text[..n], flags);
        }
        if (tree.Wants(ColumnFields.Time))
            tree.AddString(-1, ColumnFields.Time, 0, 0, 0, text[.._time.Format(packet, text)], flags);
        var columns = packet.Columns;
        if (tree.Wants(ColumnFields.Source))
        {
            string note = columns.SourceNote;
            int n = columns.SourceAbsent ? 0 : Address(columns.AddressKind, columns.Source, text);
            note.CopyTo(text[n..]);
            tree.AddString(-1, ColumnFields.Source, 0, 0, 0, text[..(n + (columns.SourceAbsent ? 0 : note.Length))], flags);
        }
        if (tree.Wants(ColumnFields.Destination))
        {
            string note = columns.DestinationNote;
            int n = Address(columns.AddressKind, columns.Destination, text);
            note.CopyTo(text[n..]);
            tree.AddString(-1, ColumnFields.Destination, 0, 0, 0, text[..(n + note.Length)], flags);
        }
        if (tree.Wants(ColumnFields.ProtocolColumn))
            tree.AddString(-1, ColumnFields.ProtocolColumn, 0, 0, 0, columns.Protocol, flags);
        if (tree.Wants(ColumnFields.Length))
        {
            frame.OriginalLength.TryFormat(text, out int n, default, CultureInfo.InvariantCulture);
            tree.AddString(-1, ColumnFields.Length, 0, 0, 0, text[..n], flags);
        }
        if (tree.Wants(ColumnFields.Info))
            tree.AddString(-1, ColumnFields.Info, 0, 0, 0, columns.Info.Text, flags);
    }

    private int Address(AddressKind kind, ReadOnlySpan<byte> address, Span<char> text)
    {
        if (_names.ResolvesAddresses && _names.AddressName(kind, address) is { } name)
        {
            int length = Math.Min(name.Length, 64);
            name.AsSpan(0, length).CopyTo(text);
            return length;
        }
        return kind switch
        {
            AddressKind.Ipv4 => AddressFormatter.FormatIpv4(address, text),
            AddressKind.Ipv6 => AddressFormatter.FormatIpv6(address, text),
            AddressKind.Ether => AddressFormatter.FormatEther(address, text),
            _ => 0,
        };
    }
}
