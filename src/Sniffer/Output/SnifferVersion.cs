using System.Reflection;

namespace Sniffer.Output;

/// <summary>Sniffer's version, as outputs that name their creator write it (PDML, PSML).</summary>
public static class SnifferVersion
{
    public static string Text { get; } = typeof(SnifferVersion).Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{v.Build}"
        : "0.0.0";
}
