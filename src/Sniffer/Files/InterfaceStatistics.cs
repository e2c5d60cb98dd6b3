namespace Sniffer.Files;

/// <summary>
/// Counters of one interface, as an Interface Statistics Block carries them. Times are nanoseconds since
/// the epoch; every member is optional because capture sources know different things.
/// </summary>
public sealed record InterfaceStatistics
{
    /// <summary>When the counters were taken (the ISB's own timestamp). The writer uses <see cref="EndTimeNs"/>, then <see cref="StartTimeNs"/>, then 0 when this is null.</summary>
    public long? TimestampNs { get; init; }

    /// <summary>isb_starttime: when the capture on this interface started.</summary>
    public long? StartTimeNs { get; init; }

    /// <summary>isb_endtime: when it ended.</summary>
    public long? EndTimeNs { get; init; }

    /// <summary>isb_ifrecv: packets the interface received.</summary>
    public ulong? Received { get; init; }

    /// <summary>isb_ifdrop: packets the interface dropped (no buffer, …).</summary>
    public ulong? DroppedByInterface { get; init; }

    /// <summary>isb_filteraccept: packets the capture filter accepted.</summary>
    public ulong? AcceptedByFilter { get; init; }

    /// <summary>isb_osdrop: packets the operating system dropped.</summary>
    public ulong? DroppedByOs { get; init; }

    /// <summary>isb_usrdeliv: packets delivered to the capturing program.</summary>
    public ulong? DeliveredToUser { get; init; }

    /// <summary>opt_comment.</summary>
    public string? Comment { get; init; }
}
