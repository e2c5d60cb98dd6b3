using Sniffer.Output;
using Sniffer.Pipeline;

namespace Sniffer.Tests.Golden;

/// <summary>Runs the read pipeline in-process, as `sniffer read` would, capturing what it prints.</summary>
internal static class SnifferRunner
{
    public static (int ExitCode, string Output) Read(string file, IReadOnlyList<string> fields, string? keyLog = null,
        IReadOnlyList<string>? statistics = null, bool quiet = false, IReadOnlyList<string>? decodeAs = null,
        IReadOnlyList<string>? disabled = null, bool twoPass = false, IReadOnlyList<string>? preferences = null,
        string? displayFilter = null)
    {
        var filter = displayFilter is null ? null
            : Dissectors.Filter.DisplayFilter.Compile(displayFilter, Dissectors.Model.FieldCatalog.Shared).Filter
                ?? throw new ArgumentException($"display filter does not compile: {displayFilter}");
        var settings = new ReadSettings
        {
            File = file,
            Output = fields.Count > 0 ? PacketOutput.Fields : PacketOutput.Summary,
            Fields = fields,
            Layout = new FieldsLayout(Header: true),
            KeyLogFile = keyLog,
            Statistics = statistics ?? [],
            Quiet = quiet,
            DecodeAs = decodeAs ?? [],
            DisabledProtocols = disabled ?? [],
            TwoPass = twoPass,
            Preferences = preferences ?? [],
            DisplayFilter = filter,
        };
        var output = new StringWriter { NewLine = "\n" };
        int code = ReadPipeline.Run(settings, output);
        return (code, output.ToString());
    }
}
