using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output.Coloring;

/// <summary>
/// Summary lines in their colouring rule's colours, as tshark --color writes them to a terminal: the SGR "direct
/// colour" sequences (38;2 and 48;2) before the line, then erase-to-end-of-line, the newline and a reset, so the
/// background runs to the terminal's edge and nothing leaks into the next line; one more reset at the end. Terminals
/// that do not announce 24-bit colour (COLORTERM=truecolor or 24bit, as tshark requires) get the nearest of the 256
/// xterm colours instead.
/// </summary>
public sealed class LineColoring(ColoringRules rules, bool trueColor)
{
    public const string Reset = "\u001b[0m";
    private const string EraseToEndOfLine = "\u001b[K";

    public ColoringRules Rules { get; } = rules;

    public bool TrueColor { get; } = trueColor;

    /// <summary>Whether anything was coloured (the output then ends with a reset).</summary>
    public bool Used { get; private set; }

    /// <summary>Appends <paramref name="line"/> (without its newline) in the frame's colours, or plain when no rule selects it.</summary>
    public void AppendLine(StringBuilder output, FieldTree tree, StringBuilder line)
    {
        var rule = Rules.Match(tree);
        if (rule is null)
        {
            output.Append(line).Append('\n');
            return;
        }
        Used = true;
        AppendColor(output, 38, rule.Foreground);
        AppendColor(output, 48, rule.Background);
        output.Append(line).Append(EraseToEndOfLine).Append('\n').Append(Reset);
    }

    private void AppendColor(StringBuilder output, int layer, int rgb)
    {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        output.Append("\u001b[").Append(layer.ToString(CultureInfo.InvariantCulture));
        if (TrueColor)
            output.Append(";2;").Append(r.ToString(CultureInfo.InvariantCulture)).Append(';').Append(g.ToString(CultureInfo.InvariantCulture))
                .Append(';').Append(b.ToString(CultureInfo.InvariantCulture));
        else
            output.Append(";5;").Append(Xterm256(r, g, b).ToString(CultureInfo.InvariantCulture));
        output.Append('m');
    }

    /// <summary>The nearest xterm-256 colour: the 6×6×6 cube or the grey ramp, whichever is closer.</summary>
    public static int Xterm256(int r, int g, int b)
    {
        static int CubeIndex(int v) => v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
        static int CubeValue(int i) => i == 0 ? 0 : 55 + 40 * i;
        int ri = CubeIndex(r), gi = CubeIndex(g), bi = CubeIndex(b);
        int cube = 16 + 36 * ri + 6 * gi + bi;
        int cubeDistance = Square(CubeValue(ri) - r) + Square(CubeValue(gi) - g) + Square(CubeValue(bi) - b);
        int average = (r + g + b) / 3;
        int greyIndex = average > 238 ? 23 : Math.Max(0, (average - 3) / 10);
        int grey = 8 + 10 * greyIndex;
        int greyDistance = Square(grey - r) + Square(grey - g) + Square(grey - b);
        return greyDistance < cubeDistance ? 232 + greyIndex : cube;
    }

    private static int Square(int v) => v * v;

    /// <summary>
    /// Whether to colour: only when standard output is a terminal, never with NO_COLOR set (any value, no-color.org)
    /// or on a "dumb" terminal; by default and with --color alike.
    /// </summary>
    public static bool Wanted(bool outputIsTerminal)
    {
        if (!outputIsTerminal)
            return false;
        if (Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 })
            return false;
        return Environment.GetEnvironmentVariable("TERM") is not "dumb";
    }

    /// <summary>tshark's test for 24-bit colour: COLORTERM is "truecolor" or "24bit".</summary>
    public static bool TerminalHasTrueColor() => Environment.GetEnvironmentVariable("COLORTERM") is "truecolor" or "24bit";
}
