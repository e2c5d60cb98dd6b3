using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Files;

/// <summary>A frame copied out of the reader's reused buffer, so a test can keep it.</summary>
internal sealed record ReadFrame(long Number, long Timestamp, int TimePrecisionDigits, int InterfaceId, LinkType Link,
    int OriginalLength, byte[] Data, string? Comment)
{
    public static ReadFrame CopyOf(in Frame f) =>
        new(f.Number, f.Timestamp, f.TimePrecisionDigits, f.InterfaceId, f.Link, f.OriginalLength, f.Data.ToArray(), f.Comment);
}
