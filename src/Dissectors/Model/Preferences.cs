namespace Sniffer.Dissectors.Model;

/// <summary>
/// The values of protocol preferences for one run (tshark's <c>-o NAME:VALUE</c>), checked against what the
/// protocols declared. Unset preferences read as their declared default.
/// </summary>
public sealed class Preferences
{
    private readonly Func<FieldCatalog> _catalog;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Preferences(FieldCatalog catalog) => _catalog = () => catalog;

    /// <summary>Preferences checked against the shared catalog, built only when a preference is set.</summary>
    public Preferences() => _catalog = static () => FieldCatalog.Shared;

    public string this[PreferenceDef preference] => _values.TryGetValue(preference.Name, out var v) ? v : preference.Default;

    /// <summary>Sets a preference from tshark's "NAME:VALUE" form; returns an error message for the user, or null.</summary>
    public string? Set(string nameAndValue)
    {
        int colon = nameAndValue.IndexOf(':');
        if (colon <= 0)
            return $"Invalid -o flag \"{nameAndValue}\"";
        string name = nameAndValue[..colon].Trim();
        string value = nameAndValue[(colon + 1)..].Trim();
        if (name == "uat")
            return SetUatRecord(nameAndValue, value);
        var preference = _catalog().FindPreference(name);
        if (preference is null)
            return $"Invalid -o flag \"{nameAndValue}\"; No such preference";
        if (!IsValid(preference, value, out string? why))
            return $"Invalid -o flag \"{nameAndValue}\"; {why}";
        _values[preference.Name] = value;
        return null;
    }

    /// <summary>tshark's <c>-o uat:TABLE:RECORD</c>: adds a record to a table a protocol declared.</summary>
    private string? SetUatRecord(string option, string tableAndRecord)
    {
        int colon = tableAndRecord.IndexOf(':');
        if (colon <= 0)
            return $"Invalid -o flag \"{option}\"";
        var preference = _catalog().FindPreference(PreferenceDef.UatName(tableAndRecord[..colon]));
        if (preference is null || preference.Kind != PreferenceKind.Uat)
            return $"Invalid -o flag \"{option}\"; No such UAT table \"{tableAndRecord[..colon]}\"";
        string record = tableAndRecord[(colon + 1)..].Trim();
        if (preference.Check?.Invoke(record) is { } why)
            return $"Invalid -o flag \"{option}\"; {why}";
        _values[preference.Name] = _values.TryGetValue(preference.Name, out var earlier) ? earlier + "\n" + record : record;
        return null;
    }

    public static bool IsValid(PreferenceDef preference, string value, out string? why)
    {
        why = null;
        if (preference.Check?.Invoke(value) is { } problem)
        {
            why = problem;
            return false;
        }
        switch (preference.Kind)
        {
            case PreferenceKind.Range:
                if (!PortRange.TryParse(value, out _))
                {
                    why = "the value is not a port range (for example 80,8080-8090)";
                    return false;
                }
                return true;
            case PreferenceKind.Boolean:
                if (value is not ("TRUE" or "FALSE" or "true" or "false"))
                {
                    why = "the value must be TRUE or FALSE";
                    return false;
                }
                return true;
            case PreferenceKind.UInt:
                if (!uint.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    why = "the value must be a non-negative number";
                    return false;
                }
                return true;
            default:
                return true;
        }
    }
}
