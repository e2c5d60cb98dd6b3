using System.Globalization;

namespace Sniffer.Capture;

/// <summary>
/// File names of a ring buffer (-b), as dumpcap makes them: the -w name's prefix, a five-digit file number
/// and the local time the file was started, then the -w name's extension:
/// <c>-w /tmp/cap.pcapng</c> gives <c>/tmp/cap_00001_20240131235959.pcapng</c>.
/// </summary>
public static class RingFileNames
{
    public static string For(string path, int number, DateTime localTime)
    {
        string directory = Path.GetDirectoryName(path) ?? "";
        string prefix = Path.GetFileNameWithoutExtension(path);
        string extension = Path.GetExtension(path);
        string name = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{number:D5}_{localTime:yyyyMMddHHmmss}{extension}");
        return directory.Length == 0 ? name : Path.Combine(directory, name);
    }
}
