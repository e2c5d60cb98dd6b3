namespace Sniffer.Analysis;

/// <summary>
/// Which names (form fields, query parameters, cookies) look like they hold a secret. Long keywords match inside a name
/// ("user_password", "accessToken"); short ones only as a whole word of it ("pwd", "pass", "ssn", "pin"), so that
/// "classname" or "shipping" do not match.
/// </summary>
public static class SecretNames
{
    private static readonly string[] LongCredentialWords =
        ["password", "passwd", "passphrase", "secret", "apikey", "token", "creditcard", "cardnumber", "accesskey", "privatekey"];
    private static readonly string[] ShortCredentialWords = ["pwd", "pw", "pass", "ssn", "card", "cvv", "cvc", "pin", "otp", "key"];
    private static readonly string[] LongSessionWords = ["session", "sessid", "token", "auth", "jwt", "remember", "login"];
    private static readonly string[] ShortSessionWords = ["sid", "sess"];

    /// <summary>True for names like password, passwd, pwd, pass, token, secret, api_key, apikey, ssn, card….</summary>
    public static bool LooksLikeCredential(string name) => Matches(name, LongCredentialWords, ShortCredentialWords);

    /// <summary>True for cookie names that usually carry a session (session, sessionid, JSESSIONID, PHPSESSID, sid, auth_token…).</summary>
    public static bool LooksLikeSession(string name) => Matches(name, LongSessionWords, ShortSessionWords);

    private static bool Matches(string name, string[] longWords, string[] shortWords)
    {
        var compact = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
            if (char.IsAsciiLetterOrDigit(c))
                compact.Append(char.ToLowerInvariant(c));
        string joined = compact.ToString();
        foreach (var word in longWords)
            if (joined.Contains(word, StringComparison.Ordinal))
                return true;
        foreach (var token in Words(name))
            foreach (var word in shortWords)
                if (token == word)
                    return true;
        return false;
    }

    /// <summary>The words of a name: split at anything not a letter or digit and at lower-to-upper case changes.</summary>
    private static IEnumerable<string> Words(string name)
    {
        int start = 0;
        for (int i = 0; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || !char.IsAsciiLetterOrDigit(name[i])
                || (i > start && char.IsAsciiLetterUpper(name[i]) && char.IsAsciiLetterLower(name[i - 1]));
            if (!boundary)
                continue;
            if (i > start)
                yield return name[start..i].ToLowerInvariant();
            start = i < name.Length && !char.IsAsciiLetterOrDigit(name[i]) ? i + 1 : i;
        }
    }
}
