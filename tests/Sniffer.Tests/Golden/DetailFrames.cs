using System.Text.Json;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Splits -V, JSON, EK, PDML and PSML output into one block of lines per frame, each with the frame's protocol list
/// (frame.protocols), so the detail golden tests compare frame by frame and can name the frames whose layers Sniffer
/// does not yet write as tshark does (<see cref="DetailGoldenTests.DetailsNotYet"/>).
/// </summary>
internal static class DetailFrames
{
    internal sealed record Block(string[] Lines, string[] Protocols);

    private static string[] Split(string protocols) => protocols.Split(':', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>-V: a frame starts at a "Frame N: …" line at the margin; its protocols are in "[Protocols in frame: …]".</summary>
    public static List<Block> Text(string output)
    {
        var blocks = new List<Block>();
        List<string>? current = null;
        foreach (var line in GoldenComparison.Lines(output))
        {
            if (line.StartsWith("Frame ", StringComparison.Ordinal))
            {
                if (current is not null)
                    blocks.Add(TextBlock(current));
                current = [];
            }
            current?.Add(line);
        }
        if (current is not null)
            blocks.Add(TextBlock(current));
        return blocks;
    }

    private static Block TextBlock(List<string> lines)
    {
        const string Marker = "[Protocols in frame: ";
        var p = lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        return new Block([.. lines], p is null ? [] : Split(p[Marker.Length..^1]));
    }

    /// <summary>-T json: one array element per frame; protocols from _source.layers.frame["frame.protocols"].</summary>
    public static List<Block> Json(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateArray().Select(packet =>
        {
            var frame = packet.GetProperty("_source").GetProperty("layers").GetProperty("frame");
            string protocols = frame.TryGetProperty("frame.protocols", out var p) ? p.GetString() ?? "" : "";
            return new Block(GoldenComparison.Lines(packet.GetRawText()), Split(protocols));
        }).ToList();
    }

    /// <summary>-T ek: an index line and a document line per frame; protocols from layers.frame.frame_frame_protocols.</summary>
    public static List<Block> Ek(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var blocks = new List<Block>();
        for (int i = 0; i + 1 < lines.Length; i += 2)
        {
            using var doc = JsonDocument.Parse(lines[i + 1]);
            string protocols = doc.RootElement.GetProperty("layers").TryGetProperty("frame", out var frame)
                && frame.TryGetProperty("frame_frame_protocols", out var p) ? p.GetString() ?? "" : "";
            blocks.Add(new Block([lines[i], lines[i + 1]], Split(protocols)));
        }
        return blocks;
    }

    /// <summary>PDML and PSML: a frame is the lines from "&lt;packet&gt;" to "&lt;/packet&gt;"; PSML borrows PDML's protocol lists.</summary>
    public static List<Block> Xml(IReadOnlyList<string> lines, IReadOnlyList<Block>? protocolsFrom = null)
    {
        var blocks = new List<Block>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.Trim() == "<packet>")
                current = [];
            if (current is null)
                continue;
            current.Add(line);
            if (line.Trim() == "</packet>")
            {
                string[] protocols = protocolsFrom is not null && blocks.Count < protocolsFrom.Count ? protocolsFrom[blocks.Count].Protocols
                    : current.Select(ProtocolsAttribute).FirstOrDefault(p => p is not null) is { } found ? Split(found) : [];
                blocks.Add(new Block([.. current], protocols));
                current = null;
            }
        }
        return blocks;
    }

    private static string? ProtocolsAttribute(string line)
    {
        const string Field = "<field name=\"frame.protocols\"";
        int at = line.IndexOf(Field, StringComparison.Ordinal);
        if (at < 0)
            return null;
        int show = line.IndexOf(" show=\"", at, StringComparison.Ordinal);
        if (show < 0)
            return null;
        show += 7;
        int end = line.IndexOf('"', show);
        return end < 0 ? null : line[show..end];
    }
}
