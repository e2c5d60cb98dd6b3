using System.CommandLine;
using Sniffer.Lab;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>Runs <see cref="DemoScenario"/>, then hands the result to <see cref="DemoReport"/>.</summary>
internal static class DemoCommand
{
    public static int Run(ParseResult parse)
    {
        var log = parse.GetValue(DemoCommandDefinition.Verbose) ? new LabLog(Console.Error) : LabLog.None;
        var result = DemoScenario.Run(parse.GetValue(DemoCommandDefinition.OutputDirectory)!, log);
        if (!result.Succeeded)
        {
            ConsoleOutput.Error("demo: " + result.Error);
            return 1;
        }
        if (!result.RepliesAsExpected)
            ConsoleOutput.Warning("demo: some lab replies were not the expected ones (run with -v to see them)");
        using var output = ConsoleOutput.OpenStandardOutput();
        return DemoReport.Print(result, output);
    }
}
