using System.Text.RegularExpressions;

namespace Sniffer.Analysis;

/// <summary>
/// Finds what looks like a secret in a line of a plain payload (the echo lab's "sensitive-looking" lines): a credential
/// word followed by its value ("password: hunter2", "api_key=…", "my PIN is 1234"), a card number that passes the Luhn
/// check, a US social security number.
/// </summary>
public static partial class PayloadSecrets
{
    public static IEnumerable<(string Name, string Value)> Find(string line)
    {
        foreach (Match m in KeywordValue().Matches(line))
        {
            string value = m.Groups["value"].Value.TrimEnd('.', ',', ';', ')', '"', '\'');
            if (value.Length > 0)
                yield return (m.Groups["name"].Value.ToLowerInvariant(), value);
        }
        foreach (Match m in CardNumber().Matches(line))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is >= 13 and <= 19 && Luhn(digits))
                yield return ("card number", m.Value);
        }
        foreach (Match m in SocialSecurityNumber().Matches(line))
            yield return ("ssn", m.Value);
    }

    private static bool Luhn(string digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    [GeneratedRegex(@"\b(?<name>password|passwd|passphrase|pwd|pass|secret|token|api[_-]?key|apikey|ssn|pin|cvv)\b\s*(?:is\s+|=|:)\s*(?<value>[^\s,;]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex KeywordValue();

    [GeneratedRegex(@"\b\d(?:[ -]?\d){12,18}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CardNumber();

    [GeneratedRegex(@"\b\d{3}-\d{2}-\d{4}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SocialSecurityNumber();
}
