using System.Net;
using System.Net.NetworkInformation;
using Sniffer.Capture.Interop;
using Sniffer.Capture.Platform;

namespace Sniffer.Capture;

/// <summary>The interfaces libpcap can capture on (pcap_findalldevs), and the lookup of <c>-i NAME|NUMBER</c>.</summary>
public static class CaptureDeviceList
{
    private const string SysClassNet = "/sys/class/net";

    /// <summary>Lists the interfaces; on failure the error says why (libpcap missing, pcap_findalldevs' message).</summary>
    public static unsafe bool TryList(out IReadOnlyList<CaptureDevice> devices, out CaptureError error)
    {
        devices = [];
        if (!LibPcapLibrary.TryLoad(out string missing))
        {
            error = new CaptureError(CaptureErrorKind.LibraryMissing, missing);
            return false;
        }
        Span<byte> errorBuffer = stackalloc byte[LibPcap.ErrorBufferSize];
        errorBuffer.Clear();
        nint first;
        fixed (byte* e = errorBuffer)
        {
            if (LibPcap.FindAllDevices(out first, e) != 0)
            {
                error = new CaptureError(CaptureErrorKind.DeviceListFailed,
                    "The list of interfaces could not be read: " + LibPcap.ErrorText(errorBuffer));
                return false;
            }
        }
        try
        {
            var platform = CapturePlatform.Current;
            var list = new List<CaptureDevice>();
            for (nint at = first; at != 0; at = ((PcapInterfaceEntry*)at)->Next)
            {
                var entry = *(PcapInterfaceEntry*)at;
                string name = LibPcap.Text(entry.Name);
                string? pcapDescription = entry.Description == 0 ? null : LibPcap.Text(entry.Description);
                list.Add(Describe(platform, list.Count + 1, name, pcapDescription, entry.Flags, AddressesOf(entry.Addresses, platform.SocketAddresses), WindowsFriendlyName));
            }
            devices = list;
            error = CaptureError.None;
            return true;
        }
        finally
        {
            if (first != 0)
                LibPcap.FreeAllDevices(first);
        }
    }

    /// <summary>
    /// What <c>-i</c> names: a number picks that entry of the list (1-based); anything else is an interface name,
    /// looked up for its description. A name that is not listed is still returned (libpcap may open it; if not,
    /// opening fails with <see cref="CaptureErrorKind.NoSuchDevice"/>). A number out of range is an error.
    /// </summary>
    public static bool TryResolve(string nameOrNumber, IReadOnlyList<CaptureDevice> devices, out string name, out string? description, out CaptureError error)
    {
        error = CaptureError.None;
        if (int.TryParse(nameOrNumber, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
        {
            if (number >= 1 && number <= devices.Count)
            {
                name = devices[number - 1].Name;
                description = devices[number - 1].Description;
                return true;
            }
            name = nameOrNumber;
            description = null;
            error = new CaptureError(CaptureErrorKind.NoSuchDevice, CaptureMessages.NoSuchDevice(nameOrNumber, devices));
            return false;
        }
        name = nameOrNumber;
        description = null;
        foreach (var d in devices)
        {
            if (d.Name == nameOrNumber)
            {
                description = d.Description;
                break;
            }
        }
        return true;
    }

    /// <summary>One pcap_findalldevs entry as dumpcap -D shows it on <paramref name="platform"/> (the naming rule is <see cref="CapturePlatform.FriendlyName"/>).</summary>
    internal static CaptureDevice Describe(CapturePlatform platform, int number, string name, string? pcapDescription, uint pcapFlags,
        IReadOnlyList<IPAddress> addresses, Func<string, string?> friendlyNameByAdapterId)
    {
        var flags = FlagsOf(pcapFlags);
        string? friendly = platform.FriendlyName(name, pcapDescription, (flags & CaptureDeviceFlags.Loopback) != 0, friendlyNameByAdapterId);
        var kind = platform.Os == CaptureOs.Linux ? KindOf(name, pcapDescription) : KindByName(name, pcapDescription);
        return new CaptureDevice(number, name, friendly, pcapDescription, flags, ConnectionOf(pcapFlags), kind, addresses);
    }

    /// <summary>Windows: the adapter's friendly name ("Ethernet") by its GUID ("{…}"), as .NET's NetworkInterface.Id gives it.</summary>
    private static string? WindowsFriendlyName(string adapterId)
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            foreach (var adapter in NetworkInterface.GetAllNetworkInterfaces())
                if (string.Equals(adapter.Id, adapterId, StringComparison.OrdinalIgnoreCase))
                    return adapter.Name;
        }
        catch (NetworkInformationException) { }
        return null;
    }

    private static CaptureDeviceFlags FlagsOf(uint flags)
    {
        var result = CaptureDeviceFlags.None;
        if ((flags & LibPcap.InterfaceLoopback) != 0) result |= CaptureDeviceFlags.Loopback;
        if ((flags & LibPcap.InterfaceUp) != 0) result |= CaptureDeviceFlags.Up;
        if ((flags & LibPcap.InterfaceRunning) != 0) result |= CaptureDeviceFlags.Running;
        if ((flags & LibPcap.InterfaceWireless) != 0) result |= CaptureDeviceFlags.Wireless;
        return result;
    }

    private static DeviceConnection ConnectionOf(uint flags) => (flags & LibPcap.InterfaceConnectionStatusMask) switch
    {
        LibPcap.InterfaceConnected => DeviceConnection.Connected,
        LibPcap.InterfaceDisconnected => DeviceConnection.Disconnected,
        LibPcap.InterfaceConnectionNotApplicable => DeviceConnection.NotApplicable,
        _ => DeviceConnection.Unknown,
    };

    /// <summary>
    /// Wireshark's guess on Linux: a wireless directory in sysfs, then the name, then the description. (libpcap's
    /// wireless flag is not used: it marks Bluetooth devices too, which Wireshark calls Bluetooth.)
    /// </summary>
    internal static DeviceKind KindOf(string name, string? description)
    {
        if (Directory.Exists(Path.Combine(SysClassNet, name, "wireless")))
            return DeviceKind.Wireless;
        return KindByName(name, description);
    }

    /// <summary>The name and description rules alone (macOS and Windows have no sysfs).</summary>
    internal static DeviceKind KindByName(string name, string? description)
    {
        if (name.Contains("bluetooth", StringComparison.Ordinal))
            return DeviceKind.Bluetooth;
        if (name.Contains("usbmon", StringComparison.Ordinal))
            return DeviceKind.Usb;
        if (name.StartsWith("vmnet", StringComparison.OrdinalIgnoreCase) || name.StartsWith("vmxnet", StringComparison.OrdinalIgnoreCase)
            || (description?.Contains("VMware", StringComparison.Ordinal) ?? false))
            return DeviceKind.Virtual;
        return DeviceKind.Wired;
    }

    private static unsafe List<IPAddress> AddressesOf(nint first, SocketAddressLayout layout)
    {
        var addresses = new List<IPAddress>();
        for (nint at = first; at != 0; at = ((PcapAddressEntry*)at)->Next)
        {
            if (SocketAddressReader.Read(((PcapAddressEntry*)at)->Address, layout) is { } address)
                addresses.Add(address);
        }
        return addresses;
    }
}
