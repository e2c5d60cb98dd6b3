using System.CommandLine;
using Sniffer.Capture;

namespace Sniffer.Commands;

/// <summary>Runs <c>sniffer doctor</c>: exit code 0 when this user can capture now, 1 when not.</summary>
internal static class DoctorCommand
{
    public static int Run(ParseResult parse)
    {
        var rights = CaptureRightsProbe.Probe();
        Console.Out.Write(DoctorReport.Write(rights));
        Console.Out.Flush();
        return rights.CanCapture ? 0 : 1;
    }
}
