using System.Runtime.InteropServices;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Pipeline;

/// <summary>
/// <c>sniffer merge</c>: mergecap 4.0. Frames of every input in time order (the earliest next frame wins,
/// the later file on a tie, as mergecap's is_earlier compares), or one file after another with -a. The section header is the first input's
/// with mergecap's changes (no hardware, this machine's OS, Sniffer as the application, the list of merged
/// files added to its first comment); interfaces are merged as mergecap's default mode "all" merges them:
/// one set when every input describes the same interfaces, else each input's in turn. Streaming: one frame
/// per input is held at a time.
/// </summary>
public static class MergePipeline
{
    public static int Run(IReadOnlyList<string> inputs, string output, bool concatenate, CaptureFileType type)
    {
        if (CaptureOutputFile.OverwriteProblem(output, inputs) is { } overwrite)
        {
            ConsoleOutput.Error(overwrite);
            return 1;
        }
        var readers = new List<ICaptureReader>();
        try
        {
            foreach (string input in inputs)
            {
                var reader = CaptureFileReader.Open(input);
                readers.Add(reader);
                if (reader.Format == CaptureFormat.Unknown && reader.Error is { } openError)
                {
                    ConsoleOutput.Error(openError.ToString());
                    return 2;
                }
            }
            return Merge(readers, inputs, output, concatenate, type);
        }
        finally
        {
            foreach (var reader in readers)
                reader.Dispose();
        }
    }

    private static int Merge(List<ICaptureReader> readers, IReadOnlyList<string> inputs, string output, bool concatenate, CaptureFileType type)
    {
        // The next frame of each input; reading it first also makes the interfaces before it known, which
        // mergecap's "all" mode compares.
        var heads = new Frame[readers.Count];
        var live = new bool[readers.Count];
        for (int i = 0; i < readers.Count; i++)
            live[i] = readers[i].TryReadNext(out heads[i]);
        var settings = new CaptureWriteSettings
        {
            FileType = type,
            SectionOptions = SectionOptions(readers[0], inputs),
            MergeInterfaces = true,
        };
        if (!CaptureWriting.TryOpen(readers, output, settings, out var copier, out var problem))
        {
            ConsoleOutput.Error(problem);
            return 2;
        }
        try
        {
            using (copier)
            {
                if (concatenate)
                {
                    for (int i = 0; i < readers.Count; i++)
                    {
                        for (bool more = live[i]; more; more = readers[i].TryReadNext(out heads[i]))
                            copier.Write(i, heads[i]);
                    }
                }
                else
                {
                    while (Earliest(heads, live) is int next)
                    {
                        copier.Write(next, heads[next]);
                        live[next] = readers[next].TryReadNext(out heads[next]);
                    }
                }
            }
        }
        catch (CaptureWriteException e)
        {
            ConsoleOutput.Error(e.Message);
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ConsoleOutput.Error($"{output}: write failed: {e.Message}");
            return 2;
        }
        int status = 0;
        foreach (var reader in readers)
        {
            if (reader.Error is { } error)
            {
                ConsoleOutput.Error(error.ToString());
                status = 2;
            }
        }
        return status;
    }

    private static int? Earliest(Frame[] heads, bool[] live)
    {
        int? best = null;
        for (int i = 0; i < heads.Length; i++)
        {
            if (live[i] && (best is null || heads[i].Timestamp <= heads[best.Value].Timestamp))
                best = i;
        }
        return best;
    }

    /// <summary>mergecap's section header: the first input's, hardware dropped, OS this machine's, its first comment extended.</summary>
    private static List<PcapngOption> SectionOptions(ICaptureReader first, IReadOnlyList<string> inputs)
    {
        var options = first is PcapngReader pcapng && pcapng.Sections.Count > 0 ? [.. pcapng.SectionOptions(0)] : new List<PcapngOption>();
        int comment = options.FindIndex(o => o.Code == Layout.Option.Comment);
        if (comment >= 0 && options[comment].Value.Length > 0)
        {
            var text = new System.Text.StringBuilder(System.Text.Encoding.UTF8.GetString(options[comment].Value.Span)).Append(" \n");
            text.Append("File created by merging: \n");
            for (int i = 0; i < inputs.Count; i++)
                text.Append($"File{i + 1}: {inputs[i]} \n");
            options[comment] = PcapngOption.Text(Layout.Option.Comment, text.ToString());
        }
        options.RemoveAll(o => o.Code is Layout.SectionHeader.Hardware or Layout.SectionHeader.OperatingSystem or Layout.SectionHeader.Application);
        options.Add(PcapngOption.Text(Layout.SectionHeader.OperatingSystem, OperatingSystemVersion()));
        options.Add(PcapngOption.Text(Layout.SectionHeader.Application, CaptureWriteSettings.ProgramName));
        return options;
    }

    /// <summary>The OS as Wireshark's get_os_version_info words it on Linux ("Linux 6.1.0-18-amd64"), else .NET's description.</summary>
    private static string OperatingSystemVersion()
    {
        const string release = "/proc/sys/kernel/osrelease";
        if (OperatingSystem.IsLinux() && File.Exists(release))
            return "Linux " + File.ReadAllText(release).Trim();
        return RuntimeInformation.OSDescription;
    }
}
