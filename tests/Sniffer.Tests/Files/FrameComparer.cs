namespace Sniffer.Tests.Files;

/// <summary>Compares copied frames by value, data bytes included (records compare arrays by reference).</summary>
internal sealed class FrameComparer : IEqualityComparer<ReadFrame>
{
    public static readonly FrameComparer Instance = new();
    private static readonly byte[] NoData = [];

    public bool Equals(ReadFrame? x, ReadFrame? y) =>
        x is not null && y is not null && x with { Data = NoData } == y with { Data = NoData } && x.Data.AsSpan().SequenceEqual(y.Data);

    public int GetHashCode(ReadFrame obj) => HashCode.Combine(obj.Number, obj.Timestamp, obj.Data.Length);
}
