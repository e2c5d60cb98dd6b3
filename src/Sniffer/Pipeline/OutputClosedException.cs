namespace Sniffer.Pipeline;

/// <summary>
/// The reader of standard output went away (EPIPE: `sniffer read … | head`). tshark ignores SIGPIPE and ends quietly
/// with exit code 2 when printing packets fails so; writing a capture to "-" it says why first. The message is the
/// system's ("Broken pipe"), as the words around it in dumpcap's and tshark's messages expect.
/// </summary>
public sealed class OutputClosedException : IOException
{
    /// <summary>tshark's exit code when its output could not be written.</summary>
    public const int ExitCode = 2;

    public OutputClosedException(string systemMessage) : base(systemMessage) { }
}
