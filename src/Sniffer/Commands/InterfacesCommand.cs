using System.CommandLine;
using Sniffer.Capture;
using Sniffer.Pipeline;

namespace Sniffer.Commands;

/// <summary>Runs <c>sniffer interfaces</c>: the interface list, or one interface's data link types.</summary>
internal static class InterfacesCommand
{
    public static int Run(ParseResult parse)
    {
        bool machine = parse.GetValue(InterfacesCommandDefinition.MachineReadable);
        bool listed = CaptureDeviceList.TryList(out var devices, out var error);
        if (!listed)
        {
            ConsoleOutput.Error(error.Message);
            return 1;
        }
        using var output = ConsoleOutput.OpenStandardOutput();
        if (parse.GetValue(InterfacesCommandDefinition.LinkTypes))
        {
            string argument = parse.GetValue(InterfacesCommandDefinition.Interface)!;
            if (!CaptureDeviceList.TryResolve(argument, devices, out string name, out _, out error)
                || !LiveInterface.TryListDataLinks(name, out var links, out error))
            {
                ConsoleOutput.Error(error.Message);
                return 1;
            }
            output.Write(machine ? InterfaceListing.DataLinksMachine(links) : InterfaceListing.DataLinks(name, links));
            return 0;
        }
        bool verbose = parse.GetValue(InterfacesCommandDefinition.Verbose);
        foreach (var device in devices)
        {
            output.Write(machine ? InterfaceListing.MachineLine(device) : verbose ? InterfaceListing.VerboseLines(device) : InterfaceListing.DumpcapLine(device));
            output.Write('\n');
        }
        return 0;
    }
}
