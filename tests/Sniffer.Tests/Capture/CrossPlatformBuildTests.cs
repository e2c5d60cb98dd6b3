using System.Buffers.Binary;

namespace Sniffer.Tests.Capture;

/// <summary>
/// scripts/test.sh publishes the program for win-x64 and osx-arm64 (SNIFFER_CROSS_BUILDS lists the executables): each
/// is a real executable of its platform — a PE for x86-64 Windows, a 64-bit Mach-O for Apple silicon. They are built,
/// not run here; their platform layer is what PlatformLayerTests checks with the OS abstracted.
/// </summary>
public class CrossPlatformBuildTests
{
    private const string Variable = "SNIFFER_CROSS_BUILDS";

    private static string? Find(string rid) =>
        (Environment.GetEnvironmentVariable(Variable) ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(p => p.Replace('\\', '/').Contains("/" + rid + "/", StringComparison.Ordinal));

    [CrossBuildFact]
    public void The_win_x64_build_is_an_x86_64_Windows_executable()
    {
        string path = Path.GetFullPath(Find("win-x64") ?? throw new InvalidOperationException("no win-x64 build listed in " + Variable));
        Assert.EndsWith("sniffer.exe", path);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal("MZ"u8.ToArray(), bytes[..2]);
        int pe = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(0x3C));
        Assert.Equal("PE\0\0"u8.ToArray(), bytes[pe..(pe + 4)]);
        Assert.Equal(0x8664, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(pe + 4)));     // IMAGE_FILE_MACHINE_AMD64
    }

    [CrossBuildFact]
    public void The_osx_arm64_build_is_an_Apple_silicon_executable()
    {
        string path = Path.GetFullPath(Find("osx-arm64") ?? throw new InvalidOperationException("no osx-arm64 build listed in " + Variable));
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(0xFEEDFACFu, BinaryPrimitives.ReadUInt32LittleEndian(bytes));                // MH_MAGIC_64
        Assert.Equal(0x0100000Cu, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));     // CPU_TYPE_ARM64
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(12)));             // MH_EXECUTE
    }
}

/// <summary>Needs the cross-platform builds scripts/test.sh makes; skipped with the reason otherwise.</summary>
public sealed class CrossBuildFactAttribute : FactAttribute
{
    public CrossBuildFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SNIFFER_CROSS_BUILDS")))
            Skip = "the win-x64 and osx-arm64 builds are published by scripts/test.sh (SNIFFER_CROSS_BUILDS lists them); a plain dotnet test has none";
    }
}
