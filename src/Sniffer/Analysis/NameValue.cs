namespace Sniffer.Analysis;

/// <summary>A decoded name and value (query parameter, form field, cookie); <see cref="Masked"/> when the value was hidden.</summary>
public sealed record NameValue(string Name, string Value, bool Masked = false)
{
    public override string ToString() => $"{Name}={Value}";
}
