using Sniffer.Files;

namespace Sniffer.Tests.Files;

/// <summary>Reads a whole capture into memory for a test; the reader is returned (disposed) for its metadata.</summary>
internal static class CaptureReading
{
    public sealed record Result(ICaptureReader Reader, List<ReadFrame> Frames)
    {
        public CaptureFileError? Error => Reader.Error;
    }

    public static Result ReadAll(byte[] bytes, string name = "test.pcapng") =>
        ReadAll(CaptureFileReader.Open(new MemoryStream(bytes, writable: false), name));

    public static Result ReadAll(ICaptureReader reader)
    {
        var frames = new List<ReadFrame>();
        using (reader)
        {
            while (reader.TryReadNext(out var frame))
                frames.Add(ReadFrame.CopyOf(frame));
        }
        return new Result(reader, frames);
    }
}
