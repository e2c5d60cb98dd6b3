namespace Sniffer.Lab;

/// <summary>The scripted browsing sessions of <c>sniffer lab client http --scenario</c>.</summary>
public enum HttpLabScenario
{
    /// <summary>HTTP/1.0: two requests, each on its own connection, which the server closes.</summary>
    Close,
    /// <summary>HTTP/1.1: several requests on one connection, which the client closes after the last.</summary>
    KeepAlive,
    /// <summary>HTTP/1.1: a page sent with chunked coding.</summary>
    Chunked,
    /// <summary>HTTP/1.1: byte ranges of a file (206 three ways) and one past its end (416).</summary>
    Range,
    /// <summary>HTTP/1.1: a members' page refused, the login form, a wrong and a right password (Set-Cookie), the page with the cookie, log out.</summary>
    Login,
    /// <summary>Every scenario above, in that order.</summary>
    All,
}
