using System.CommandLine;

namespace Sniffer.Commands;

/// <summary>The root command: wiring of every sub-command, nothing else.</summary>
internal static class SnifferCli
{
    public static int Run(string[] args)
    {
        var root = CreateRoot();
        var parse = root.Parse(TsharkInvocation.Rewrite(args));
        if (parse.Errors.Count > 0)
            return UsageError.Report(parse);
        return InvokeGuarded(parse, Console.Error);
    }

    /// <summary>Every command and option, as the program parses them (the CLI sweep test enumerates them from here).</summary>
    internal static RootCommand CreateRoot()
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
        RefuseEmptyFileNames(root);
        return root;
    }

    /// <summary>
    /// Every option that names a file (its help name says FILE, OUTFILE or DIR) refuses the empty word in one line, as
    /// tshark does ("The path to the file "" doesn't exist."), instead of failing later where the path is opened.
    /// </summary>
    private static readonly HashSet<Option> EmptyNameChecked = new(ReferenceEqualityComparer.Instance);

    private static void RefuseEmptyFileNames(Command command)
    {
        foreach (var option in command.Options)
        {
            // Options are shared between commands and live as long as the process: each gets the check once.
            bool first;
            lock (EmptyNameChecked)
                first = EmptyNameChecked.Add(option);
            if (first && option.HelpName is "FILE" or "OUTFILE" or "DIR" && option.ValueType != typeof(bool))
            {
                option.Validators.Add(r =>
                {
                    if (r.Tokens.Any(t => t.Value.Length == 0))
                        r.AddError($"{r.Option.Name} takes a file name, not an empty word.");
                });
            }
        }
        foreach (var sub in command.Subcommands)
            RefuseEmptyFileNames(sub);
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
        catch (Pipeline.OutputClosedException)
        {
            return Pipeline.OutputClosedException.ExitCode;
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
