namespace Sniffer.Files;

/// <summary>One address → names record of a Name Resolution Block.</summary>
/// <param name="Type">What kind of address <paramref name="Address"/> holds.</param>
/// <param name="Address">The address bytes (4 for IPv4, 16 for IPv6, 6 for EUI-48, 8 for EUI-64).</param>
/// <param name="Names">The names given for it, in record order.</param>
public sealed record NameResolutionEntry(NameResolutionRecordType Type, ReadOnlyMemory<byte> Address, IReadOnlyList<string> Names);
