namespace Sniffer.Pipeline;

/// <summary>
/// A count of batches one thread hands the other. A thread that finds none sleeps at once instead of spinning first
/// (SemaphoreSlim spins and yields): with the reader, the run and the printer on two cores, a spinning thread takes
/// the core the thread it waits for needs.
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

    public void Release(int count = 1)
    {
        lock (_lock)
        {
            _count += count;
            if (_sleepers > 0)
                Monitor.PulseAll(_lock);
        }
    }
}
