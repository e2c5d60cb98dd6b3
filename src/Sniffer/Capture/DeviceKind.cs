namespace Sniffer.Capture;

/// <summary>
/// Wireshark's interface type, numbered as dumpcap prints it in the fourth column of <c>dumpcap -D -M</c>
/// (its interface_type enum). On Linux it is guessed from the name, as Wireshark guesses it.
/// </summary>
public enum DeviceKind
{
    Wired = 0,
    AirPcap = 1,
    Pipe = 2,
    Stdin = 3,
    Bluetooth = 4,
    Wireless = 5,
    Dialup = 6,
    Usb = 7,
    Extcap = 8,
    Virtual = 9,
}
