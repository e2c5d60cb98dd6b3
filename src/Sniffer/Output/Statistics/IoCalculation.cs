namespace Sniffer.Output.Statistics;

/// <summary>What an io,stat column computes (tap-iostat.c's CALC_TYPE_…), in tshark's table order.</summary>
public enum IoCalculation
{
    Frames,
    Bytes,
    FramesAndBytes,
    Count,
    Sum,
    Min,
    Max,
    Avg,
    Load,
}
