namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>The functions Wireshark 4.0 has (epan/dfilter/dfunctions.c), with their argument counts.</summary>
internal sealed class FilterFunction
{
    public static readonly FilterFunction Lower = new("lower", 1, 1);
    public static readonly FilterFunction Upper = new("upper", 1, 1);
    public static readonly FilterFunction Len = new("len", 1, 1);
    public static readonly FilterFunction Count = new("count", 1, 1);
    public static readonly FilterFunction String = new("string", 1, 1);
    public static readonly FilterFunction Max = new("max", 1, 0);
    public static readonly FilterFunction Min = new("min", 1, 0);
    public static readonly FilterFunction Abs = new("abs", 1, 1);

    private static readonly FilterFunction[] All = [Lower, Upper, Len, Count, String, Max, Min, Abs];

    private FilterFunction(string name, int minArguments, int maxArguments)
    {
        Name = name;
        MinArguments = minArguments;
        MaxArguments = maxArguments;
    }

    public string Name { get; }
    public int MinArguments { get; }
    /// <summary>0: no limit.</summary>
    public int MaxArguments { get; }

    public static FilterFunction? Find(string name)
    {
        foreach (var f in All)
            if (f.Name == name)
                return f;
        return null;
    }

    public override string ToString() => Name;
}
