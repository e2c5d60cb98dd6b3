using Sniffer.Dissectors.Model;

namespace Sniffer.Files;

/// <summary>
/// What <see cref="CaptureFileReader.Open(string)"/> returns when the input cannot be read at all (missing
/// file, unknown magic, too short): no frames, and an <see cref="Error"/> saying why.
/// </summary>
internal sealed class FailedCaptureReader(CaptureFileError error, IDisposable? input) : ICaptureReader
{
    public CaptureFormat Format => CaptureFormat.Unknown;

    public IReadOnlyList<CaptureInterface> Interfaces => [];

    public IReadOnlyList<DecryptionSecret> DecryptionSecrets => [];

    public CaptureFileError? Error => error;

    public bool TryReadNext(out Frame frame)
    {
        frame = default;
        return false;
    }

    public void Dispose() => input?.Dispose();
}
