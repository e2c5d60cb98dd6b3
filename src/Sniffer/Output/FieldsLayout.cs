namespace Sniffer.Output;

/// <summary>How <c>-T fields</c> lays out values (tshark's -E options).</summary>
public sealed record FieldsLayout(bool Header = false, string Separator = "\t", char Occurrence = 'a', string Aggregator = ",", char Quote = '\0',
    bool ByteOrderMark = false)
{
    /// <summary>
    /// Applies one "-E name=value" option as tshark's output_fields_set_option reads it: only the first character of a
    /// value counts (header=yes is header=y, separator=ab is 'a'), "/t" and "/s" are a tab and a space and any other
    /// "/x" a backslash, and an unknown name or value — or an empty one — is refused in tshark's words (the name before
    /// '=' quoted). Returns the new layout; <paramref name="error"/> is set when the option is refused.
    /// </summary>
    public FieldsLayout With(string option, out string? error)
    {
        error = null;
        int eq = option.IndexOf('=');
        if (eq > 0)
        {
            string name = option[..eq];
            string value = option[(eq + 1)..];
            char first = value.Length > 0 ? value[0] : '\0';
            switch (name)
            {
                case "bom" when first is 'y' or 'n':
                    return this with { ByteOrderMark = first == 'y' };
                case "header" when first is 'y' or 'n':
                    return this with { Header = first == 'y' };
                case "separator" when first != '\0':
                    return this with { Separator = Character(value) };
                case "occurrence" when first is 'f' or 'l' or 'a':
                    return this with { Occurrence = first };
                case "aggregator" when first != '\0':
                    return this with { Aggregator = Character(value) };
                case "quote" when first is 'd' or 's' or 'n':
                    return this with { Quote = first == 'd' ? '"' : first == 's' ? '\'' : '\0' };
            }
        }
        error = $"\"{(eq > 0 ? option[..eq] : option)}\" is not a valid field output option=value pair.\n"
            + "-E takes bom=y|n, header=y|n, separator=/t|/s|<character>, occurrence=f|l|a, aggregator=,|/s|<character>, quote=d|s|n";
        return this;
    }

    private static string Character(string value) => value[0] != '/'
        ? value[..1]
        : value.Length > 1 && value[1] == 't' ? "\t" : value.Length > 1 && value[1] == 's' ? " " : "\\";
}
