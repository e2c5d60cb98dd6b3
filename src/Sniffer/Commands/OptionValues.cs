using System.CommandLine.Parsing;

namespace Sniffer.Commands;

/// <summary>
/// Reading an option's value inside a validator: a value that did not convert (a word where a number goes) reads as
/// the default there, since System.CommandLine reports the conversion error itself — a validator must never throw.
/// </summary>
internal static class OptionValues
{
    public static T? Get<T>(OptionResult result)
    {
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }
}
