namespace Sniffer.Lab;

/// <summary>The clients <c>sniffer lab client</c> runs.</summary>
public enum LabClientKind
{
    Http,
    Echo,
    TlsEcho,
    Coffee,
}
