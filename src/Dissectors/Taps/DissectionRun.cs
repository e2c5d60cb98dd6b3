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
    private int _collections;
    private const long CollectEveryBytes = 32L << 20;
    /// <summary>Every this many collections of <see cref="CollectEveryBytes"/> (every 512 MiB read), a full one.</summary>
    private const int FullCollectionEvery = 16;

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
        // Hidden items are left out when every reader of the whole tree shows only shown items and nothing else (no
        // filter, no tap naming fields, no completion) could read them.
        Dissector.DropsHiddenItems = (needs & TapNeeds.ShownItemsOnly) != 0 && filter is null && _completions.Length == 0
            && taps.All(t => (t.Needs & TapNeeds.ShownItemsOnly) != 0 || ((t.Needs & TapNeeds.AllFields) == 0 && t.Fields.Count == 0));
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
            // regions of dead objects that reached an old generation until a full collection it schedules late, so
            // peak memory crept up with the file's size. A compacting collection of the young generations every 32 MiB
            // read keeps the peak where the first 32 MiB put it (analyze: 61.0 MiB at 100 MB, 63.9 MiB at 1 GB), and
            // costs less than the full one it replaced (which re-marked and re-planned the whole old generation each
            // time: 8% of analyze's CPU on the 1 GB bench file, 6% of read's); a full one every 512 MiB still bounds
            // what reaches the oldest generation on captures far longer than that.
            _bytesSinceCollection = 0;
            bool full = ++_collections % FullCollectionEvery == 0;
            GC.Collect(full ? 2 : 1, GCCollectionMode.Forced, blocking: true, compacting: true);
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
