using Sniffer.Dissectors.Model;
using Layout = Sniffer.Files.PcapngLayout;

namespace Sniffer.Files;

/// <summary>
/// Writes frames read from one or more captures into a new file, one frame at a time (so a display filter,
/// a packet range or a time window can sit in front), keeping what the input recorded as tshark -w,
/// editcap and mergecap keep it:
/// <list type="bullet">
/// <item>pcapng: the first input's Section Header Block options (hardware, OS, application, comments;
/// shb_userappl is added only when the input names none); every input interface as an Interface
/// Description Block with all its options (if_tsresol, if_tsoffset, name, description, filter, OS, …),
/// written before the first packet that follows it, ids kept; each packet's options (comments, flags);
/// the input's Decryption Secrets Blocks before the first packet after them. Interface Statistics Blocks
/// are not copied (tshark writes none either).</item>
/// <item>pcap and nsecpcap: one link type, from the first interface; comments and secrets have nowhere to go.</item>
/// </list>
/// A packet whose original length is below its captured length is written as read, as editcap does.
/// </summary>
public sealed class CaptureCopier : IDisposable
{
    private readonly IReadOnlyList<ICaptureReader> _sources;
    private readonly CaptureWriteSettings _settings;
    private readonly Stream _output;
    private readonly PcapngWriter? _pcapng;
    private PcapWriter? _pcap;
    private readonly List<int>[] _interfaceMap;      // per source: its interface index → output interface id
    private readonly int[] _secretsWritten;
    private bool _injected;
    private bool _secretsAnnounced;
    private bool _mergedInterfaces;
    private bool _disposed;

    /// <summary>Copies from one reader, as tshark -r IN -w OUT.</summary>
    public CaptureCopier(ICaptureReader reader, Stream output, CaptureWriteSettings? settings = null)
        : this([reader], output, settings ?? new CaptureWriteSettings())
    {
    }

    /// <summary>Copies from several readers into one file (mergecap); frames say which source they come from.</summary>
    public CaptureCopier(IReadOnlyList<ICaptureReader> sources, Stream output, CaptureWriteSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sources.Count);
        _sources = sources;
        _settings = settings;
        _output = output;
        _interfaceMap = [.. sources.Select(_ => new List<int>())];
        _secretsWritten = new int[sources.Count];
        if (settings.FileType == CaptureFileType.PcapNg)
            _pcapng = new PcapngWriter(output, new PcapngWriterOptions { SectionOptions = SectionOptions(sources[0], settings) });
    }

    /// <summary>Whether the output holds a Decryption Secrets Block (and so must be kept private).</summary>
    public bool WroteSecrets => _pcapng?.WroteSecrets ?? false;

    /// <summary>Writes the frame the (only) reader returned last.</summary>
    public void Write(in Frame frame, string? addedComment = null) => Write(0, frame, addedComment);

    /// <summary>
    /// Writes the frame the reader <paramref name="source"/> returned last (its packet options are read from
    /// that reader, so call this before reading on). <paramref name="addedComment"/>, when set, is written after
    /// the packet's own comments (editcap -a).
    /// </summary>
    public void Write(int source, in Frame frame, string? addedComment = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_pcapng is null)
        {
            WritePcap(source, frame);
            return;
        }
        DescribeInterfaces();
        WriteSecrets();
        int id = frame.InterfaceId < _interfaceMap[source].Count ? _interfaceMap[source][frame.InterfaceId] : AddSyntheticInterface(source, frame);
        if (_sources[source] is PcapngReader pcapng)
            _pcapng.WritePacket(id, frame.Timestamp, frame.Data.Span, frame.OriginalLength, pcapng.PacketOptions, pcapng.PacketOptionsBigEndian, null, addedComment);
        else
            _pcapng.WritePacket(id, frame.Timestamp, frame.Data.Span, frame.OriginalLength, default, false, frame.Comment, addedComment);
    }

    /// <summary>Writes what is still owed (interfaces and secrets of an input with no packet after them) and closes the output.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (_pcapng is not null)
        {
            DescribeInterfaces(atEnd: true);
            WriteSecrets();
            _pcapng.Dispose();
            return;
        }
        if (_pcap is null)
            OpenPcap(_sources[0].Interfaces.Count > 0 ? _sources[0].Interfaces[0] : null, LinkType.Ethernet);
        _pcap!.Dispose();
    }

    /// <summary>The first input's section options (or the settings'), less or plus comments, with an application named.</summary>
    private static List<PcapngOption> SectionOptions(ICaptureReader source, CaptureWriteSettings settings)
    {
        var options = new List<PcapngOption>();
        if (settings.SectionOptions is { } given)
            options.AddRange(given);
        else if (source is PcapngReader pcapng && pcapng.Sections.Count > 0)
            options.AddRange(pcapng.SectionOptions(0));
        if (settings.DiscardComments)
            options.RemoveAll(o => o.Code == Layout.Option.Comment);
        int afterComments = options.FindLastIndex(o => o.Code == Layout.Option.Comment) + 1;
        options.InsertRange(afterComments, settings.AddedComments.Select(c => PcapngOption.Text(Layout.Option.Comment, c)));
        if (!options.Exists(o => o.Code == Layout.SectionHeader.Application))
            options.Add(PcapngOption.Text(Layout.SectionHeader.Application, settings.Application));
        return options;
    }

    /// <summary>
    /// Adds each input interface described since the last packet, in order, so output ids follow input ids. At
    /// the end, a pcap input's interface is described only if a packet used it (tshark writes no IDB for an
    /// empty pcap file).
    /// </summary>
    private void DescribeInterfaces(bool atEnd = false)
    {
        if (_settings.MergeInterfaces && !_mergedInterfaces)
        {
            _mergedInterfaces = true;
            if (AllInterfacesAlike())
            {
                foreach (var iface in _sources[0].Interfaces)
                {
                    int id = _pcapng!.AddInterface(Describe(_sources[0], iface));
                    foreach (var map in _interfaceMap)
                        map.Add(id);
                }
            }
        }
        for (int s = 0; s < _sources.Count; s++)
        {
            if (atEnd && _sources[s] is not PcapngReader)
                continue;
            var interfaces = _sources[s].Interfaces;
            var map = _interfaceMap[s];
            while (map.Count < interfaces.Count)
                map.Add(_pcapng!.AddInterface(Describe(_sources[s], interfaces[map.Count])));
        }
    }

    /// <summary>mergecap's "all" mode: every input lists the same number of interfaces, each alike its peer in the first input.</summary>
    private bool AllInterfacesAlike()
    {
        var first = _sources[0];
        for (int s = 1; s < _sources.Count; s++)
        {
            if (_sources[s].Interfaces.Count != first.Interfaces.Count)
                return false;
            for (int i = 0; i < first.Interfaces.Count; i++)
                if (!InterfaceMatch.AreDuplicates(Describe(first, first.Interfaces[i]), Describe(_sources[s], _sources[s].Interfaces[i])))
                    return false;
        }
        return true;
    }

    /// <summary>A source interface as an IDB to write: a pcapng interface with all its options, a pcap file's with its resolution.</summary>
    private static PcapngInterface Describe(ICaptureReader source, CaptureInterface iface) => new()
    {
        LinkType = iface.Link,
        SnapLength = iface.SnapLength,
        Options = source is PcapngReader pcapng
            ? pcapng.InterfaceOptions(iface.Index)
            : iface.TimePrecisionDigits == 9 ? [new PcapngOption(Layout.InterfaceDescription.TimestampResolution, new byte[] { 9 })] : [],
    };

    /// <summary>A frame on an interface its reader never described (a reader built in a test): an IDB from what the frame says.</summary>
    private int AddSyntheticInterface(int source, in Frame frame)
    {
        var map = _interfaceMap[source];
        int id = -1;
        while (map.Count <= frame.InterfaceId)
            map.Add(id = _pcapng!.AddInterface(new PcapngInterface { LinkType = frame.Link }));
        return id;
    }

    private void WriteSecrets()
    {
        if (!_injected)
        {
            _injected = true;
            foreach (var (type, data) in _settings.InjectedSecrets)
            {
                AnnounceSecrets();
                _pcapng!.WriteDecryptionSecrets(type, data);
            }
        }
        for (int s = 0; s < _sources.Count; s++)
        {
            var secrets = _sources[s].DecryptionSecrets;
            for (; _secretsWritten[s] < secrets.Count; _secretsWritten[s]++)
            {
                if (_settings.DiscardSecrets)
                    continue;
                AnnounceSecrets();
                var secret = secrets[_secretsWritten[s]];
                _pcapng!.WriteDecryptionSecrets(secret.SecretsType, secret.Data.Span);
            }
        }
    }

    private void AnnounceSecrets()
    {
        if (_secretsAnnounced)
            return;
        _secretsAnnounced = true;
        _settings.BeforeFirstSecret?.Invoke();
    }

    private void WritePcap(int source, in Frame frame)
    {
        if (_pcap is null)
        {
            var interfaces = _sources[source].Interfaces;
            OpenPcap(frame.InterfaceId < interfaces.Count ? interfaces[frame.InterfaceId] : null, frame.Link);
        }
        if (frame.Link != _pcap!.Link)
            throw new CaptureWriteException(
                $"frame {frame.Number} has link type {(ushort)frame.Link}, the file's is {(ushort)_pcap.Link}: a \"{CaptureFileTypes.NameOf(_settings.FileType)}\" file holds one link type (use -F pcapng)");
        _pcap.WritePacket(frame.Timestamp, frame.Data.Span, frame.OriginalLength);
    }

    private void OpenPcap(CaptureInterface? first, LinkType link) =>
        _pcap = new PcapWriter(_output, first?.Link ?? link, first?.SnapLength ?? 0, _settings.FileType == CaptureFileType.NanosecondPcap);
}
