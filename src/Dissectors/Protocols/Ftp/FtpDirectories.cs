using System.Text;

namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>The working directory as packet-ftp.c follows it: a successful CWD/CDUP changes it, a 257 reply sets it.</summary>
public static class FtpDirectories
{
    /// <summary>process_cwd_success: an absolute path replaces the directory, a relative one is joined and normalised.</summary>
    public static void ChangeDirectory(FtpConversation conversation, string path)
    {
        if (path.StartsWith('/'))
        {
            conversation.WorkingDirectory = new FtpPath(path);
            return;
        }
        var current = conversation.WorkingDirectory;
        if (current.Value.Length == 0)
        {
            current.Value = path; // appended in place: data connections holding this object see it too
            return;
        }
        string appended = current.Value.EndsWith('/') ? current.Value + path : current.Value + "/" + path;
        var normalised = new StringBuilder();
        int offset = 0;
        if (current.Value.StartsWith('/'))
        {
            normalised.Append('/');
            offset = 1;
        }
        var folder = new StringBuilder();
        for (; offset <= appended.Length; offset++)
        {
            char ch = offset < appended.Length ? appended[offset] : '\0';
            if (offset == appended.Length || ch == '/' || ch == '\0')
            {
                if (offset > 0 && folder.Length > 0)
                {
                    string name = folder.ToString();
                    if (name == "..")
                    {
                        while (normalised.Length > 0 && normalised[^1] != '/')
                            normalised.Length--;
                        if (normalised.Length > 1 && normalised[^1] == '/')
                            normalised.Length--;
                    }
                    else if (name != ".")
                    {
                        if (normalised.Length > 0 && normalised[^1] != '/')
                            normalised.Append('/');
                        normalised.Append(name);
                    }
                    folder.Clear();
                }
            }
            else
            {
                folder.Append(ch);
            }
            if (ch == '\0')
                break;
        }
        conversation.WorkingDirectory = new FtpPath(normalised.ToString());
    }

    /// <summary>process_pwd_success: the quoted path of a 257 reply ("" doubled inside); false when the reply has none.</summary>
    public static bool TryReadQuotedPath(ReadOnlySpan<byte> line, out string path)
    {
        path = "";
        if (line.Length < 2 || line[0] != '"')
            return false;
        var output = new List<byte>(line.Length);
        bool started = false;
        int i;
        for (i = 0; i < line.Length && line[i] != '\r' && line[i] != '\n'; i++)
        {
            if (line[i] == '"')
            {
                if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    output.Add((byte)'"');
                    i++;
                }
                else
                {
                    if (started)
                        break;
                    started = true;
                }
            }
            else
            {
                output.Add(line[i]);
            }
        }
        if (i >= line.Length || line[i] != '"')
            return false;
        path = Encoding.UTF8.GetString(output.ToArray());
        return true;
    }
}
