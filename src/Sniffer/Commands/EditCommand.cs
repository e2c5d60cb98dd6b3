using System.CommandLine;
using System.Globalization;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>Turns the parsed <c>edit</c> options into <see cref="EditSettings"/> (editcap's wording for bad values, exit 1) and runs it.</summary>
internal static class EditCommand
{
    public static int Run(ParseResult parse)
    {
        if (!FileTypeOption.TryGet(parse, EditCommandDefinition.FileType, out var type))
            return 1;
        var selection = new PacketSelection();
        foreach (string word in parse.GetValue(EditCommandDefinition.Packets) ?? [])
        {
            if (selection.Add(word) is { } bad)
                return Fail(bad);
        }
        long? start = null, stop = null;
        if (parse.GetValue(EditCommandDefinition.Start) is { } startText)
        {
            if (!EditcapTime.TryParse(startText, out long ns))
                return Fail($"\"{startText}\" isn't a valid date and time");
            start = ns;
        }
        if (parse.GetValue(EditCommandDefinition.Stop) is { } stopText)
        {
            if (!EditcapTime.TryParse(stopText, out long ns))
                return Fail($"\"{stopText}\" isn't a valid date and time");
            stop = ns;
        }
        if (!TryCount(parse.GetValue(EditCommandDefinition.PacketsPerFile), "packet count", out int? perFile)
            || !TryCount(parse.GetValue(EditCommandDefinition.SecondsPerFile), "time interval", out int? seconds))
            return 1;
        if (perFile is not null && seconds is not null)
            return Fail("Can't split on both packet count and time interval; choose one of -c and -i");
        var comments = new Dictionary<long, string>();
        foreach (string option in parse.GetValue(EditCommandDefinition.FrameComment) ?? [])
        {
            int colon = option.IndexOf(':');
            if (colon <= 0 || !long.TryParse(option.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out long frame) || frame == 0)
                return Fail($"\"{option}\" isn't a valid frame comment: use FRAME:COMMENT with a frame number from 1");
            comments[frame] = option[(colon + 1)..];
        }
        var keyLogs = new List<string>();
        foreach (string secret in parse.GetValue(EditCommandDefinition.InjectSecrets) ?? [])
        {
            int comma = secret.IndexOf(',');
            string kind = comma < 0 ? secret : secret[..comma];
            if (kind == "help")
            {
                Console.Out.WriteLine("sniffer: The available secrets types for the \"--inject-secrets\" option are:\n    tls                  TLS Key Log");
                return 0;
            }
            if (kind != "tls" || comma < 0 || comma == secret.Length - 1)
                return Fail($"\"{secret}\" isn't a valid secrets type and file: use tls,FILE (Sniffer injects TLS key logs)");
            keyLogs.Add(secret[(comma + 1)..]);
        }
        return EditPipeline.Run(new EditSettings
        {
            Input = parse.GetValue(EditCommandDefinition.Input)!,
            Output = parse.GetValue(EditCommandDefinition.Output)!,
            FileType = type,
            KeepSelected = parse.GetValue(EditCommandDefinition.Keep),
            Selection = selection,
            StartNs = start,
            StopNs = stop,
            PacketsPerFile = perFile,
            SecondsPerFile = seconds,
            TlsKeyLogs = keyLogs,
            AllKeys = parse.GetValue(EditCommandDefinition.AllKeys),
            DiscardSecrets = parse.GetValue(EditCommandDefinition.DiscardSecrets),
            FrameComments = comments,
            CaptureComments = parse.GetValue(EditCommandDefinition.CaptureComment) ?? [],
            DiscardCaptureComments = parse.GetValue(EditCommandDefinition.DiscardCaptureComment),
        });
    }

    /// <summary>editcap's checks on -c and -i: a decimal number, not zero.</summary>
    private static bool TryCount(string? text, string what, out int? value)
    {
        value = null;
        if (text is null)
            return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
        {
            Fail($"The specified {what} \"{text}\" isn't a decimal number");
            return false;
        }
        if (parsed == 0)
        {
            Fail($"The specified {what} is zero");
            return false;
        }
        value = parsed;
        return true;
    }

    private static int Fail(string message)
    {
        ConsoleOutput.Error(message);
        return 1;
    }
}
