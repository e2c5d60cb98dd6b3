namespace Sniffer.Dissectors.Model;

/// <summary>The words a boolean field shows for its two values (Wireshark's true_false_string).</summary>
public sealed record TrueFalse(string True, string False)
{
    /// <summary>"Set" / "Not set", the words of flag bits (tfs_set_notset).</summary>
    public static readonly TrueFalse SetNotSet = new("Set", "Not set");

    /// <summary>"True" / "False", what a boolean without words of its own shows.</summary>
    public static readonly TrueFalse Default = new("True", "False");

    /// <summary>"Yes" / "No" (tfs_yes_no).</summary>
    public static readonly TrueFalse YesNo = new("Yes", "No");

    public string For(bool value) => value ? True : False;
}
