using System.Text;

namespace Sniffer.Pipeline;

/// <summary>Buffered UTF-8 standard output and error, with "\n" line ends, as tshark writes them.</summary>
public static class ConsoleOutput
{
    public static TextWriter OpenStandardOutput() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };

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
