using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Http;

/// <summary>
/// tshark's -T fields output for a capture, one row per frame: every occurrence of a field joined by
/// <see cref="Aggregator"/>, as <c>-E occurrence=a -E aggregator=|</c> prints it.
/// </summary>
public sealed class TsharkFieldTable
{
    public const char Aggregator = '|';

    private readonly Dictionary<long, string[]> _rows = new();
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private TsharkFieldTable()
    {
    }

    public IEnumerable<long> Frames => _rows.Keys;

    public string this[long frame, string field]
        => _rows.TryGetValue(frame, out var row) && _columns.TryGetValue(field, out int c) && c < row.Length ? row[c] : "";

    public static TsharkFieldTable Read(string capture, IReadOnlyList<string> fields)
    {
        var args = new List<string> { "-n", "-r", capture, "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a",
            "-E", $"aggregator={Aggregator}", "-E", "quote=n", "-e", "frame.number" };
        foreach (var f in fields)
        {
            args.Add("-e");
            args.Add(f);
        }
        var result = ExternalTools.Tshark([.. args]);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"tshark failed ({result.ExitCode}): {result.StdErr}");
        var table = new TsharkFieldTable();
        for (int i = 0; i < fields.Count; i++)
            table._columns[fields[i]] = i;
        foreach (var line in result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (long.TryParse(cells[0], out long frame))
                table._rows[frame] = cells[1..];
        }
        return table;
    }
}
