using System.CommandLine;

namespace Sniffer.Commands;

/// <summary><c>sniffer fields [PATTERN] [-p PROTOCOL] [--preferences]</c>: every field Sniffer knows, searchable.</summary>
internal static class FieldsCommandDefinition
{
    public static readonly Argument<string?> Pattern = new("PATTERN")
    {
        Description = "Show only fields whose name, title or description contains this text (case-insensitive)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static readonly Option<string?> Protocol = new("-p", "--protocol")
    {
        Description = "Show only the fields of this protocol (its filter name: tcp, http, htcpcp, tls…)",
        HelpName = "PROTOCOL",
    };

    public static readonly Option<bool> Preferences = new("--preferences")
    {
        Description = "List the protocol preferences -o can set (NAME:VALUE) instead of fields",
    };

    public static Command Create()
    {
        var command = new Command("fields", "List the fields (and expert items) Sniffer knows, with their protocol, type and description")
        {
            Pattern, Protocol, Preferences,
        };
        command.SetAction(FieldsCommand.Run);
        return command;
    }
}
