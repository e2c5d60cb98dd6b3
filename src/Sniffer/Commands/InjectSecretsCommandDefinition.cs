using System.CommandLine;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>
/// <c>sniffer inject-secrets -r IN --keylog KEYS -w OUT [--all-keys]</c>: the same as
/// <c>sniffer edit --inject-secrets tls,KEYS IN OUT</c> (editcap --inject-secrets tls,KEYS).
/// </summary>
internal static class InjectSecretsCommandDefinition
{
    public static readonly Option<string> KeyLog = new("--keylog")
    {
        Description = "The TLS key log (NSS format) to put in the file",
        Required = true,
        HelpName = "FILE",
    };

    public static readonly Option<string> WriteFile = new("-w")
    {
        Description = "The pcapng to write ('-' for standard output; .gz, .zst or .lz4 compress)",
        Required = true,
        HelpName = "FILE",
    };

    public static readonly Option<bool> OnlyUsed = new("--only-used")
    {
        Description = "Keep only the key-log lines whose client random appears in the capture (the default now)",
    };

    public static readonly Option<bool> AllKeys = new("--all-keys")
    {
        Description = "Embed every valid key-log line, also of sessions not in the capture (comments and malformed lines never go in)",
    };

    public static Command Create()
    {
        var command = new Command("inject-secrets", "Write a copy of a capture with its TLS key log in a Decryption Secrets Block (as edit --inject-secrets)")
        {
            ReadCommandDefinition.ReadFile, KeyLog, WriteFile, OnlyUsed, AllKeys,
        };
        command.SetAction(parse => EditPipeline.Run(new EditSettings
        {
            Input = parse.GetValue(ReadCommandDefinition.ReadFile)!,
            Output = parse.GetValue(WriteFile)!,
            TlsKeyLogs = [parse.GetValue(KeyLog)!],
            AllKeys = parse.GetValue(AllKeys) && !parse.GetValue(OnlyUsed),
        }));
        return command;
    }
}
