using System.Diagnostics.CodeAnalysis;
using Sniffer.Files;

namespace Sniffer.Pipeline;

/// <summary>Opens the writer behind read -w, edit and merge: the output file (compressed by its name), 0600 once it holds secrets.</summary>
public static class CaptureWriting
{
    /// <summary>
    /// A copier from <paramref name="readers"/> into <paramref name="path"/>, or false and one line saying why the
    /// file cannot be created. The file is made readable by its owner only before any secret goes into it.
    /// </summary>
    public static bool TryOpen(IReadOnlyList<ICaptureReader> readers, string path, CaptureWriteSettings settings,
        [NotNullWhen(true)] out CaptureCopier? copier, [NotNullWhen(false)] out string? problem)
    {
        copier = null;
        problem = null;
        try
        {
            var stream = CaptureOutputFile.Open(path, holdsSecrets: settings.InjectedSecrets.Count > 0);
            var guarded = settings with { BeforeFirstSecret = () => CaptureOutputFile.RestrictToOwner(path) };
            copier = new CaptureCopier(readers, stream, guarded);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"The file \"{path}\" could not be created: {e.Message}";
            return false;
        }
    }
}
