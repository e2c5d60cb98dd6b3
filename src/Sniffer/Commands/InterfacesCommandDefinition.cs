using System.CommandLine;

namespace Sniffer.Commands;

/// <summary><c>sniffer interfaces [-M] [-v]</c> lists interfaces as <c>dumpcap -D</c>; <c>-L -i IFACE</c> lists link types as <c>dumpcap -L</c>.</summary>
internal static class InterfacesCommandDefinition
{
    public static readonly Option<bool> LinkTypes = new("-L", "--list-data-link-types")
    {
        Description = "List the data link types of the interface given with -i, as dumpcap -L",
    };

    public static readonly Option<string?> Interface = new("-i", "--interface")
    {
        Description = "The interface for -L: a name or the number 'sniffer interfaces' shows",
        HelpName = "IFACE",
        CustomParser = OptionValues.NonEmpty("-i", "interface name"),
    };

    public static readonly Option<bool> MachineReadable = new("-M")
    {
        Description = "Machine-readable output, as dumpcap -D -M / -L -M",
    };

    public static readonly Option<bool> Verbose = new("-v", "--verbose")
    {
        Description = "Also show each interface's flags (loopback, up, running, wireless) and addresses",
    };

    public static Command Create()
    {
        var command = new Command("interfaces", "List the interfaces Sniffer can capture on, as dumpcap -D")
        {
            LinkTypes, Interface, MachineReadable, Verbose,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(LinkTypes) && r.GetResult(Interface) is null)
                r.AddError("-L needs an interface: sniffer interfaces -L -i IFACE");
        });
        command.SetAction(InterfacesCommand.Run);
        return command;
    }
}
