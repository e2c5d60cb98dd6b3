namespace Sniffer.Fuzz;

/// <summary>One starting input: a capture file's bytes and the key log beside it (NAME.keys), if any.</summary>
public sealed record Seed(string Name, byte[] Bytes, string? KeyLog)
{
    /// <summary>Every capture under the given folders (sample_captures, ../shared/corpus…), with its key log.</summary>
    public static List<Seed> FromFolders(IEnumerable<string> folders, int maxBytes = 4 << 20)
    {
        var seeds = new List<Seed>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
                continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                if (!(name.EndsWith(".pcap", StringComparison.Ordinal) || name.EndsWith(".pcapng", StringComparison.Ordinal)
                    || name.EndsWith(".cap", StringComparison.Ordinal) || name.EndsWith(".gz", StringComparison.Ordinal)))
                    continue;
                var info = new FileInfo(file);
                if (info.Length > maxBytes)
                    continue;
                string keys = Path.ChangeExtension(file.EndsWith(".gz", StringComparison.Ordinal) ? file[..^3] : file, ".keys");
                seeds.Add(new Seed(Path.GetRelativePath(folder, file), File.ReadAllBytes(file), File.Exists(keys) ? File.ReadAllText(keys) : null));
            }
        }
        return seeds;
    }
}
