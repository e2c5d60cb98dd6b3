namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>A data connection an FTP control connection announced (packet-ftp.c's ftp_data_conversation_t).</summary>
public sealed class FtpDataConversation(string setupMethod, long setupFrame, FtpPath workingDirectory)
{
    /// <summary>PASV, PORT, EPASV or EPRT.</summary>
    public string SetupMethod { get; } = setupMethod;
    public long SetupFrame { get; } = setupFrame;
    public FtpPath WorkingDirectory { get; } = workingDirectory;

    /// <summary>The request this connection answers (RETR notes.txt) and its frame, once seen.</summary>
    public string? Command { get; set; }
    public long CommandFrame { get; set; }

    /// <summary>
    /// The announcing frame as the data connection's first segment recorded it (packet-ftp.c's setup_frame, set by
    /// dissect_ftpdata): 0 while no data came, so a command whose connection carried nothing links to no setup frame.
    /// </summary>
    public long SetupFrameSeen { get; set; }

    public long FirstFrame { get; set; }
    public long FirstTime { get; set; }
    public long LastFrame { get; set; }
    public long LastTime { get; set; }
    public long FramesSeen { get; set; }
    public long BytesSeen { get; set; }
}
