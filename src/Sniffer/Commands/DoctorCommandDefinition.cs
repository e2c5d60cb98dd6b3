using System.CommandLine;

namespace Sniffer.Commands;

/// <summary><c>sniffer doctor</c>: what capture rights the current user has, and how to grant them on this OS.</summary>
internal static class DoctorCommandDefinition
{
    public static Command Create()
    {
        var command = new Command("doctor", "Tell what capture rights the current user has and how to grant them (setcap and a group on Linux, ChmodBPF on macOS, Npcap on Windows)");
        command.SetAction(DoctorCommand.Run);
        return command;
    }
}
