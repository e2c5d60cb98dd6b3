namespace Sniffer.Analysis;

/// <summary>An Authorization header: its scheme, the user (Basic, decoded) and the secret part (masked unless shown).</summary>
public sealed record AuthorizationReport(string Scheme, string? User, string Secret, bool Masked);
