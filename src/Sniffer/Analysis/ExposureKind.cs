namespace Sniffer.Analysis;

/// <summary>The kinds of things an eavesdropper reads that the report points out.</summary>
public enum ExposureKind
{
    /// <summary>A form field whose name looks like a credential (password, token, card …).</summary>
    FormCredential,
    /// <summary>A query parameter whose name looks like a credential.</summary>
    QueryCredential,
    /// <summary>Authorization: Basic — the user name and password, base64 only.</summary>
    BasicAuthorization,
    /// <summary>Authorization: Bearer (or another scheme) — a token that works for whoever copies it.</summary>
    BearerToken,
    /// <summary>A session cookie sent or set over plain HTTP.</summary>
    SessionCookie,
    /// <summary>A Set-Cookie without Secure or HttpOnly.</summary>
    CookieWithoutFlags,
    /// <summary>A line of a plain (not HTTP) payload, such as the echo lab's, that looks like a secret.</summary>
    PayloadSecret,
    /// <summary>A host reached over HTTPS and also over plain HTTP.</summary>
    MixedContent,
}
