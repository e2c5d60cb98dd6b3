using System.CommandLine;

namespace Sniffer.Commands;

/// <summary>The root command: wiring of every sub-command, nothing else.</summary>
internal static class SnifferCli
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Sniffer: capture and dissect packets the way Wireshark does");
        root.Subcommands.Add(ReadCommandDefinition.Create());
        root.Subcommands.Add(FollowCommandDefinition.Create());
        root.Subcommands.Add(InjectSecretsCommandDefinition.Create());
        root.Subcommands.Add(EditCommandDefinition.Create());
        root.Subcommands.Add(MergeCommandDefinition.Create());
        root.Subcommands.Add(InterfacesCommandDefinition.Create());
        root.Subcommands.Add(CaptureCommandDefinition.Create());
        root.Subcommands.Add(DoctorCommandDefinition.Create());
        root.Subcommands.Add(LabCommandDefinition.Create());
        root.Subcommands.Add(DemoCommandDefinition.Create());
        root.Subcommands.Add(FieldsCommandDefinition.Create());
        root.Subcommands.Add(ExportLuaCommandDefinition.Create());
        var parse = root.Parse(TsharkInvocation.Rewrite(args));
        return parse.Errors.Count > 0 ? UsageError.Report(parse) : parse.Invoke();
    }
}
