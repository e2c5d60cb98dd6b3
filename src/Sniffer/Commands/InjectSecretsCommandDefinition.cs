using System.CommandLine;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary><c>sniffer inject-secrets -r IN --keylog KEYS -w OUT [--only-used]</c>, as editcap --inject-secrets tls,KEYS.</summary>
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
        Description = "The pcapng to write ('-' for standard output)",
        Required = true,
        HelpName = "FILE",
    };

    public static readonly Option<bool> OnlyUsed = new("--only-used")
    {
        Description = "Keep only the key-log lines whose client random appears in the capture",
    };

    public static Command Create()
    {
        var command = new Command("inject-secrets", "Write a copy of a capture with its TLS key log in a Decryption Secrets Block")
        {
            ReadCommandDefinition.ReadFile, KeyLog, WriteFile, OnlyUsed,
        };
        command.SetAction(parse => InjectSecretsPipeline.Run(parse.GetValue(ReadCommandDefinition.ReadFile)!, parse.GetValue(KeyLog)!,
            parse.GetValue(WriteFile)!, parse.GetValue(OnlyUsed)));
        return command;
    }
}
