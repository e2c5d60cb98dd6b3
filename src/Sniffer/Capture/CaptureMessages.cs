namespace Sniffer.Capture;

/// <summary>
/// Every message a capture failure shows, in one place. They say what happened and what to do, in
/// dumpcap's words where dumpcap has words for it.
/// </summary>
public static class CaptureMessages
{
    public const string GrantCapabilities =
        "Run Sniffer as root, or give it the capture capabilities once:\n" +
        "    sudo setcap cap_net_raw,cap_net_admin=eip $(readlink -f $(which sniffer))\n" +
        "(when it runs as 'dotnet sniffer.dll', the capabilities belong on the dotnet executable instead).";

    public static string PermissionDenied(string device, string pcapText) =>
        $"You do not have permission to capture on '{device}' ({pcapText}).\n{GrantCapabilities}";

    /// <summary>dumpcap's words for -I on a device that cannot (a wired or loopback interface, or a Wi-Fi driver without monitor mode).</summary>
    public static string MonitorModeNotSupported(string device) =>
        $"Capturing in monitor mode is not supported on device \"{device}\".\n(That device doesn't support monitor mode)";

    public static string PromiscuousPermissionDenied(string device, string pcapText) =>
        $"You do not have permission to put '{device}' in promiscuous mode ({pcapText}).\n" +
        "Capture without promiscuous mode (-p), or grant cap_net_admin as well:\n" +
        "    sudo setcap cap_net_raw,cap_net_admin=eip $(readlink -f $(which sniffer))";

    public static string NoSuchDevice(string device, IReadOnlyList<CaptureDevice> valid)
    {
        var text = new System.Text.StringBuilder();
        text.Append("There is no device named \"").Append(device).Append("\".\n");
        if (valid.Count == 0)
            text.Append("No interfaces were found to capture on.");
        else
        {
            text.Append("Valid interfaces (sniffer interfaces lists them):");
            foreach (var d in valid)
                text.Append('\n').Append(InterfaceListing.DumpcapLine(d));
        }
        return text.ToString();
    }

    public static string InterfaceDown(string device, string pcapText) =>
        $"The capture session could not be initiated on '{device}' ({pcapText}).\nThe interface is down; bring it up with: ip link set {device} up";

    public static string ActivationFailed(string device, string pcapText) =>
        $"The capture session could not be initiated on '{device}' ({pcapText}).";

    public static string BadFilter(string filter, string device, string pcapText) =>
        $"Invalid capture filter \"{filter}\" for interface '{device}'.\n\n" +
        $"That string isn't a valid capture filter ({pcapText}).\n" +
        "See the pcap-filter(7) manual page for the capture filter syntax.";

    public static string UnknownLinkType(string name) =>
        $"The specified data link type \"{name}\" isn't valid";

    public static string LinkTypeNotSupported(string device, string pcapText) =>
        $"Unable to set data link type on interface '{device}' ({pcapText}).";

    public static string FilterNotApplied(string filter, string device, string pcapText) =>
        $"The capture filter \"{filter}\" could not be applied to '{device}' ({pcapText}).";

    public static string ReadFailed(string device, string pcapText) =>
        $"Error while capturing packets on '{device}': {pcapText}";

    public static string OutputOpenFailed(string path, string reason) =>
        $"The file to which the capture would be saved (\"{path}\") could not be opened: {reason}";

    /// <summary>dumpcap's words when the reader of -w - goes away.</summary>
    public static string StandardOutputFailed(string reason) =>
        $"The file to which the capture was being saved (\"-\") could not be written: {reason}. The capture stopped.";

    public static string WriteFailed(string path, string reason) =>
        $"An error occurred while writing to the file \"{path}\": {reason}. The capture stopped; the blocks written before it are intact.";
}
