using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Taps;

/// <summary>
/// A step that adds items made from a frame's finished dissection (its expert items, its columns) to the frame's tree,
/// after the dissectors and before the display filter and the taps — Wireshark adds these as it builds the tree. A
/// run uses a completion only when a tap or the filter names one of its fields, so nothing is made for nobody.
/// </summary>
public interface ITreeCompletion
{
    /// <summary>The fields this step adds.</summary>
    IReadOnlyCollection<FieldDef> Provides { get; }

    /// <summary>The fields it reads from the tree, which the tree must then keep.</summary>
    IReadOnlyCollection<FieldDef> Reads { get; }

    /// <summary>What dissection must also produce for it (the columns, display text).</summary>
    TapNeeds NeedsFor(IReadOnlySet<FieldDef> requested);

    /// <summary>Adds the items to <paramref name="packet"/>'s tree (those the tree keeps).</summary>
    void Complete(PacketContext packet);
}
