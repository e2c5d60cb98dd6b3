namespace Sniffer.Pipeline;

/// <summary>
/// A count of batches one thread hands the other (the read-ahead reader's batches of frames, the detached printer's
/// batches of slots). A thread that finds none sleeps at once instead of spinning first (SemaphoreSlim spins and
/// yields: 12,000 sched_yield calls in one 300 MB analyze): with the reader, the run and the printer on two cores, a
/// spinning thread takes the core the thread it waits for needs.
/// </summary>
internal sealed class BatchSignal(int count)
{
    private readonly object _lock = new();
    private int _count = count;
    private int _sleepers;

    public void Wait()
    {
        lock (_lock)
        {
            while (_count == 0)
            {
                _sleepers++;
                Monitor.Wait(_lock);
                _sleepers--;
            }
            _count--;
        }
    }

    /// <summary>Not <paramref name="urgent"/>: a sleeper is woken only when two batches or more are waiting.</summary>
    public void Release(int count = 1, bool urgent = true)
    {
        lock (_lock)
        {
            _count += count;
            if (_sleepers > 0 && (urgent || _count >= 2))
                Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Wakes a sleeper if anything is waiting (what a <see cref="Release"/> not urgent left asleep).</summary>
    public void Wake()
    {
        lock (_lock)
        {
            if (_sleepers > 0 && _count > 0)
                Monitor.PulseAll(_lock);
        }
    }
}
