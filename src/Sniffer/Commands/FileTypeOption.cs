using System.CommandLine;
using Sniffer.Files;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>
/// -F as tshark, editcap and mergecap take it: pcapng (the default), pcap or nsecpcap; with no value (or an
/// unknown one) the list of types is printed on standard error and the exit code is 1, as tshark does.
/// </summary>
internal static class FileTypeOption
{
    public static Option<string?> Create() => new("-F")
    {
        Description = "Output file type: pcapng (the default), pcap or nsecpcap; -F alone lists them",
        HelpName = "TYPE",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>The chosen type; false (after printing tshark's list) when -F was empty or unknown.</summary>
    public static bool TryGet(ParseResult parse, Option<string?> option, out CaptureFileType type)
    {
        type = CaptureFileType.PcapNg;
        if (parse.GetResult(option) is null)
            return true;
        string? value = parse.GetValue(option);
        if (string.IsNullOrEmpty(value))
        {
            Console.Error.WriteLine("sniffer: option requires an argument: F");
            Console.Error.WriteLine(CaptureFileTypes.List("sniffer"));
            return false;
        }
        if (CaptureFileTypes.TryParse(value, out type))
            return true;
        Console.Error.WriteLine(CaptureFileTypes.Unknown("sniffer", value));
        return false;
    }
}
