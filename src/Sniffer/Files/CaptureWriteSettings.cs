namespace Sniffer.Files;

/// <summary>How <see cref="CaptureCopier"/> writes: the file type, what it adds to or drops from the copy.</summary>
public sealed record CaptureWriteSettings
{
    /// <summary>-F: pcapng (the default, as tshark's), pcap or nsecpcap.</summary>
    public CaptureFileType FileType { get; init; } = CaptureFileType.PcapNg;

    /// <summary>shb_userappl written when the input's section names no application (tshark writes its own name then).</summary>
    public string Application { get; init; } = ProgramName;

    /// <summary>Section Header Block options to write instead of the input's (mergecap builds its own).</summary>
    public IReadOnlyList<PcapngOption>? SectionOptions { get; init; }

    /// <summary>Capture comments added after the input's (editcap --capture-comment).</summary>
    public IReadOnlyList<string> AddedComments { get; init; } = [];

    /// <summary>Drop the input's capture comments (editcap --discard-capture-comment).</summary>
    public bool DiscardComments { get; init; }

    /// <summary>Drop the input's Decryption Secrets Blocks (editcap --discard-all-secrets); injected ones are still written.</summary>
    public bool DiscardSecrets { get; init; }

    /// <summary>Secrets written after the interface descriptions, before the first packet (editcap --inject-secrets).</summary>
    public IReadOnlyList<(uint Type, byte[] Data)> InjectedSecrets { get; init; } = [];

    /// <summary>Called once, just before the first secret is written (the output is then made readable by its owner only).</summary>
    public Action? BeforeFirstSecret { get; init; }

    /// <summary>Merge equal interfaces of several inputs into one, as mergecap's default IDB mode "all" does.</summary>
    public bool MergeInterfaces { get; init; }

    /// <summary>The name and version Sniffer writes into shb_userappl.</summary>
    public static string ProgramName { get; } =
        "Sniffer " + (typeof(CaptureWriteSettings).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
}
