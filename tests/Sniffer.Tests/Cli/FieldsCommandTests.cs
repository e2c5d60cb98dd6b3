using Sniffer.Dissectors.Model;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

/// <summary>`sniffer fields`: every declared field under its protocol, searchable; preferences with their defaults.</summary>
public class FieldsCommandTests
{
    [Fact]
    public void Every_declared_field_is_listed_under_its_protocol()
    {
        var r = SnifferProcess.Run("fields");
        Assert.Equal(0, r.ExitCode);
        var catalog = FieldCatalog.Shared;
        string current = "";
        var seen = new HashSet<string>();
        foreach (var line in r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith(' '))
            {
                current = line.Split(' ')[0];
                continue;
            }
            string abbrev = line.Trim().Split(' ')[0];
            Assert.Equal(current, catalog.ProtocolOf(catalog.Find(abbrev)!)!.Abbrev);
            seen.Add(abbrev);
        }
        var declared = catalog.Declarations.SelectMany(d => d.Fields.Cast<FieldDef>().Concat(d.Experts)).Select(f => f.Abbrev);
        Assert.Empty(declared.Except(seen));
    }

    [Fact]
    public void A_pattern_and_a_protocol_narrow_the_list()
    {
        var r = SnifferProcess.Run("fields", "accept", "-p", "htcpcp");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["htcpcp", "htcpcp.accept_additions"],
            r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Split("  ")[0]).ToArray());
    }

    [Fact]
    public void Preferences_list_the_default_ports_protocols_attach_to()
    {
        var r = SnifferProcess.Run("fields", "--preferences");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("htcpcp.tcp.port:5030\n", r.StdOut);
        Assert.Contains("http.tcp.port:80,3128,", r.StdOut);
    }

    [Fact]
    public void An_unknown_protocol_is_one_error_line()
    {
        var r = SnifferProcess.Run("fields", "-p", "nosuch");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("sniffer: \"nosuch\" is not a protocol Sniffer knows; 'sniffer fields' lists them all", r.StdErr.TrimEnd('\n'));
    }
}
