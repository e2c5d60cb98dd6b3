namespace Sniffer.Capture.Platform;

/// <summary>
/// How struct sockaddr starts on one platform: Linux and Windows begin with a 16-bit family; the BSDs (macOS) with
/// a length byte, then an 8-bit family. AF_INET is 2 everywhere; AF_INET6 is 10 on Linux, 30 on macOS, 23 on Windows.
/// The addresses sit at the same offsets everywhere (sockaddr_in: 4; sockaddr_in6: 8).
/// </summary>
public sealed record SocketAddressLayout(bool LengthBytePrefix, ushort FamilyIPv6)
{
    public const ushort FamilyIPv4 = 2;

    public static readonly SocketAddressLayout Linux = new(false, 10);
    public static readonly SocketAddressLayout MacOs = new(true, 30);
    public static readonly SocketAddressLayout Windows = new(false, 23);

    /// <summary>The address family of the sockaddr at <paramref name="sockaddr"/>.</summary>
    public unsafe ushort FamilyOf(byte* sockaddr) => LengthBytePrefix ? sockaddr[1] : *(ushort*)sockaddr;
}
