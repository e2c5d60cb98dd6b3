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
        root.Subcommands.Add(AnalyzeCommandDefinition.Create());
        GlossaryCommandDefinition.AddTo(root);
        root.Subcommands.Add(ExportLuaCommandDefinition.Create());
        var parse = root.Parse(TsharkInvocation.Rewrite(args));
        if (parse.Errors.Count > 0)
            return UsageError.Report(parse);
        return InvokeGuarded(parse, Console.Error);
    }

    /// <summary>
    /// Runs the command with System.CommandLine's own handler off, so that nothing escapes as a stack trace: running out
    /// of memory (a hostile file past every bound, or a machine short of it) and any fault left are one line on
    /// standard error and exit code 2, as a broken file is.
    /// </summary>
    internal static int InvokeGuarded(ParseResult parse, TextWriter error)
    {
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OutOfMemoryException)
        {
            error.Write("sniffer: out of memory; --max-connections and --reassembly-total bound what a capture may hold\n");
            return 2;
        }
        catch (Exception e)
        {
            error.Write($"sniffer: internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}\n");
            return 2;
        }
    }
}
