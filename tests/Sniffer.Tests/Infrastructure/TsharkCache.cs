using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Sniffer.Tests.Infrastructure;

/// <summary>
/// tshark's answers, kept on disk by what determines them: tshark's version line, the arguments, and the bytes of
/// every file an argument names (a path, or the part after "name:" as in <c>tls.keylog_file:F</c> or
/// <c>lua_script:F</c>). Starting tshark is most of what the golden tests cost; with this each capture+arguments
/// pair runs tshark once per machine and tshark version. The cache lives in the temporary folder
/// (<c>SNIFFER_TSHARK_CACHE</c> overrides it; <c>SNIFFER_TSHARK_CACHE=off</c> turns it off), so CI on a fresh clone
/// still asks the live tshark, once per distinct question.
/// </summary>
public static class TsharkCache
{
    private static readonly ConcurrentDictionary<string, Lazy<ExternalTools.Result>> InProcess = new(StringComparer.Ordinal);
    private static readonly Lazy<string> Version = new(() =>
    {
        var r = ExternalTools.Run("tshark", ["--version"]);
        return r.StdOut.Split('\n')[0].Trim();
    });

    private static string? Directory
    {
        get
        {
            string? setting = Environment.GetEnvironmentVariable("SNIFFER_TSHARK_CACHE");
            if (setting == "off")
                return null;
            return string.IsNullOrEmpty(setting) ? Path.Combine(Path.GetTempPath(), "sniffer-tshark-cache") : setting;
        }
    }

    public static ExternalTools.Result GetOrRun(IReadOnlyList<string> args, Func<ExternalTools.Result> run)
    {
        string? dir = Directory;
        if (dir is null)
            return run();
        string key = KeyOf(args);
        return InProcess.GetOrAdd(key, k => new Lazy<ExternalTools.Result>(() => LoadOrRun(dir, k, run))).Value;
    }

    /// <summary>The cache key: SHA-256 over the tshark version, each argument, and the content of each file it names.</summary>
    public static string KeyOf(IReadOnlyList<string> args)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }
        Add(Version.Value);
        // Absolute times (-V, JSON, PDML, -t ad) print in the local zone, which tshark takes from the test process.
        Add(TimeZoneInfo.Local.Id);
        foreach (var arg in args)
        {
            Add(arg);
            foreach (var path in NamedFiles(arg))
                Add(FileDigest(path));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> NamedFiles(string arg)
    {
        if (arg.Length > 0 && File.Exists(arg))
            yield return arg;
        int colon = arg.IndexOf(':');
        while (colon >= 0 && colon + 1 < arg.Length)
        {
            string rest = arg[(colon + 1)..];
            if (File.Exists(rest))
            {
                yield return rest;
                yield break;
            }
            colon = arg.IndexOf(':', colon + 1);
        }
    }

    private static readonly ConcurrentDictionary<string, (DateTime, long, string)> Digests = new(StringComparer.Ordinal);

    private static string FileDigest(string path)
    {
        var info = new FileInfo(path);
        if (Digests.TryGetValue(path, out var known) && known.Item1 == info.LastWriteTimeUtc && known.Item2 == info.Length)
            return known.Item3;
        using var stream = File.OpenRead(path);
        string digest = Convert.ToHexStringLower(SHA256.HashData(stream));
        Digests[path] = (info.LastWriteTimeUtc, info.Length, digest);
        return digest;
    }

    private static ExternalTools.Result LoadOrRun(string dir, string key, Func<ExternalTools.Result> run)
    {
        string path = Path.Combine(dir, key[..2], key + ".txt");
        if (TryLoad(path, out var cached))
            return cached;
        var result = run();
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temporary = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
            using (var w = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                w.Write(result.ExitCode);
                w.Write(result.StdOut);
                w.Write(result.StdErr);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException)
        {
            // A cache that cannot be written is only slower.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return result;
    }

    private static bool TryLoad(string path, out ExternalTools.Result result)
    {
        result = default!;
        try
        {
            if (!File.Exists(path))
                return false;
            using var r = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            result = new ExternalTools.Result(r.ReadInt32(), r.ReadString(), r.ReadString());
            return true;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
