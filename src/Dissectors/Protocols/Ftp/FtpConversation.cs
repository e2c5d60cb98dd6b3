namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>What an FTP control connection remembers between lines (packet-ftp.c's ftp_conversation_t).</summary>
public sealed class FtpConversation
{
    /// <summary>The request line seen last, and its frame.</summary>
    public string? LastCommand { get; set; }
    public long LastCommandFrame { get; set; }

    /// <summary>The working directory as the replies to CWD, CDUP and PWD made it ("" until one is known).</summary>
    public FtpPath WorkingDirectory { get; set; } = new("");

    /// <summary>The data connection announced last, and the frame that announced it.</summary>
    public FtpDataConversation? CurrentData { get; set; }
    public long CurrentDataSetupFrame { get; set; }
}

/// <summary>
/// A working directory shared by reference, as packet-ftp.c shares its wmem_strbuf_t: a data connection keeps the control
/// connection's object of the moment, and the one case where the control connection extends it in place (a relative CWD
/// while the directory is still unknown) shows in the data connection too.
/// </summary>
public sealed class FtpPath(string value)
{
    public string Value { get; set; } = value;
}
