using System.IO.Compression;
using System.Text;

namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// Every other field tshark 4.0 registers — of the protocols <see cref="TsharkNames"/> does not list (`wg.type`,
/// `smb2.cmd`, `kerberos.CNameString`) — with the type a filter gives it: a filter or -e naming one is accepted as
/// tshark accepts it, and matches nothing (prints empty) where Sniffer dissects nothing. Read only when a name is in
/// neither Sniffer's catalog nor the first list: two sorted, front-coded files written by scripts/gen-filter-names.py
/// ("&lt;shared prefix length&gt;\t&lt;rest of the name&gt;\t&lt;FT_ index&gt;[v|r|c]" per line: v, r, c mark an integer
/// with value names, range names or a custom formatter), each decompressed the first time a
/// name falls in its half and then scanned per name; answers are remembered.
/// </summary>
internal static class TsharkOtherFields
{
    private const int Parts = 2;
    private const string ResourcePrefix = "Sniffer.Dissectors.Filter.tshark-other-fields-";

    // FT_ names in the order of the generator's FT_ORDER (the index each line carries).
    private static readonly string[] FtOrder = ("NONE PROTOCOL BOOLEAN CHAR UINT8 UINT16 UINT24 UINT32 UINT40 UINT48 UINT56 "
        + "UINT64 INT8 INT16 INT24 INT32 INT40 INT48 INT56 INT64 IEEE_11073_SFLOAT IEEE_11073_FLOAT FLOAT DOUBLE "
        + "ABSOLUTE_TIME RELATIVE_TIME STRING STRINGZ UINT_STRING ETHER BYTES UINT_BYTES IPv4 IPv6 IPXNET FRAMENUM GUID "
        + "OID EUI64 AX25 VINES REL_OID SYSTEM_ID STRINGZPAD FCWWN STRINGZTRUNC").Split(' ');

    private static readonly byte[]?[] Texts = new byte[Parts][];
    private static readonly Dictionary<string, Entry?> Answers = new(StringComparer.Ordinal);

    private readonly record struct Entry(FtKind Kind, FieldStrings? Strings);
    private static readonly Lock Gate = new();

    /// <summary>
    /// The filter type of a field tshark 4.0 registers outside the first list, if it has that name, and for an integer
    /// with value names what a name in a filter meets: none listed ("cannot be found among the possible values"), or
    /// tshark's refusal of range and custom strings.
    /// </summary>
    public static bool TryGetType(string abbrev, out FtKind type, out FieldStrings? strings)
    {
        lock (Gate)
        {
            if (!Answers.TryGetValue(abbrev, out var known))
            {
                known = Find(abbrev);
                if (Answers.Count < 4096)
                    Answers[abbrev] = known;
            }
            type = known?.Kind ?? FtKind.None;
            strings = known?.Strings;
            return known is not null;
        }
    }

    private static Entry? Find(string abbrev)
    {
        if (abbrev.Length == 0 || abbrev.Length > 256)
            return null;
        Span<byte> name = stackalloc byte[Encoding.UTF8.GetMaxByteCount(abbrev.Length)];
        name = name[..Encoding.UTF8.GetBytes(abbrev, name)];
        // The parts are consecutive ranges of the sorted names: the name is in the last part whose first name is not
        // after it.
        for (int part = Parts - 1; part >= 0; part--)
        {
            var text = TextOf(part);
            if (text.Length == 0)
                continue;
            int firstEnd = text.AsSpan().IndexOf((byte)'\n');
            if (part > 0 && firstEnd > 0 && name.SequenceCompareTo(NameOfFirstLine(text.AsSpan(0, firstEnd))) < 0)
                continue;
            return Scan(text, name);
        }
        return null;
    }

    private static ReadOnlySpan<byte> NameOfFirstLine(ReadOnlySpan<byte> line)
    {
        // The first line of a part shares nothing with a line before it: "0\t<name>\t<type>".
        int tab = line.IndexOf((byte)'\t');
        var rest = line[(tab + 1)..];
        int end = rest.IndexOf((byte)'\t');
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>Rebuilds each front-coded name in turn until it reaches the one asked for or passes it.</summary>
    private static Entry? Scan(byte[] text, ReadOnlySpan<byte> wanted)
    {
        Span<byte> current = stackalloc byte[512];
        int currentLength = 0;
        var all = text.AsSpan();
        while (all.Length > 0)
        {
            int newline = all.IndexOf((byte)'\n');
            var line = newline < 0 ? all : all[..newline];
            all = newline < 0 ? default : all[(newline + 1)..];
            int tab1 = line.IndexOf((byte)'\t');
            if (tab1 <= 0)
                return null;
            int tab2 = line[(tab1 + 1)..].IndexOf((byte)'\t');
            if (tab2 < 0)
                return null;
            tab2 += tab1 + 1;
            if (!TryParseSmall(line[..tab1], out int shared) || shared > currentLength)
                return null;
            var rest = line[(tab1 + 1)..tab2];
            if (shared + rest.Length > current.Length)
                return null;
            rest.CopyTo(current[shared..]);
            currentLength = shared + rest.Length;
            int order = current[..currentLength].SequenceCompareTo(wanted);
            if (order > 0)
                return null;
            if (order == 0)
            {
                var type = line[(tab2 + 1)..];
                byte mark = type.Length > 0 && type[^1] is (byte)'v' or (byte)'r' or (byte)'c' ? type[^1] : (byte)0;
                if (mark != 0)
                    type = type[..^1];
                if (!TryParseSmall(type, out int index) || index >= FtOrder.Length || !FtInfo.TryParseName(FtOrder[index], out var kind))
                    return null;
                FieldStrings? strings = mark switch
                {
                    (byte)'v' => FieldStrings.FromValues(FieldStringsKind.Values, []),
                    (byte)'r' => FieldStrings.FromValues(FieldStringsKind.Ranges, []),
                    (byte)'c' => new FieldStrings(FieldStringsKind.Custom, null),
                    _ => null,
                };
                return new Entry(kind, strings);
            }
        }
        return null;
    }

    private static bool TryParseSmall(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.Length is 0 or > 4)
            return false;
        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
                return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    private static byte[] TextOf(int part)
    {
        if (Texts[part] is { } loaded)
            return loaded;
        byte[] text = [];
        using (var resource = typeof(TsharkOtherFields).Assembly.GetManifestResourceStream($"{ResourcePrefix}{part + 1}.txt.gz"))
        {
            if (resource is not null)
            {
                using var gzip = new GZipStream(resource, CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                gzip.CopyTo(buffer);
                text = buffer.ToArray();
            }
        }
        Texts[part] = text;
        return text;
    }
}
