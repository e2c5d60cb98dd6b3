using System.Buffers.Binary;
using Sniffer.Files.Compression;

namespace Sniffer.Files;

/// <summary>
/// Opens a capture file and picks the reader from its magic number, never from its name. A gzip, zstd or
/// LZ4 compressed capture (from a file or standard input) is decompressed as it is read, as tshark reads .gz.
/// <para>
/// Opening does not throw for anything the input contains or lacks: a missing or unreadable file, an
/// empty input or an unknown magic number give a reader with <see cref="CaptureFormat.Unknown"/>, no
/// frames and <see cref="ICaptureReader.Error"/> set. A command therefore has one path: read frames
/// while <c>TryReadNext</c> is true, then print <c>Error</c> if it is set.
/// </para>
/// </summary>
public static class CaptureFileReader
{
    /// <summary>The path that means standard input, as in <c>-r -</c>.</summary>
    public const string StandardInputPath = "-";

    public const string StandardInputName = "standard input";

    private const int MagicLength = 4;
    private const int FileBufferSize = 64 * 1024;

    /// <summary>Opens <paramref name="path"/> ("-" for standard input) for streaming, read-only, allowing a writer to keep appending.</summary>
    public static ICaptureReader Open(string path) => Open(path, out _);

    /// <summary>As <see cref="Open(string)"/>; <paramref name="file"/> is the file read (null for standard input or a failure), for progress.</summary>
    public static ICaptureReader Open(string path, out FileStream? file)
    {
        file = null;
        if (path == StandardInputPath)
            return Open(new BufferedStream(Console.OpenStandardInput(), FileBufferSize), StandardInputName);
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileBufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Worded as tshark words them (cfile_open_failure_message), not as .NET's exception repeats the path.
            string why = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the file doesn't exist",
                UnauthorizedAccessException when Directory.Exists(path) => "it is a directory (folder), not a file",
                UnauthorizedAccessException => "you don't have permission to read it",
                _ => e.Message,
            };
            return new FailedCaptureReader(new CaptureFileError(path, 0, CaptureFileReasons.CannotOpen(why)), null);
        }
        return Open(file, path);
    }

    /// <summary>
    /// Reads from <paramref name="stream"/> front to back (it is never seeked, so pipes work). The reader
    /// owns the stream and disposes it. <paramref name="displayName"/> is the name errors give.
    /// </summary>
    public static ICaptureReader Open(Stream stream, string displayName)
    {
        // Look at the first bytes once: a compressed capture is decoded on the fly, anything else goes on as read.
        byte[] head = new byte[CaptureCompression.MagicLength];
        int headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var compression = CaptureCompression.Detect(head.AsSpan(0, headLength));
        CaptureInput input;
        if (compression == CompressionFormat.None)
        {
            input = new CaptureInput(stream, ownsStream: true);
            input.Preload(head.AsSpan(0, headLength));
            input.Fill(headLength, MagicLength - headLength);
        }
        else
        {
            input = new CaptureInput(CaptureCompression.Decompress(new PrefixedReadStream(head[..headLength], stream), compression), ownsStream: true);
            input.Fill(0, MagicLength);
        }
        int got = (int)input.Offset;
        if (got == 0)
            return new FailedCaptureReader(new CaptureFileError(displayName, 0, input.Explain(CaptureFileReasons.Empty())), input);
        if (got < MagicLength)
            return new FailedCaptureReader(new CaptureFileError(displayName, 0, input.Explain(CaptureFileReasons.TooShortForMagic(got))), input);

        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(input.Buffer);
        if (magic == (uint)PcapngBlockType.SectionHeader)
            return new PcapngReader(input, displayName, MagicLength);
        if (IsPcapMagic(magic) || IsPcapMagic(BinaryPrimitives.ReverseEndianness(magic)))
            return new PcapReader(input, displayName, MagicLength);
        uint asWritten = BinaryPrimitives.ReadUInt32BigEndian(input.Buffer);
        return new FailedCaptureReader(new CaptureFileError(displayName, 0, CaptureFileReasons.UnknownMagic(asWritten)), input);
    }

    private static bool IsPcapMagic(uint magic) => magic is PcapLayout.MicrosecondMagic or PcapLayout.NanosecondMagic;
}
