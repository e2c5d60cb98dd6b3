using SharpPcap;
using SharpPcap.LibPcap;
using Sniffer.Capture.Interop;

namespace Sniffer.Capture;

/// <summary>
/// The SharpPcap 6.3.1 backend: opens interfaces with <see cref="LibPcapLiveDevice"/> (which loads libpcap on Linux and
/// macOS, Npcap's wpcap.dll on Windows) and reads with <see cref="PcapDevice.GetNextPacket"/>. Only the handle is
/// SharpPcap's: files are written by Sniffer's own pcapng sink, never by SharpPcap's writer (which gets the BSD
/// loopback link type wrong on macOS).
/// </summary>
public sealed class SharpPcapCaptureBackend : ICaptureBackend
{
    public static readonly SharpPcapCaptureBackend Instance = new();

    public string Name => CaptureBackends.SharpPcap;

    public bool TryOpen(LiveInterfaceSettings settings, out ILiveCapture? opened, out CaptureError error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        opened = null;
        string display = CaptureDevice.DisplayNameOf(settings.Device, settings.Description);
        if (!LibPcapLibrary.TryLoad(out string missing))
        {
            error = new CaptureError(CaptureErrorKind.LibraryMissing, missing);
            return false;
        }
        LibPcapLiveDevice device;
        try
        {
            var found = PcapInterface.GetAllPcapInterfaces().FirstOrDefault(i => i.Name == settings.Device);
            if (found is null)
            {
                error = new CaptureError(CaptureErrorKind.NoSuchDevice,
                    CaptureMessages.NoSuchDevice(settings.Device, CaptureDeviceList.TryList(out var devices, out _) ? devices : []));
                return false;
            }
            device = new LibPcapLiveDevice(found);
        }
        catch (PcapException e)
        {
            error = new CaptureError(CaptureErrorKind.DeviceListFailed, "The list of interfaces could not be read: " + e.Message);
            return false;
        }

        var configuration = new DeviceConfiguration
        {
            Snaplen = settings.SnapLength,
            Mode = settings.Promiscuous ? DeviceModes.Promiscuous : DeviceModes.None,
            ReadTimeout = settings.ReadTimeoutMilliseconds,
            BufferSize = settings.BufferSizeBytes,
            Immediate = settings.Immediate,
            TimestampResolution = TimestampResolution.Nanosecond,
            Monitor = settings.MonitorMode ? MonitorMode.Active : null,
        };
        if (settings.LinkTypeName is not null)
        {
            int dlt = LibPcap.DataLinkNameToValue(settings.LinkTypeName);
            if (dlt < 0)
            {
                error = new CaptureError(CaptureErrorKind.BadLinkType, CaptureMessages.UnknownLinkType(settings.LinkTypeName));
                return false;
            }
            configuration.LinkLayerType = (PacketDotNet.LinkLayers)dlt;
        }
        try
        {
            device.Open(configuration);
        }
        catch (PcapException e)
        {
            device.Dispose();
            error = OpenError(settings.Device, display, e.Message);
            return false;
        }
        if (!string.IsNullOrEmpty(settings.Filter))
        {
            try
            {
                device.Filter = settings.Filter;
            }
            catch (PcapException e)
            {
                device.Dispose();
                error = new CaptureError(CaptureErrorKind.BadFilter, CaptureMessages.BadFilter(settings.Filter, display, e.Message));
                return false;
            }
        }
        opened = new SharpPcapLiveCapture(device, settings, display);
        error = CaptureError.None;
        return true;
    }

    private static CaptureError OpenError(string device, string display, string message)
    {
        if (message.Contains("ermission", StringComparison.Ordinal) || message.Contains("not permitted", StringComparison.Ordinal))
            return new CaptureError(CaptureErrorKind.PermissionDenied, CaptureMessages.PermissionDenied(display, message));
        if (message.Contains("No such device", StringComparison.Ordinal))
            return new CaptureError(CaptureErrorKind.NoSuchDevice, CaptureMessages.NoSuchDevice(device, []));
        if (message.Contains("is not one of the DLTs", StringComparison.Ordinal))
            return new CaptureError(CaptureErrorKind.BadLinkType, CaptureMessages.LinkTypeNotSupported(device, message));
        return new CaptureError(CaptureErrorKind.ActivationFailed, CaptureMessages.ActivationFailed(display, message));
    }
}
