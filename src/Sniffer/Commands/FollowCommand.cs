using System.CommandLine;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

internal static class FollowCommand
{
    public static int Run(ParseResult parse)
    {
        string mode = parse.GetValue(FollowCommandDefinition.Hex) ? "hex" : parse.GetValue(FollowCommandDefinition.Raw) ? "raw"
            : parse.GetValue(FollowCommandDefinition.Yaml) ? "yaml" : "ascii";
        var settings = new ReadSettings
        {
            File = parse.GetValue(ReadCommandDefinition.ReadFile)!,
            Quiet = true,
            Statistics = [$"follow,tcp,{mode},{parse.GetValue(FollowCommandDefinition.Stream)}"],
        };
        using var output = ConsoleOutput.OpenStandardOutput();
        return ReadPipeline.Run(settings, output);
    }
}
