using Sniffer.Dissectors.Model;

namespace Sniffer.Files;

/// <summary>
/// A streaming reader over one capture file. It holds one packet buffer, reused for every frame, so its
/// memory does not grow with the file. Malformed input never throws: reading stops, <see cref="Error"/>
/// says where and why, and every frame read before that point was delivered. Exceptions raised by the
/// underlying stream itself (I/O errors) do propagate.
/// </summary>
public interface ICaptureReader : IDisposable
{
    CaptureFormat Format { get; }

    /// <summary>Interfaces described so far; grows as Interface Description Blocks are read.</summary>
    IReadOnlyList<CaptureInterface> Interfaces { get; }

    /// <summary>Decryption Secrets Blocks read so far, in file order.</summary>
    IReadOnlyList<DecryptionSecret> DecryptionSecrets { get; }

    /// <summary>Set when reading stopped on bad input (or the input could not be opened); null after a clean end.</summary>
    CaptureFileError? Error { get; }

    /// <summary>
    /// Reads the next packet. Returns false at the end of the file or when reading stopped on an error.
    /// <see cref="Frame.Data"/> points into the reader's buffer and is valid only until the next call.
    /// </summary>
    bool TryReadNext(out Frame frame);
}
