namespace Sniffer.Analysis;

/// <summary>
/// What the field tree of one frame says about one HTTP or HTCPCP message beyond the dissector's transaction record:
/// Referer, cookies, Authorization, form fields, HTCPCP additions, body text. Made only for frames that carry a message.
/// </summary>
internal sealed class MessageFacts
{
    /// <summary>Longest body text kept (form bodies and HTCPCP bodies are short; more is cut).</summary>
    public const int MaxBodyText = 4096;

    /// <summary>Most repeated items (cookies, form fields, additions) kept per message.</summary>
    public const int MaxItems = 64;

    public long Frame;
    public bool Htcpcp;
    public bool IsRequest;
    /// <summary>Joined to a transaction already (<see cref="LiveConnection.Take"/>).</summary>
    public bool Taken;
    public bool IsResponse;
    public string? Method;
    public string? Uri;
    public string? Version;
    public int? Status;
    public string? Phrase;
    public string? Host;
    public string? Referer;
    public string? UserAgent;
    public string? Cookie;
    public string? Authorization;
    public string? AuthBasic;
    public string? Location;
    public string? ContentType;
    public string? Body;
    public int Chunks;
    public List<string>? SetCookies;
    public List<string>? FormKeys;
    public List<string>? FormValues;
    public List<string>? Additions;
    public string? Pot;
    public string? TeaVariety;
    public string? Scheme;

    /// <summary>
    /// Empties the facts for reuse by a later message. Lists are let go, not cleared: a kept report may hold one
    /// (HTCPCP additions); strings are immutable.
    /// </summary>
    public void Reset()
    {
        Frame = 0;
        Htcpcp = IsRequest = Taken = IsResponse = false;
        Method = Uri = Version = Phrase = Host = Referer = UserAgent = Cookie = Authorization = AuthBasic = Location = ContentType = Body = null;
        Status = null;
        Chunks = 0;
        SetCookies = FormKeys = FormValues = Additions = null;
        Pot = TeaVariety = Scheme = null;
    }

    public static void AddBounded(ref List<string>? list, string value)
    {
        list ??= new List<string>(2);
        if (list.Count < MaxItems)
            list.Add(value);
    }
}
