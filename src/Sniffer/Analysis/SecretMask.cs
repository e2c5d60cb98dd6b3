namespace Sniffer.Analysis;

/// <summary>How the report hides a secret unless --show-secrets: its first and last character, stars between.</summary>
public static class SecretMask
{
    public static string Mask(string value)
    {
        if (value.Length <= 2)
            return new string('*', Math.Max(1, value.Length));
        return string.Concat(value.AsSpan(0, 1), new string('*', value.Length - 2), value.AsSpan(value.Length - 1));
    }

    /// <summary>The value as the report prints it, and whether it was masked.</summary>
    public static (string Value, bool Masked) Apply(string value, bool show) => show ? (value, false) : (Mask(value), true);
}
