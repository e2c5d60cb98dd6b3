using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Files;

/// <summary>
/// mergecap 4.0's test for "the same interface" in two files (merge.c, is_duplicate_idb): same link type,
/// time units and snapshot length; if_speed, if_tsresol, the first comment, if_name, if_description and
/// if_os equal when both have them; filters and statistics not compared. Its if_fcslen test is inverted
/// (equal lengths make two interfaces different) and is kept so, since the output must match mergecap's.
/// </summary>
internal static class InterfaceMatch
{
    public static bool AreDuplicates(PcapngInterface a, PcapngInterface b)
    {
        if (a.LinkType != b.LinkType || a.SnapLength != b.SnapLength)
            return false;
        var aOptions = a.Options ?? [];
        var bOptions = b.Options ?? [];
        if (Resolution(aOptions) != Resolution(bOptions))
            return false;
        if (First(aOptions, Layout.InterfaceDescription.FcsLength) is { } fa && First(bOptions, Layout.InterfaceDescription.FcsLength) is { } fb
            && fa.Span.SequenceEqual(fb.Span))
            return false;
        ReadOnlySpan<ushort> compared =
        [
            Layout.InterfaceDescription.Speed, Layout.InterfaceDescription.TimestampResolution, Layout.Option.Comment,
            Layout.InterfaceDescription.Name, Layout.InterfaceDescription.Description, Layout.InterfaceDescription.OperatingSystem,
        ];
        foreach (ushort code in compared)
        {
            if (First(aOptions, code) is { } va && First(bOptions, code) is { } vb && !va.Span.SequenceEqual(vb.Span))
                return false;
        }
        return true;
    }

    /// <summary>Units per second, as if_tsresol says (10^6 without it).</summary>
    private static byte Resolution(IReadOnlyList<PcapngOption> options) =>
        First(options, Layout.InterfaceDescription.TimestampResolution) is { Length: 1 } r ? r.Span[0] : Layout.InterfaceDescription.DefaultResolution;

    private static ReadOnlyMemory<byte>? First(IReadOnlyList<PcapngOption> options, ushort code)
    {
        foreach (var option in options)
            if (option.Code == code)
                return option.Value;
        return null;
    }
}
