using System.CommandLine;

namespace Sniffer.Commands;

/// <summary><c>sniffer demo [-o DIR]</c>: runs the lab peers, captures them on lo, and shows the result.</summary>
internal static class DemoCommandDefinition
{
    public static readonly Option<string> OutputDirectory = new("-o", "--output")
    {
        Description = "Directory for demo.pcapng and demo.keys (default: the current directory)",
        HelpName = "DIR",
        DefaultValueFactory = _ => ".",
        CustomParser = OptionValues.NonEmpty("-o", "output directory"),
    };

    public static readonly Option<bool> Verbose = new("-v", "--verbose")
    {
        Description = "Log every lab request and reply on standard error",
    };

    public static Command Create()
    {
        var command = new Command("demo", "Run the lab (HTTP, HTCPCP coffee pot, TLS) on loopback, capture it, and show what was captured")
        {
            OutputDirectory, Verbose,
        };
        command.SetAction(DemoCommand.Run);
        return command;
    }
}
