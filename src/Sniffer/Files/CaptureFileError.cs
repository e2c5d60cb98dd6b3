namespace Sniffer.Files;

/// <summary>
/// Why a capture file stopped being readable: the file's display name, the byte offset of the block or
/// record that failed, and a reason that already names the offset ("… at 0x1F40").
/// </summary>
public sealed record CaptureFileError(string File, long Offset, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}
