namespace Sniffer.Capture;

/// <summary>A failure with the words a user reads (possibly several lines) and what it was, for code to test.</summary>
public sealed record CaptureError(CaptureErrorKind Kind, string Message)
{
    public static readonly CaptureError None = new(CaptureErrorKind.None, "");
}
