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

    /// <summary>Secrets to put in the file before any packet (inject-secrets), beside those the source file carries.</summary>
    public void AddSecrets(uint secretsType, ReadOnlySpan<byte> data) => _writer.WriteDecryptionSecrets(secretsType, data);

    public void Write(in Frame frame)
    {
        var secrets = _reader.DecryptionSecrets;
        for (; _secretsWritten < secrets.Count; _secretsWritten++)
            _writer.WriteDecryptionSecrets(secrets[_secretsWritten].SecretsType, secrets[_secretsWritten].Data.Span);
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
        _writer.WritePacket(id, frame.Timestamp, frame.Data.Span, frame.OriginalLength, frame.Comment);
    }

    public void Dispose() => _writer.Dispose();
}
