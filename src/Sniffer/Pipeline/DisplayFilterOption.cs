using Sniffer.Capture;
using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Pipeline;

/// <summary>
/// -Y FILTER: compiles the display filter before anything is read. A filter tshark would refuse is refused with
/// tshark's lines on standard error (the message, the filter and a caret under the offending part, and the note
/// tshark adds when the text is a capture filter instead) and tshark's exit code.
/// </summary>
public static class DisplayFilterOption
{
    public const string CaptureFilterNote = "  Note: That read filter code looks like a valid capture filter;\n        maybe you mixed them up?";

    /// <summary>The compiled filter (null for none or an empty one), or the exit code when it is refused.</summary>
    public static int? Compile(string? text, out IFrameFilter? filter)
    {
        filter = null;
        if (string.IsNullOrEmpty(text))
            return null;
        var result = DisplayFilter.Compile(text, FieldCatalog.Shared);
        if (result.Succeeded)
        {
            if (!result.Filter.IsEmpty)
                filter = result.Filter;
            return null;
        }
        var lines = result.Error.Lines("sniffer");
        foreach (var line in lines)
            Console.Error.Write(line + "\n");
        if (CaptureFilterCheck.IsValidCaptureFilter(text))
            Console.Error.Write(CaptureFilterNote + "\n");
        return result.Error.ExitCode;
    }
}
