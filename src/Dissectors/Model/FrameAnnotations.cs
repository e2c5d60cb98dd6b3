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

    // Records of the first pass that the second reads as the first pass left them (tshark's second pass finds the same
    // per-conversation objects the first pass filled, e.g. packet-ftp.c's ftp_command_to_data_hash).
    private readonly Dictionary<(long Frame, int Field), object> _records = new();

    /// <summary>
    /// Records that frame <paramref name="frame"/> refers, for <paramref name="field"/>, to <paramref name="record"/>: an
    /// object the first pass keeps filling after the note, which the second pass reads in the state the first pass ended
    /// it in. A later note for the same frame and field replaces it. Ignored once the first pass ended, unless
    /// <paramref name="inSecondPass"/> says the second pass changes the table too (as tshark's second pass inserts into
    /// a dissector's table where it has no first-pass guard).
    /// </summary>
    public void NoteRecord(long frame, FieldDef field, object record, bool inSecondPass = false)
    {
        if (FirstPassEnded && !inSecondPass)
            return;
        if (_records.Count < MaxFacts || _records.ContainsKey((frame, field.Id)))
            _records[(frame, field.Id)] = record;
    }

    public bool TryGetRecord<T>(long frame, FieldDef field, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? record) where T : class
    {
        record = _records.TryGetValue((frame, field.Id), out object? found) ? found as T : null;
        return record is not null;
    }

    private readonly Dictionary<(long Stream, int Field), object> _streamRecords = new();

    /// <summary>
    /// Records, for the TCP conversation <paramref name="stream"/>, the object the first pass holds as <paramref name="field"/>
    /// now: the last note is the one the conversation ended the first pass with, which tshark's second pass starts from
    /// (a per-conversation pointer the first pass moved and the second does not). Ignored once the first pass ended.
    /// </summary>
    public void NoteConversationRecord(long stream, FieldDef field, object record)
    {
        if (FirstPassEnded)
            return;
        if (_streamRecords.Count < MaxFacts || _streamRecords.ContainsKey((stream, field.Id)))
            _streamRecords[(stream, field.Id)] = record;
    }

    public bool TryGetConversationRecord<T>(long stream, FieldDef field, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? record)
        where T : class
    {
        record = _streamRecords.TryGetValue((stream, field.Id), out object? found) ? found as T : null;
        return record is not null;
    }

    // Facts about a place in a byte stream (a TCP stream's direction and an offset in it), for PDUs a layer reassembles
    // itself — packet-tls.c keys its multi-segment PDUs by their first byte's position in the decrypted stream.
    private readonly Dictionary<(long Stream, int Direction, long Position, int Field), ulong> _positions = new();

    /// <summary>
    /// Records <paramref name="field"/> = <paramref name="value"/> for the PDU starting at <paramref name="position"/> of
    /// direction <paramref name="direction"/> of stream <paramref name="stream"/> (a later note replaces it). Ignored
    /// once the first pass ended.
    /// </summary>
    public void NoteAt(long stream, int direction, long position, FieldDef field, ulong value)
    {
        if (FirstPassEnded)
            return;
        var key = (stream, direction, position, field.Id);
        if (_positions.Count < MaxFacts || _positions.ContainsKey(key))
            _positions[key] = value;
    }

    public bool TryGetAt(long stream, int direction, long position, FieldDef field, out ulong value)
        => _positions.TryGetValue((stream, direction, position, field.Id), out value);

    public int Count => _values.Count;
}
