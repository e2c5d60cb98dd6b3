using System.Text;

namespace Sniffer.Pipeline;

/// <summary>Buffered UTF-8 standard output and error, with "\n" line ends, as tshark writes them.</summary>
public static class ConsoleOutput
{
    /// <summary>Standard output, buffered, taking UTF-8 bytes directly from the printers that build them.</summary>
    public static TextWriter OpenStandardOutput() => new Utf8Writer(StandardOutputStream(), 1 << 16);

    /// <summary>
    /// On Unix, Console.Out and Console.Error become plain writers over file descriptors 1 and 2 (see
    /// <see cref="StandardOutputStream"/>), so nothing Sniffer prints changes the terminal's modes.
    /// </summary>
    public static void UsePlainStreams()
    {
        if (OperatingSystem.IsWindows())
            return;
        var encoding = new UTF8Encoding(false);
        Console.SetOut(new StreamWriter(Descriptor(1), encoding) { AutoFlush = true, NewLine = "\n" });
        Console.SetError(new StreamWriter(Descriptor(2), encoding) { AutoFlush = true, NewLine = "\n" });
    }

    private static Stream Descriptor(int fd) => new DescriptorStream(fd);

    /// <summary>
    /// Standard output as a plain descriptor stream on Unix (<see cref="DescriptorStream"/>): .NET's console stream sets
    /// the terminal up for reading keys on its first write (it sends "application keypad" mode and never takes it back),
    /// which a program that only prints must not do to the user's terminal, and it ignores a closed pipe.
    /// </summary>
    public static Stream StandardOutputStream()
    {
        if (OperatingSystem.IsWindows())
            return Console.OpenStandardOutput();
        return Descriptor(1);
    }

    /// <summary>Writes one error line, prefixed as every Sniffer error is: "sniffer: …".</summary>
    public static void Error(string message)
    {
        Console.Error.Write("sniffer: ");
        Console.Error.Write(message);
        Console.Error.Write('\n');
    }

    /// <summary>A warning that does not stop the command ("sniffer: warning: …").</summary>
    public static void Warning(string message)
    {
        Console.Error.Write("sniffer: warning: ");
        Console.Error.Write(message);
        Console.Error.Write('\n');
    }

    /// <summary>Information beside the output ("sniffer: note: …"), on standard error so piped output stays tshark's.</summary>
    public static void Note(string message)
    {
        Console.Error.Write("sniffer: note: ");
        Console.Error.Write(message);
        Console.Error.Write('\n');
    }
}
