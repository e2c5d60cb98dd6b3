namespace Sniffer.Dissectors.Protocols.TextLines;

/// <summary>Why a number written in text could not be read.</summary>
public enum NumberStatus : byte
{
    Ok,
    Empty,
    NotADigit,
    TooLarge,
}
