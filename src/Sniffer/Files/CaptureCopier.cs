using System.Runtime.InteropServices;
using Sniffer.Dissectors.Model;

namespace Sniffer.Files;

/// <summary>
/// Writes frames read from one capture into a new pcapng (read -w, inject-secrets): each source interface
/// becomes an IDB the first time one of its frames is written, and Decryption Secrets Blocks go out
/// before the first packet written after they were read, as editcap places them.
/// </summary>
public sealed class CaptureCopier : IDisposable
{
    private readonly ICaptureReader _reader;
    private readonly PcapngWriter _writer;
    private readonly Dictionary<int, int> _interfaceMap = new();
    private int _secretsWritten;
    private readonly List<(uint Type, byte[] Data)> _extraSecrets = new();
    /// <summary>Per written interface: first and last packet time and the packets written, for its statistics block.</summary>
    private readonly Dictionary<int, (long First, long Last, ulong Count)> _written = new();

    public CaptureCopier(ICaptureReader reader, Stream output)
    {
        _reader = reader;
        _writer = new PcapngWriter(output, DefaultOptions);
    }

    public static PcapngWriterOptions DefaultOptions => new()
    {
        Application = "Sniffer",
        OperatingSystem = RuntimeInformation.OSDescription,
        Hardware = RuntimeInformation.ProcessArchitecture.ToString(),
    };

    /// <summary>Secrets to put in the file after the interface descriptions and before the first packet (inject-secrets).</summary>
    public void AddSecrets(uint secretsType, ReadOnlySpan<byte> data) => _extraSecrets.Add((secretsType, data.ToArray()));

    public void Write(in Frame frame)
    {
        int id = InterfaceFor(frame);
        foreach (var (type, data) in _extraSecrets)
            _writer.WriteDecryptionSecrets(type, data);
        _extraSecrets.Clear();
        var secrets = _reader.DecryptionSecrets;
        for (; _secretsWritten < secrets.Count; _secretsWritten++)
            _writer.WriteDecryptionSecrets(secrets[_secretsWritten].SecretsType, secrets[_secretsWritten].Data.Span);
        _writer.WritePacket(id, frame.Timestamp, frame.Data.Span, frame.OriginalLength, frame.Comment);
        _written[id] = _written.TryGetValue(id, out var w)
            ? (w.First, frame.Timestamp, w.Count + 1)
            : (frame.Timestamp, frame.Timestamp, 1UL);
    }

    private int InterfaceFor(in Frame frame)
    {
        if (!_interfaceMap.TryGetValue(frame.InterfaceId, out int id))
        {
            var source = frame.InterfaceId < _reader.Interfaces.Count ? _reader.Interfaces[frame.InterfaceId] : null;
            id = _writer.AddInterface(new PcapngInterface
            {
                LinkType = frame.Link,
                SnapLength = source?.SnapLength ?? 0,
                Name = source?.Name,
                Description = source?.Description,
                Filter = source?.Filter,
                OperatingSystem = source?.OperatingSystem,
            });
            _interfaceMap[frame.InterfaceId] = id;
        }
        return id;
    }

    /// <summary>Ends the file with one Interface Statistics Block per interface (first/last packet time, packets written).</summary>
    public void Dispose()
    {
        foreach (var (id, w) in _written.OrderBy(kv => kv.Key))
            _writer.WriteInterfaceStatistics(id, new InterfaceStatistics
            {
                TimestampNs = w.Last,
                StartTimeNs = w.First,
                EndTimeNs = w.Last,
                DeliveredToUser = w.Count,
            });
        _writer.Dispose();
    }
}
