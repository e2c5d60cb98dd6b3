using Sniffer.Files.Compression;

namespace Sniffer.Files;

/// <summary>
/// Opens the file a command writes a capture to: standard output for "-", else a file, compressed when its
/// name ends in .gz, .zst or .lz4. It refuses to write over an input (the same file by device and inode,
/// also through a symlink or a hard link) before anything is truncated. A file that will hold secrets is
/// created readable by its owner only (0600, as dumpcap creates its files); one that turns out to hold
/// them later (a copy of a file with Decryption Secrets Blocks) is made so before the first secret is written.
/// </summary>
public static class CaptureOutputFile
{
    public const string StandardOutputPath = "-";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The one-line refusal when <paramref name="output"/> is one of <paramref name="inputs"/>, else null.</summary>
    public static string? OverwriteProblem(string output, IEnumerable<string> inputs)
    {
        if (output == StandardOutputPath || !File.Exists(output))
            return null;
        foreach (string input in inputs)
        {
            if (input != CaptureFileReader.StandardInputPath && File.Exists(input) && FileIdentity.SameFile(input, output))
                return $"The output file \"{output}\" is the input file \"{input}\"; writing it would destroy what is being read (nothing was written)";
        }
        return null;
    }

    /// <summary>
    /// Opens <paramref name="path"/> for writing (unbuffered, so blocks reach the file whole), compressing by
    /// its name. Throws IOException or UnauthorizedAccessException when it cannot be created.
    /// </summary>
    public static Stream Open(string path, bool holdsSecrets)
    {
        if (path == StandardOutputPath)
            return Pipeline.ConsoleOutput.StandardOutputStream();
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.Read,
            BufferSize = 0,
        };
        if (holdsSecrets && !OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        var file = new FileStream(path, options);
        if (holdsSecrets)
            RestrictToOwner(path);
        var compression = CompressionText.ForFileName(path);
        return compression == CompressionFormat.None ? file : CaptureCompression.Compress(file, compression);
    }

    /// <summary>Makes an existing file readable and writable by its owner only (0600); nothing on Windows or for standard output.</summary>
    public static void RestrictToOwner(string path)
    {
        if (path == StandardOutputPath || OperatingSystem.IsWindows())
            return;
        File.SetUnixFileMode(path, OwnerOnly);
    }
}
