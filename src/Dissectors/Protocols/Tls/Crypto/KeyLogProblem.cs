namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// One skipped key log line: where it was (<paramref name="Source"/> is a file path, "text" or
/// "Decryption Secrets Block"; <paramref name="LineNumber"/> counts from 1) and why. The line itself is not
/// kept, because it may hold a valid secret.
/// </summary>
public readonly record struct KeyLogProblem(string Source, int LineNumber, KeyLogLineError Reason)
{
    public override string ToString() => $"{Source}:{LineNumber}: {Reason.Describe()}";
}
