namespace Sniffer.Lab;

/// <summary>One line per event on the lab peers' log (standard error by default), written whole from any thread.</summary>
public sealed class LabLog(TextWriter writer)
{
    private readonly Lock _gate = new();

    public static LabLog None { get; } = new(TextWriter.Null);

    public void Line(string text)
    {
        lock (_gate)
        {
            writer.Write(text);
            writer.Write('\n');
            writer.Flush();
        }
    }
}
