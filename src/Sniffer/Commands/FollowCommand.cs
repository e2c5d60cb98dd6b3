using System.CommandLine;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

internal static class FollowCommand
{
    public static int Run(ParseResult parse)
    {
        string mode = parse.GetValue(FollowCommandDefinition.Hex) ? "hex" : parse.GetValue(FollowCommandDefinition.Raw) ? "raw"
            : parse.GetValue(FollowCommandDefinition.Yaml) ? "yaml" : "ascii";
        string protocol = parse.GetValue(FollowCommandDefinition.Protocol)!;
        var settings = new ReadSettings
        {
            File = parse.GetValue(ReadCommandDefinition.ReadFile)!,
            KeyLogFile = parse.GetValue(ReadCommandDefinition.KeyLog),
            Quiet = true,
            Statistics = [$"follow,{protocol},{mode},{parse.GetValue(FollowCommandDefinition.Stream)}"],
        };
        using var output = ConsoleOutput.OpenStandardOutput();
        return ReadPipeline.Run(settings, output);
    }
}
