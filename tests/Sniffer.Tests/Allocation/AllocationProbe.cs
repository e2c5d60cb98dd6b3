using System.Diagnostics.Tracing;

namespace Sniffer.Tests.Allocation;

/// <summary>Samples what the runtime allocates (GCAllocationTick, about every 100 KB) by type, to name a hot path's allocations in a failure message.</summary>
internal sealed class AllocationProbe : EventListener
{
    private readonly Dictionary<string, long> _byType = new();
    private bool _on;

    public void Start() => _on = true;

    public string Top(int n)
    {
        lock (_byType)
            return string.Join(", ", _byType.OrderByDescending(kv => kv.Value).Take(n).Select(kv => $"{kv.Key}×{kv.Value}"));
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName != "GCAllocationTick_V4" || e.Payload is null)
            return;
        int i = e.PayloadNames!.IndexOf("TypeName");
        string type = i >= 0 ? e.Payload[i]?.ToString() ?? "?" : "?";
        lock (_byType)
            _byType[type] = _byType.GetValueOrDefault(type) + 1;
    }
}
