using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Taps;

/// <summary>
/// A compiled display filter as the run applies it (-Y): a yes/no over a frame's tree, and the fields it reads, which
/// the tree must keep.
/// </summary>
public interface IFrameFilter
{
    IReadOnlyCollection<FieldDef> ReferencedFields { get; }

    bool Matches(FieldTree tree);
}
