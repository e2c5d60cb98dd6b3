namespace Sniffer.Dissectors.Model;

/// <summary>
/// What the first pass of a two-pass read (<c>-2</c>) learnt about frames that a single pass learns only later — a
/// request's <c>http.response_in</c>, a query's <c>dns.response_in</c> — for the second pass to show on the frame
/// itself, as tshark's second pass does. Dissectors note a fact when they learn it and look it up when they dissect
/// the frame it belongs to; in a single pass there are no annotations (<see cref="PacketContext.Annotations"/> is null).
/// </summary>
public sealed class FrameAnnotations
{
    private readonly Dictionary<(long Frame, int Field), ulong> _values = new();

    /// <summary>Most facts kept (a bound for hostile captures; later ones are dropped).</summary>
    public const int MaxFacts = 10_000_000;

    /// <summary>
    /// Records that frame <paramref name="frame"/> has <paramref name="field"/> = <paramref name="value"/> (a later note
    /// for the same frame and field replaces it, as tshark keeps one record per frame). Ignored once the first pass
    /// ended: the second pass reads what the first learnt, and its own notes would only overwrite it.
    /// </summary>
    public void Note(long frame, FieldDef field, ulong value)
    {
        if (FirstPassEnded)
            return;
        if (_values.Count < MaxFacts || _values.ContainsKey((frame, field.Id)))
            _values[(frame, field.Id)] = value;
    }

    /// <summary>True once <see cref="EndFirstPass"/> was called: notes are then read, no longer written.</summary>
    public bool FirstPassEnded { get; private set; }

    /// <summary>Called by the pipeline between the two passes.</summary>
    public void EndFirstPass() => FirstPassEnded = true;

    public bool TryGet(long frame, FieldDef field, out ulong value) => _values.TryGetValue((frame, field.Id), out value);

    // Facts about a whole TCP conversation (by stream index), as tshark's second pass reads them from the conversation
    // the first pass left behind.
    private readonly Dictionary<(long Stream, int Field), ulong> _streams = new();

    /// <summary>
    /// A conversation-wide value as a frame shows it: in the first pass the value so far, which is noted (the last note
    /// is the value the conversation ended with); in the second pass that ending value (tshark's tcp.completeness, the
    /// initial RTT, HTTP's "/N", a TLS session's version).
    /// </summary>
    public ulong AsConversationEnded(long stream, FieldDef field, ulong soFar)
    {
        if (!FirstPassEnded)
        {
            if (_streams.Count < MaxFacts || _streams.ContainsKey((stream, field.Id)))
                _streams[(stream, field.Id)] = soFar;
            return soFar;
        }
        return _streams.TryGetValue((stream, field.Id), out ulong ended) ? ended : soFar;
    }

    public int Count => _values.Count;
}
