using System.CommandLine;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary><c>sniffer merge -w OUT [-a] [-F TYPE] IN…</c>: mergecap.</summary>
internal static class MergeCommandDefinition
{
    public static readonly Option<string> WriteFile = new("-w")
    {
        Description = "The file to write ('-' for standard output; .gz, .zst or .lz4 compress)",
        Required = true,
        HelpName = "OUTFILE",
    };

    public static readonly Option<bool> Concatenate = new("-a") { Description = "Concatenate the files instead of merging their packets by time" };
    public static readonly Option<string?> FileType = FileTypeOption.Create();
    public static readonly Argument<string[]> Inputs = new("infile")
    {
        Description = "Captures to merge (pcapng or pcap, compressed or not)",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Command Create()
    {
        var command = new Command("merge", "Merge captures into one file, in time order (or one after another with -a), as mergecap does")
        {
            WriteFile, Concatenate, FileType, Inputs,
        };
        command.SetAction(parse => FileTypeOption.TryGet(parse, FileType, out var type)
            ? MergePipeline.Run(parse.GetValue(Inputs)!, parse.GetValue(WriteFile)!, parse.GetValue(Concatenate), type)
            : 1);
        return command;
    }
}
