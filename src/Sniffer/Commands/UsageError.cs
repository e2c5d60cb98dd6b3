using System.CommandLine;

namespace Sniffer.Commands;

/// <summary>
/// A command line that does not parse: one line on standard error in the words of the check that refused it (tshark's
/// for tshark's options), at most one more line saying what would be accepted, and exit code 1, as tshark answers a
/// bad option. The full help stays behind --help.
/// </summary>
internal static class UsageError
{
    public static int Report(ParseResult parse)
    {
        string message = parse.Errors[0].Message.Replace("\r", "");
        // System.CommandLine's own lists ("…: \n\t'a'\n\t'b'") become one line; a check of ours puts its hint after '\n'.
        message = message.Replace(":\n\t", ": ").Replace("\n\t", ", ");
        int newline = message.IndexOf('\n');
        string? hint = newline >= 0 ? message[(newline + 1)..].Replace('\n', ' ').Trim() : null;
        if (newline >= 0)
            message = message[..newline];
        if (hint is null && NeedsHelpHint(message))
        {
            string command = parse.CommandResult.Command is RootCommand ? "sniffer" : "sniffer " + parse.CommandResult.Command.Name;
            hint = $"'{command} --help' lists what it takes";
        }
        var error = Console.Error;
        error.Write("sniffer: ");
        error.Write(message.Trim());
        error.Write('\n');
        if (!string.IsNullOrEmpty(hint))
        {
            error.Write('\t');
            error.Write(hint);
            error.Write('\n');
        }
        return 1;
    }

    private static bool NeedsHelpHint(string message) =>
        message.StartsWith("Unrecognized", StringComparison.Ordinal)
        || message.StartsWith("Required", StringComparison.Ordinal)
        || message.StartsWith("Option '", StringComparison.Ordinal)
        || message.Contains("was not matched", StringComparison.Ordinal);
}
