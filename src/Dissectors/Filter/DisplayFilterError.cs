namespace Sniffer.Dissectors.Filter;

/// <summary>
/// Why a display filter was refused, as tshark 4.0 reports it: the message, the filter text (after macro
/// expansion) and the part to underline, and the exit code tshark ends with.
/// </summary>
public sealed class DisplayFilterError
{
    internal DisplayFilterError(string message, string text, int start, int length)
    {
        Message = message;
        Text = text;
        Start = start;
        Length = length;
    }

    /// <summary>tshark's message, e.g. <c>"tcp.prot" is neither a field nor a protocol name.</c> (4.0 words it without quotes).</summary>
    public string Message { get; }

    /// <summary>The filter as compiled: the text given, with display-filter macros expanded.</summary>
    public string Text { get; }

    /// <summary>Where the offending part starts, in bytes of the UTF-8 text (as tshark counts); -1 when tshark shows no place.</summary>
    public int Start { get; }

    /// <summary>How many bytes the offending part spans (0: a point, shown as a lone caret).</summary>
    public int Length { get; }

    /// <summary>tshark's exit code for a filter it cannot compile (2, for -Y and -R alike).</summary>
    public int ExitCode => 2;

    /// <summary>
    /// The lines tshark prints on standard error: "PROGRAM: message", then, when there is a place to show, the
    /// filter and a caret line under the offending part, each indented by four spaces.
    /// </summary>
    public IReadOnlyList<string> Lines(string program)
    {
        var lines = new List<string> { $"{program}: {Message}" };
        if (Start >= 0)
        {
            lines.Add("    " + Text);
            lines.Add("    " + new string(' ', Start) + "^" + new string('~', Math.Max(0, Length - 1)));
        }
        return lines;
    }

    public override string ToString() => Message;
}
