using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>Compares tab-separated outputs line by line and names the first frame and field that differ.</summary>
internal static class GoldenComparison
{
    /// <summary>`-T fields -E header=y` of <paramref name="fields"/> on <paramref name="file"/>, Sniffer's against live tshark's (both with -n).</summary>
    public static void AssertFieldsMatchTshark(string file, IReadOnlyList<string> fields)
    {
        var args = new List<string> { "-n", "-r", file, "-T", "fields", "-E", "header=y" };
        foreach (var f in fields)
            args.AddRange(["-e", f]);
        var expected = ExternalTools.Tshark([.. args]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, fields);
        Assert.Equal(0, code);
        AssertSameFields(expected.StdOut, actual, file);
    }

    public static void AssertSameFields(string expected, string actual, string file)
    {
        var e = Lines(expected);
        var a = Lines(actual);
        var header = e.Length > 0 ? e[0].Split('\t') : [];
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] == a[i])
                continue;
            var ev = e[i].Split('\t');
            var av = a[i].Split('\t');
            for (int c = 0; c < Math.Max(ev.Length, av.Length); c++)
            {
                string x = c < ev.Length ? ev[c] : "<missing>", y = c < av.Length ? av[c] : "<missing>";
                if (x != y)
                    Assert.Fail($"{Path.GetFileName(file)}: line {i} (frame {ev[0]}), field {(c < header.Length ? header[c] : c.ToString())}: tshark \"{x}\", sniffer \"{y}\"");
            }
        }
        Assert.True(e.Length == a.Length, $"{Path.GetFileName(file)}: tshark printed {e.Length} lines, sniffer {a.Length}");
    }

    public static void AssertSameLines(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string file, string what)
    {
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            Assert.True(expected[i] == actual[i], $"{Path.GetFileName(file)} {what}, line {i + 1}:\n tshark:  {expected[i]}\n sniffer: {actual[i]}");
        Assert.True(expected.Count == actual.Count, $"{Path.GetFileName(file)} {what}: tshark printed {expected.Count} lines, sniffer {actual.Count}");
    }

    public static string[] Lines(string text) => text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}
