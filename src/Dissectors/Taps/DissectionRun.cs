using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Taps;

/// <summary>
/// One pass of dissection for a set of taps (Wireshark's epan_dissect_run_with_taps): it unions what the taps and the
/// display filter need, configures the frame dissector to build just that (fields and their protocols, columns,
/// display text, stream events, connections kept), dissects each frame once, applies the filter, and hands the same
/// tree to every tap — to those that want every frame, and, when the filter selects it, to the others. At the end,
/// each tap receives the <see cref="CaptureModel"/>.
/// </summary>
public sealed class DissectionRun
{
    private readonly ITap[] _taps;
    private readonly ITap[] _displayedTaps;
    private readonly ITap[] _everyFrameTaps;
    private readonly IFrameFilter? _filter;
    private readonly ITreeCompletion[] _completions;
    private bool _finished;
    private long _bytesSinceCollection;
    private const long CollectEveryBytes = 32L << 20;

    /// <summary>
    /// A run for <paramref name="taps"/>; <paramref name="completions"/> are steps that add derived items (columns as
    /// fields) besides the expert-info items every run can add — each used only when a tap or the filter names its fields.
    /// </summary>
    public DissectionRun(DissectorRegistry registry, IReadOnlyList<ITap> taps, IFrameFilter? filter = null,
        IReadOnlyList<ITreeCompletion>? completions = null)
    {
        Registry = registry;
        _filter = filter;
        _taps = taps.ToArray();
        _displayedTaps = taps.Where(t => (t.Needs & TapNeeds.EveryFrame) == 0).ToArray();
        _everyFrameTaps = taps.Where(t => (t.Needs & TapNeeds.EveryFrame) != 0).ToArray();
        Dissector = new PacketDissector(registry);

        var needs = TapNeeds.None;
        foreach (var tap in taps)
            needs |= tap.Needs;
        var requested = new HashSet<FieldDef>(taps.SelectMany(t => t.Fields));
        if (filter is not null)
            requested.UnionWith(filter.ReferencedFields);
        _completions = [.. new ITreeCompletion[] { new ExpertInfoCompletion() }.Concat(completions ?? [])
            .Where(c => c.Provides.Any(requested.Contains))];
        foreach (var completion in _completions)
            needs |= completion.NeedsFor(requested);
        Needs = needs;
        if ((needs & TapNeeds.AllFields) != 0)
        {
            Dissector.KeepOnly(null);
        }
        else
        {
            var fields = new List<FieldDef>(requested);
            foreach (var completion in _completions)
                fields.AddRange(completion.Reads);
            Dissector.KeepOnly(fields);
        }
        Dissector.InfoColumnEnabled = (needs & TapNeeds.Columns) != 0;
        Dissector.BuildsText = (needs & TapNeeds.DisplayText) != 0;
        Dissector.RecordStreamEvents = (needs & TapNeeds.StreamData) != 0;
        Dissector.RetainConversations = (needs & TapNeeds.Connections) != 0;
        var endTaps = taps.Where(t => (t.Needs & TapNeeds.ConnectionsAsTheyEnd) != 0).ToArray();
        if (endTaps.Length > 0)
            Dissector.Conversations.Forgetting = c =>
            {
                foreach (var tap in endTaps)
                    tap.OnConnectionEnd(c);
            };
        Dissector.EveryFrameDisplayed = filter is null;
        Model = new CaptureModel(Dissector.Conversations, Dissector.UdpConversations, registry.KeyLog);
    }

    public DissectorRegistry Registry { get; }

    /// <summary>The union of every tap's needs.</summary>
    public TapNeeds Needs { get; }

    public PacketDissector Dissector { get; }

    public CaptureModel Model { get; }

    /// <summary>Dissects one frame and hands it to the taps; returns whether the display filter selected it.</summary>
    public bool Process(in Frame frame) => Process(frame, deliver: true);

    /// <summary>
    /// Dissects one frame; only when <paramref name="deliver"/> is the frame handed to the taps (a second pass dissects the
    /// frames its first pass dropped, so every conversation's state evolves as it did there, but shows only those kept).
    /// </summary>
    public bool Process(in Frame frame, bool deliver)
    {
        _bytesSinceCollection += frame.Data.Length;
        if (_bytesSinceCollection >= CollectEveryBytes)
        {
            // A long read's live data is small and flat (a few MB: open connections, tombstones), but the GC keeps the
            // regions of dead objects that reached the oldest generation until a full collection it schedules late, so
            // peak memory crept up with the file's size. A full compacting collection every 32 MiB read (a few ms with
            // this little live data) keeps the peak where the first 32 MiB put it.
            _bytesSinceCollection = 0;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        var packet = Dissector.Dissect(frame, shown: deliver);
        if (!deliver)
            return false;
        foreach (var completion in _completions)
            completion.Complete(packet);
        var model = Model;
        if (model.FramesDissected == 0)
            model.FirstTimestamp = frame.Timestamp;
        model.LastTimestamp = frame.Timestamp;
        model.FramesDissected++;
        bool displayed = _filter is null || _filter.Matches(packet.Tree);
        if (displayed)
        {
            model.FramesDisplayed++;
            if (_filter is not null)
                Dissector.MarkDisplayed(frame);
            foreach (var tap in _displayedTaps)
                tap.OnFrame(packet);
        }
        foreach (var tap in _everyFrameTaps)
            tap.OnFrame(packet);
        return displayed;
    }

    /// <summary>Ends the capture: PDUs still waiting are noted, then every tap receives the model, in the order the taps were given.</summary>
    public void Finish()
    {
        if (_finished)
            return;
        _finished = true;
        Dissector.Finish();
        Model.Notices = Dissector.Notices;
        foreach (var tap in _taps)
            tap.OnEnd(Model);
    }
}
